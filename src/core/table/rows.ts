import type { Grid } from '../grid/grid';

/**
 * Header rows hold labels: a row with a number in it is data and need not be matched against header
 * words. The fast path that keeps recognition linear and cheap on tables of tens of thousands of rows.
 */
export function holdsNumber(grid: Grid, r: number): boolean {
  for (const c of grid.columns(r)) if (typeof grid.raw(r, c) === 'number') return true;
  return false;
}

/** What a table row shows between two columns, read from the cells that exist (never column by column). */
export interface RowOutline {
  /** The first own (top-left) text and its column; '' and -1 when the row has none. */
  readonly first: string;
  readonly firstCol: number;
  /** Own texts (merge continuations excluded). */
  readonly texts: number;
  /** Whether anything is shown, merged labels reaching down from above included. */
  readonly shown: boolean;
}

export function rowOutline(grid: Grid, r: number, left: number, right: number): RowOutline {
  let first = '';
  let firstCol = -1;
  let texts = 0;
  for (const c of grid.columns(r)) {
    if (c < left || c > right || grid.isMergeContinuation(r, c)) continue;
    const t = grid.text(r, c);
    if (!t) continue;
    texts++;
    if (firstCol < 0) {
      first = t;
      firstCol = c;
    }
  }
  let shown = texts > 0;
  if (!shown) {
    for (const m of grid.mergesOn(r)) {
      if (m.right < left || m.left > right || m.top === r) continue;
      if (grid.text(m.top, m.left)) {
        shown = true;
        break;
      }
    }
  }
  return { first, firstCol, texts, shown };
}
