import type { Grid } from '../grid/grid';

/**
 * Where missing output columns go: the first `count` columns right of `right` whose cells in `rows`
 * (the header row and the data rows) are all empty and unmerged, so nothing typed is covered.
 */
export function freeColumnsRight(grid: Grid, right: number, rows: readonly number[], count: number): number[] {
  const out: number[] = [];
  for (let c = right + 1; out.length < count; c++) {
    if (c > grid.right || rows.every((r) => grid.isBlank(r, c) && !grid.mergeAt(r, c))) out.push(c);
  }
  return out;
}
