import type { Finding } from '../findings';
import type { CellWrite, SkippedRow, SkippedWrite } from '../fill/plan';
import type { SheetHandler } from '../sheet-kinds';
import { finishPlan } from './finish-plan';
import { proposeResultsFill, summarizeOutcomes, type RowOutcome } from './results-fill';
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
    const proposed: CellWrite[] = [];
    const blocked: SkippedWrite[] = [];
    const skippedRows: SkippedRow[] = [];
    const outcomes: RowOutcome[] = [];
    const findings: Finding[] = [];
    for (const table of tables) {
      const p = proposeResultsFill(grid, table, policy.evaluation, locale);
      for (const x of p.proposed) proposed.push(x);
      for (const x of p.blocked) blocked.push(x);
      for (const x of p.skippedRows) skippedRows.push(x);
      for (const x of p.outcomes) outcomes.push(x);
      for (const x of runEvalRules(RESULTS_RULES, { table, policy: policy.evaluation }, grid.name, policy, locale)) findings.push(x);
    }
    return finishPlan(grid, { proposed, blocked, skippedRows, findings, summary: summarizeOutcomes(outcomes, policy.evaluation) }, options);
  },
};
