import type { Grid } from '../grid/grid';
import { labelKey, periodOf, type Period } from './header-text';

/**
 * A table's header may take one row or several: a group label merged over sub-labels (年度指标值 over
 * 指标性质 · 指标值 · 度量单位; 实施期目标 over 二级指标 · 三级指标 · 指标值), or a label merged down over
 * both rows. composeHeader() reads the band row by row and gives every column the path of texts over it,
 * top to bottom, with the repeats a vertical merge produces dropped.
 */
export interface HeaderColumn {
  readonly col: number;
  /** The header texts over the column, top to bottom (merged spans resolved, repeats dropped). */
  readonly path: readonly string[];
  /** labelKey() of each text of the path. */
  readonly keys: readonly string[];
  /** The period a text of the path names (the lowest one that names one), or null. */
  readonly period: Period | null;
}

export function composeHeader(grid: Grid, top: number, bottom: number, left: number, right: number): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = left; c <= right; c++) {
    const path: string[] = [];
    const keys: string[] = [];
    let lastOwner = '';
    for (let r = top; r <= bottom; r++) {
      const owner = grid.owner(r, c);
      const id = `${owner.row}:${owner.col}`;
      if (id === lastOwner) continue;
      lastOwner = id;
      const t = grid.text(r, c);
      if (!t) continue;
      const k = labelKey(t);
      if (keys[keys.length - 1] === k) continue;
      path.push(t);
      keys.push(k);
    }
    let period: Period | null = null;
    for (let i = path.length - 1; i >= 0 && period === null; i--) period = periodOf(path[i]);
    out.push({ col: c, path, keys, period });
  }
  return out;
}

/** The lowest text over a column: the column's own label (a group label above only qualifies it). */
export function ownLabel(h: HeaderColumn): string {
  return h.keys[h.keys.length - 1] ?? '';
}
