import type { Finding } from '../findings';
import { CellWrites, guardWrites, type CellWrite, type FillPlan, type FillSummary, type SkippedRow, type SkippedWrite } from '../fill/plan';
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
    /** Writes in plan order; a list built column-wise (CellWrites) becomes the plan's, guarded in place. */
    proposed: CellWrites | readonly CellWrite[];
    blocked: readonly SkippedWrite[];
    skippedRows: readonly SkippedRow[];
    findings: readonly Finding[];
    summary?: FillSummary;
  },
  options: FillOptions,
): FillPlan {
  const base = { sheet: grid.name, findings: parts.findings, ...(parts.summary ? { summary: parts.summary } : {}) };
  const proposed = parts.proposed instanceof CellWrites ? parts.proposed : CellWrites.from(parts.proposed);
  if (grid.snapshot.protected) {
    const rows = valueRows(proposed);
    const reason = fillText(options.locale, 'protected', { sheet: grid.name });
    return {
      ...base,
      writes: new CellWrites(0),
      skippedCells: [],
      skippedRows: [...parts.skippedRows, ...rows.map((row) => ({ row, reason }))].sort((a, b) => a.row - b.row),
      rowsFilled: 0,
    };
  }
  const { writes, skipped } = guardWrites(grid, proposed, options.overwrite, options.locale);
  const rowsFilled = markValueRows(writes)?.marked.reduce((n, m) => n + m, 0) ?? 0;
  return {
    ...base,
    writes,
    skippedCells: [...parts.blocked, ...skipped],
    skippedRows: [...parts.skippedRows].sort((a, b) => a.row - b.row),
    rowsFilled,
  };
}

/** The rows that get a value (not a header), ascending, each once. */
function valueRows(writes: CellWrites): number[] {
  const marks = markValueRows(writes);
  const rows: number[] = [];
  if (marks) for (let k = 0; k < marks.marked.length; k++) if (marks.marked[k]) rows.push(marks.top + k);
  return rows;
}

/** The rows that get a value, marked in a bitmap from the first such row (not a Set of a million numbers); null when none. */
function markValueRows(writes: CellWrites): { top: number; marked: Uint8Array } | null {
  let top = Infinity;
  let bottom = -1;
  for (let i = 0; i < writes.length; i++) {
    if (writes.role(i) !== 'value') continue;
    top = Math.min(top, writes.row(i));
    bottom = Math.max(bottom, writes.row(i));
  }
  if (bottom < 0) return null;
  const marked = new Uint8Array(bottom - top + 1);
  for (let i = 0; i < writes.length; i++) if (writes.role(i) === 'value') marked[writes.row(i) - top] = 1;
  return { top, marked };
}
