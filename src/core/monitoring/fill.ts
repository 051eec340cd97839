import type { Locale } from '../findings';
import type { CellWrite, MonitoringFillSummary, SkippedRow, SkippedWrite } from '../fill/plan';
import type { Grid } from '../grid/grid';
import { placeOutputColumns } from '../fill/output-columns';
import type { TableAnalysis } from './analyse';
import { OUTPUT_HEADERS, type OutputRole } from './columns';
import { ratioCell } from './execution';
import type { MonitoringPolicy } from './policy';
import { monitoringText, who } from './texts';

const PERCENT = '0.00%';

export interface ProposedMonitoringFill {
  /** Header writes for missing output columns, then value writes, row by row. */
  readonly proposed: CellWrite[];
  /** Cells that cannot take a value whatever the user says (inside a merged area). */
  readonly blocked: SkippedWrite[];
  /** Rows that get nothing at all, and why (bad amounts, over budget, month unknown). */
  readonly skippedRows: SkippedRow[];
  readonly projects: MonitoringFillSummary['projects'][number][];
  readonly warnings: number;
}

/**
 * The writes a monitoring table needs: missing output columns (执行率 · 时间进度 · 执行偏差 · 预警, or only
 * 预警 for an indicator table) at the right of the table, then each row's figures and warnings. Ratios are
 * written as numbers rounded to 0.01% with a percent format; overwrite protection comes afterwards
 * (guardWrites). Rows with nothing to warn about get no 预警 text unless the policy sets texts.normal.
 */
export function proposeMonitoringFill(grid: Grid, analysis: TableAnalysis, policy: MonitoringPolicy, locale: Locale): ProposedMonitoringFill {
  const { table } = analysis;
  const wanted: OutputRole[] = table.hasExecution ? ['rate', 'timeProgress', 'gap', 'warning'] : ['warning'];
  const { col, headerWrites } = placeOutputColumns(grid, table, table.rows.map((r) => r.row), wanted, OUTPUT_HEADERS);
  const proposed: CellWrite[] = [...headerWrites];

  const blocked: SkippedWrite[] = [];
  const skippedRows: SkippedRow[] = [];
  const projects: ProposedMonitoringFill['projects'] = [];
  let warnings = 0;
  const put = (row: number, role: OutputRole, value: string | number, numberFormat?: string): boolean => {
    const c = col[role];
    if (c === undefined) return false;
    if (grid.isMergeContinuation(row, c)) {
      blocked.push({ ref: { row, col: c }, existing: grid.value(row, c), proposed: value, reason: monitoringText(locale, 'merged') });
      return false;
    }
    proposed.push({ ref: { row, col: c }, value, role: 'value', ...(numberFormat ? { numberFormat } : {}) });
    return true;
  };

  // A single-project form's money block charts one bar: its first computed row (年度资金总额).
  const oneBarPerTable = table.columns.name === undefined;
  for (const { row, execution, indicator } of analysis.rows) {
    const texts: string[] = [];
    let wrote = false;
    let skipReason: string | null = null;
    let assessed = false;
    if (execution?.kind === 'ok') {
      assessed = true;
      wrote = put(row.row, 'rate', ratioCell(execution.rate), PERCENT) || wrote;
      wrote = put(row.row, 'timeProgress', ratioCell(execution.time), PERCENT) || wrote;
      wrote = put(row.row, 'gap', ratioCell(execution.gap), PERCENT) || wrote;
      if (execution.text) texts.push(execution.text);
      if (!row.isTotal && !(oneBarPerTable && projects.length > 0)) {
        projects.push({
          name: row.project || row.label,
          executionRate: ratioCell(execution.rate),
          timeProgress: ratioCell(execution.time),
          level: execution.level,
        });
      }
    } else if (execution?.kind === 'invalid') {
      skipReason = monitoringText(locale, `${execution.field}.${execution.problem}`, { who: who(row.project || row.label, locale), text: execution.text });
    } else if (execution?.kind === 'overBudget') {
      skipReason = monitoringText(locale, 'overBudget', { who: who(row.project || row.label, locale), executed: execution.executed.toString(), budget: execution.budget.toString() });
    } else if (execution?.kind === 'noMonth') {
      skipReason = monitoringText(locale, 'noMonth');
    }
    if (indicator) {
      texts.push(...indicator.warnings);
      if (row.indicator?.projection || row.indicator?.likelihood) assessed = true;
    }
    const text = texts.join(policy.texts.separator);
    if (text) {
      warnings++;
      wrote = put(row.row, 'warning', text) || wrote;
    } else if (assessed && policy.texts.normal) {
      wrote = put(row.row, 'warning', policy.texts.normal) || wrote;
    }
    if (!wrote && skipReason) skippedRows.push({ row: row.row, reason: skipReason });
  }
  return { proposed, blocked, skippedRows, projects, warnings };
}
