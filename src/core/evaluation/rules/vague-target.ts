import type { EvalRule } from './types';
import type { SelfEvaluationRuleContext } from './context';

/**
 * eval/vague-target (advice): a target that cannot be measured (及时, 效果明显, 显著提升, 有效 …) whose actual
 * answers it (达成预期指标, 已完成, 有效, or the target's own words). Published self-evaluations score such
 * items, and so does the fill (by the qualitative bands); the target is advice for next year's goal.
 */
export const vagueTarget: EvalRule<SelfEvaluationRuleContext> = {
  meta: {
    id: 'eval/vague-target',
    defaultSeverity: 'info',
    description: 'A vague target scored by the answer given in its actual: advice to quantify next year’s goal.',
    messages: {
      default: {
        message: {
          zh: '「{{name}}」年度指标值「{{target}}」无法衡量，本年按实际完成值「{{actual}}」定性计分',
          en: '"{{name}}": the target "{{target}}" cannot be measured; this year it was scored on the answer "{{actual}}"',
        },
        hint: {
          zh: '编制下一年度绩效目标时，把该指标写成可衡量的值（数量、比率、时限或明确的标准）',
          en: "In next year's goals, write this indicator as a measurable value (a quantity, rate, deadline or named standard)",
        },
      },
    },
  },
  check({ scoring, report }) {
    for (const i of scoring.indicators) {
      if (i.vagueTarget) report({ cell: i.vagueTarget.cell, data: { name: i.name, target: i.vagueTarget.target, actual: i.vagueTarget.actual } });
    }
  },
};
