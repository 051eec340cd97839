import { decimal } from '../money';
import type { EvalRule } from './types';
import type { SelfEvaluationRuleContext } from './context';

/**
 * eval/weights-total: the 分值 of a self-evaluation (execution rate + indicators) do not add up to the
 * total (100 by default: 执行率 10, 产出 50, 效益 30, 满意度 10; units may re-weight within it).
 */
export const weightsTotal: EvalRule<SelfEvaluationRuleContext> = {
  meta: {
    id: 'eval/weights-total',
    defaultSeverity: 'warning',
    description: 'The weights (分值) of a self-evaluation do not add up to the total score (100).',
    messages: {
      default: {
        message: { zh: '各项分值合计为 {{sum}}，不等于满分 {{total}}', en: 'The weights add up to {{sum}}, not {{total}}' },
        hint: {
          zh: '核对分值：默认预算执行率 10、产出指标 50、效益指标 30、满意度指标 10',
          en: 'Check the weights: by default execution 10, outputs 50, effects 30, satisfaction 10',
        },
      },
    },
  },
  check({ form, scoring, policy, report }) {
    if (!scoring.weightsComplete || (!scoring.execution && scoring.formProblem) || form.columns.weight === undefined || form.totalRow === null) return;
    const total = decimal(policy.selfEvaluation.totalWeight);
    if (scoring.weightSum.eq(total)) return;
    // Only a form that states its total (a 总分 row) is known to be complete.
    const cell = { row: form.totalRow, col: form.columns.weight };
    report({ cell, data: { sum: scoring.weightSum.toString(), total: total.toString() } });
  },
};
