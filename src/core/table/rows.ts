import type { Grid } from '../grid/grid';

/**
 * Header rows hold labels: a row with a number in it is data and need not be matched against header
 * words. The fast path that keeps recognition linear and cheap on tables of tens of thousands of rows.
 */
export function holdsNumber(grid: Grid, r: number): boolean {
  for (const c of grid.columns(r)) if (typeof grid.raw(r, c) === 'number') return true;
  return false;
}
