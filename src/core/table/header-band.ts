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

/** A header band read with a kind's concepts: the composed columns and each column's role. */
export interface HeaderBand<R extends string> {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: readonly HeaderColumn[];
  /** Each column's role: its own (lowest) label's, else the nearest group label's above it. */
  readonly roles: ReadonlyMap<number, R>;
  /** The rank of the concept that gave the role (lower is more specific), for choosing among columns. */
  readonly ranks: ReadonlyMap<number, number>;
  /** Columns whose role came from a group label over them (偏差原因分析 over 经费保障 · 制度保障 …). */
  readonly fromGroup: ReadonlySet<number>;
}

export interface BandOptions<R extends string> {
  readonly roleOf: (text: string) => { readonly role: R; readonly rank: number } | null;
  /** The first row the band may reach up to (the end of the previous table). */
  readonly floor?: number;
  /** Header cells are short; longer texts are notes or data. Default 40. */
  readonly maxText?: number;
}

interface OwnCell {
  readonly col: number;
  readonly text: string;
  readonly hit: { readonly role: string; readonly rank: number } | null;
}

function ownCells<R extends string>(grid: Grid, r: number, options: BandOptions<R>, left = -Infinity, right = Infinity): OwnCell[] | null {
  const max = options.maxText ?? 40;
  const cols = grid.columns(r);
  // A number anywhere in the row: a data row. Checked first, before any text is matched (the fast path).
  for (const c of cols) if (c >= left && c <= right && typeof grid.raw(r, c) === 'number') return null;
  const out: OwnCell[] = [];
  for (const c of cols) {
    if (c < left || c > right) continue;
    const text = grid.text(r, c);
    if (!text) continue;
    out.push({ col: c, text, hit: text.length <= max ? options.roleOf(text) : null });
  }
  return out;
}

/**
 * The header band whose main row is r, read with a kind's concepts: r with a group row above (labels merged
 * across the columns they group, or down into r) and a sub-header row below (labels under a label of r
 * merged across them, or labels the concepts know). Null when r holds a number or fewer than two cells the
 * concepts know. The kind decides afterwards whether the roles make one of its tables.
 */
export function probeBand<R extends string>(grid: Grid, r: number, options: BandOptions<R>): HeaderBand<R> | null {
  const max = options.maxText ?? 40;
  if (!knowsTwoCells(grid, r, options, max)) return null; // the fast path: no allocation for data rows
  const own = ownCells(grid, r, options);
  if (!own || own.filter((x) => x.hit).length < 2) return null;
  let left = Infinity;
  let right = -Infinity;
  let mergedDown = false;
  for (const x of own) {
    if (!x.hit && x.text.length > max) continue;
    const m = grid.mergeAt(r, x.col);
    left = Math.min(left, m ? m.left : x.col);
    right = Math.max(right, m ? m.right : x.col);
    if (m && m.bottom > r) mergedDown = true;
  }
  let bottom = r;
  if (r + 1 <= grid.bottom && isSubHeaderRow(grid, r, r + 1, left, right, options, mergedDown)) bottom = r + 1;
  let top = r;
  const floor = options.floor ?? grid.top;
  if (r - 1 >= floor && isGroupRow(grid, r - 1, r, left, right, options)) top = r - 1;
  const columns = composeHeader(grid, top, bottom, left, right);
  const roles = new Map<number, R>();
  const ranks = new Map<number, number>();
  const fromGroup = new Set<number>();
  for (const h of columns) {
    for (let i = h.path.length - 1; i >= 0; i--) {
      const hit = h.path[i].length <= max ? options.roleOf(h.path[i]) : null;
      if (!hit) continue;
      roles.set(h.col, hit.role);
      ranks.set(h.col, hit.rank);
      if (i < h.path.length - 1) fromGroup.add(h.col);
      break;
    }
  }
  return { top, bottom, left, right, columns, roles, ranks, fromGroup };
}

/** Whether the concepts know two cells of row r or more; never for a row holding a number (a data row). */
function knowsTwoCells<R extends string>(grid: Grid, r: number, options: BandOptions<R>, max: number): boolean {
  const cols = grid.columns(r);
  if (cols.length < 2) return false;
  for (const c of cols) if (typeof grid.raw(r, c) === 'number') return false;
  let known = 0;
  for (const c of cols) {
    const text = grid.text(r, c);
    if (text && text.length <= max && options.roleOf(text) !== null && ++known === 2) return true;
  }
  return false;
}

/** Row `below` only names sub-columns of row r: label-only, each label known or under a label of r merged across it. */
function isSubHeaderRow<R extends string>(grid: Grid, r: number, below: number, left: number, right: number, options: BandOptions<R>, mergedDown: boolean): boolean {
  const cells = ownCells(grid, below, options, left, right);
  if (!cells || cells.length === 0) return false;
  const max = options.maxText ?? 40;
  let grouped = 0;
  let known = 0;
  for (const x of cells) {
    if (x.text.length > max) return false;
    const above = grid.mergeAt(r, x.col);
    const underWide = !!above && above.right > above.left && above.bottom === r;
    if (underWide) grouped++;
    else if (x.hit) known++;
    else return false;
  }
  return grouped > 0 || (mergedDown && known >= Math.ceil(cells.length / 2));
}

/** Row `above` groups the columns of row r: short labels merged across several columns of the band, or down into r. */
function isGroupRow<R extends string>(grid: Grid, above: number, r: number, left: number, right: number, options: BandOptions<R>): boolean {
  const cells = ownCells(grid, above, options, left, right);
  if (!cells || cells.length === 0) return false;
  let wide = false;
  for (const x of cells) {
    if (x.text.length > 20) return false;
    const m = grid.mergeAt(above, x.col);
    if (!m) return false;
    // A title merged over the whole band is not a group label.
    if (m.left <= left && m.right >= right && cells.length === 1) return false;
    if (m.bottom >= r || (m.right > m.left && m.bottom === above)) wide = true;
    else return false;
  }
  return wide && cells.some((x) => x.hit !== null || grid.mergeAt(above, x.col)!.bottom >= r);
}
