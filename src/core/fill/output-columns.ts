import type { Grid } from '../grid/grid';
import type { CellWrite } from './plan';

/**
 * Where missing output columns go: the first `count` columns right of `right` whose cells in `rows`
 * (the header row and the data rows) are all empty and unmerged, so nothing typed is covered.
 */
export function freeColumnsRight(grid: Grid, right: number, rows: ArrayLike<number>, count: number): number[] {
  const out: number[] = [];
  const free = (c: number) => {
    for (let i = 0; i < rows.length; i++) if (!grid.isBlank(rows[i], c) || grid.mergeAt(rows[i], c)) return false;
    return true;
  };
  for (let c = right + 1; out.length < count; c++) {
    if (c > grid.right || free(c)) out.push(c);
  }
  return out;
}

/** The part of a detected table that output placement needs (results tables and monitoring tables). */
export interface TableWithOutputs<R extends string> {
  readonly headerRow: number;
  readonly right: number;
  readonly columns: Partial<Record<R, number>>;
}

/**
 * The column of each wanted output: the table's own where it has one, else a free column at its right —
 * with a header write for each added column (contracts.md §3: created at the right when missing).
 * `rows` are the table's data rows.
 */
export function placeOutputColumns<R extends string>(
  grid: Grid,
  table: TableWithOutputs<R>,
  rows: ArrayLike<number>,
  wanted: readonly R[],
  headers: Readonly<Record<R, string>>,
): { col: Partial<Record<R, number>>; headerWrites: CellWrite[] } {
  const missing = wanted.filter((role) => table.columns[role] === undefined);
  let free: number[] = [];
  if (missing.length > 0) {
    const all = new Int32Array(rows.length + 1);
    all[0] = table.headerRow;
    all.set(rows, 1);
    free = freeColumnsRight(grid, table.right, all, missing.length);
  }
  const col: Partial<Record<R, number>> = {};
  for (const role of wanted) col[role] = table.columns[role];
  const headerWrites = missing.map((role, i): CellWrite => {
    col[role] = free[i];
    return { ref: { row: table.headerRow, col: free[i] }, value: headers[role], role: 'header' };
  });
  return { col, headerWrites };
}
