import type { Grid } from '../grid/grid';
import type { Vocabulary } from '../vocab/vocabulary';
import { assessExecution, type ExecutionOutcome } from './execution';
import { assessIndicator, type IndicatorOutcome } from './indicators';
import type { MonitoringRow, MonitoringTable } from './layout';
import type { MonitoringPolicy } from './policy';

/** What one row of a monitoring table comes to. */
export interface RowAnalysis {
  readonly row: MonitoringRow;
  /** Null on rows without budget and execution (indicator rows, rows continuing a merged project). */
  readonly execution: ExecutionOutcome | null;
  readonly indicator: IndicatorOutcome | null;
}

export interface TableAnalysis {
  readonly table: MonitoringTable;
  readonly rows: readonly RowAnalysis[];
  /** Some project could be computed but for the month, which nothing states. */
  readonly monthMissing: boolean;
}

/** Assesses every row once; rules report from it and the fill writes from it, so both always agree. */
export function analyseTable(grid: Grid, table: MonitoringTable, vocabulary: Vocabulary, policy: MonitoringPolicy): TableAnalysis {
  const rows = table.rows.map((row) => ({
    row,
    execution: row.execution ? assessExecution(row.execution, table, policy) : null,
    indicator: row.indicator ? assessIndicator(row.indicator, grid, vocabulary, policy) : null,
  }));
  return { table, rows, monthMissing: rows.some((r) => r.execution?.kind === 'noMonth') };
}
