import type { Finding } from '../findings';
import { guardWrites, type CellWrite, type FillPlan, type FillSummary, type SkippedRow, type SkippedWrite } from '../fill/plan';
import type { Grid } from '../grid/grid';
import type { FillOptions } from '../sheet-kinds';
import { fillText } from './fill-texts';

/**
 * Turns proposed writes into a FillPlan: nothing typed is overwritten unless options.overwrite
 * (guardWrites), a protected sheet gets no writes and every row it would have filled is listed, and
 * rowsFilled counts the rows that actually receive a value.
 */
export function finishPlan(
  grid: Grid,
  parts: {
    proposed: readonly CellWrite[];
    blocked: readonly SkippedWrite[];
    skippedRows: readonly SkippedRow[];
    findings: readonly Finding[];
    summary?: FillSummary;
  },
  options: FillOptions,
): FillPlan {
  const base = { sheet: grid.name, findings: parts.findings, ...(parts.summary ? { summary: parts.summary } : {}) };
  if (grid.snapshot.protected) {
    const rows = [...new Set(parts.proposed.filter((w) => w.role === 'value').map((w) => w.ref.row))];
    const reason = fillText(options.locale, 'protected', { sheet: grid.name });
    return {
      ...base,
      writes: [],
      skippedCells: [],
      skippedRows: [...parts.skippedRows, ...rows.map((row) => ({ row, reason }))].sort((a, b) => a.row - b.row),
      rowsFilled: 0,
    };
  }
  const { writes, skipped } = guardWrites(grid, parts.proposed, options.overwrite, options.locale);
  const rowsFilled = new Set(writes.filter((w) => w.role === 'value').map((w) => w.ref.row)).size;
  return {
    ...base,
    writes,
    skippedCells: [...parts.blocked, ...skipped],
    skippedRows: [...parts.skippedRows].sort((a, b) => a.row - b.row),
    rowsFilled,
  };
}
