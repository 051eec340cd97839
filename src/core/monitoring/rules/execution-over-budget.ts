import { who } from '../texts';
import type { MonitorRule } from './types';

/** monitor/execution-over-budget: a project's 执行数 is above its 年度预算数 (its rate is not computed). */
export const executionOverBudget: MonitorRule = {
  meta: {
    id: 'monitor/execution-over-budget',
    defaultSeverity: 'error',
    description: "A project's execution to date is above its annual budget; its execution rate is not computed.",
    messages: {
      default: {
        message: { zh: '{{who}}执行数 {{executed}} 超过{{budgetLabel}} {{budget}}', en: '{{who}}execution {{executed}} exceeds the annual budget ({{budgetLabel}}) {{budget}}' },
        hint: {
          zh: '核对执行数和预算数的金额与单位；预算已调整的，填写调整后的全年预算数',
          en: 'Check both amounts and their units; if the budget was adjusted, enter the adjusted annual budget',
        },
      },
    },
  },
  check({ analysis, report }) {
    const budgetLabel = analysis.table.headers.budget ?? '年度预算数';
    for (const r of analysis.rows) {
      const e = r.execution;
      if (e?.kind !== 'overBudget') continue;
      report({ cell: e.cell, data: { who: who(r.row.project || r.row.label), executed: e.executed.toString(), budget: e.budget.toString(), budgetLabel } });
    }
  },
};
