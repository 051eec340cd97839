import { decimal } from '../money';
import type { EvalRule } from './types';
import type { SelfEvaluationRuleContext } from './context';

/**
 * eval/target-too-low (advice): an actual far above a 'higher is better' target (≥ 120% by default)
 * suggests the target was set too low when the goals were declared (domain.md §5).
 */
export const targetTooLow: EvalRule<SelfEvaluationRuleContext> = {
  meta: {
    id: 'eval/target-too-low',
    defaultSeverity: 'info',
    description: 'An actual far above its target (≥ 120% by default): the target may have been set too low.',
    messages: {
      default: {
        message: {
          zh: '「{{name}}」实际完成值达到年度指标值的 {{percent}}，指标值可能设定偏低',
          en: '"{{name}}": the actual is {{percent}} of the target; the target may have been set too low',
        },
        hint: { zh: '编制下一年度绩效目标时，参考实际完成情况合理设定指标值', en: "Set next year's target in the light of what was achieved" },
      },
    },
  },
  check({ scoring, policy, report }) {
    const threshold = decimal(policy.selfEvaluation.targetTooLowRatio);
    for (const i of scoring.indicators) {
      if (!i.achievement || i.achievement.lt(threshold)) continue;
      report({ cell: i.actualCell, data: { name: i.name, percent: `${i.achievement.times(100).round(0, 1).toString()}%` } });
    }
  },
};
