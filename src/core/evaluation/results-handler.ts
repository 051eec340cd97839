import type { Finding } from '../findings';
import type { SheetHandler } from '../sheet-kinds';
import { finishPlan } from './finish-plan';
import { emptyResultsFill, proposeResultsFill, resultsSummary, writesExpected } from './results-fill';
import { detectResultsTables, type ResultsTable } from './results-table';
import { RESULTS_RULES } from './rules';
import { runEvalRules } from './rules/run-eval-rules';

/**
 * Results tables (评价得分 → 评价等级, 调整比例, 调整金额, 本年度预算, 结果应用): contracts.md §3,
 * domain.md §5–6. The same code serves `goal-lint fill` and the task pane.
 */
export const resultsTableHandler: SheetHandler<ResultsTable[]> = {
  kind: 'evaluation',
  detect(grid, { policy }) {
    const tables = detectResultsTables(grid, policy.evaluation);
    return tables.length ? tables : null;
  },
  check(tables, grid, { policy, locale }) {
    return tables.flatMap((table) => runEvalRules(RESULTS_RULES, { table, policy: policy.evaluation }, grid.name, policy, locale));
  },
  planFill(tables, grid, options) {
    const { policy, locale } = options;
    const parts = emptyResultsFill(tables.reduce((n, t) => n + writesExpected(t), 0));
    const findings: Finding[] = [];
    for (const table of tables) {
      proposeResultsFill(grid, table, policy.evaluation, locale, parts);
      for (const x of runEvalRules(RESULTS_RULES, { table, policy: policy.evaluation }, grid.name, policy, locale)) findings.push(x);
    }
    const { proposed, blocked, skippedRows } = parts;
    return finishPlan(grid, { proposed, blocked, skippedRows, findings, summary: resultsSummary(parts) }, options);
  },
};
