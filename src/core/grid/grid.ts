import { toA1 } from './address';
import { isCellError, type CellRef, type CellValue, type MergedArea, type SheetSnapshot } from './types';
import { normalizeText } from '../text/normalize';

/** Rows up to this long are scanned by index; longer (possibly sparse, XFD-wide) rows visit only the cells that exist. */
const DENSE_ROW_LENGTH = 256;

/** Merges at most this tall are indexed under each of their rows; taller ones are few and checked on every lookup. */
const ROW_INDEXED_HEIGHT = 64;

/**
 * Merge-aware, read-only view of a SheetSnapshot in sheet coordinates.
 * Only the top-left cell of a merged area holds its value; `value()` resolves any cell of the area to it,
 * which is how vertically merged 一级/二级 labels reach every row they cover.
 *
 * Sparse by design: the snapshot's rows may be holey arrays, and the grid's bounds, iteration and merge
 * index cost what the cells that exist cost, not what the sheet's dimensions are (one stray value at
 * XFD1048576 or a merge over E1:XFD1048576 must not cost a million rows of work).
 */
export class Grid {
  readonly name: string;
  /** Bounds of the cells that hold a value (empty bounds at the snapshot's origin when the sheet is empty). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Row numbers holding at least one value, ascending. */
  private readonly present: number[] = [];
  /**
   * Columns holding a value of the rows whose values are not side by side (see columns()), by row - snapshot
   * origin, listed when first asked (an array: cheaper than a Map keyed by row).
   */
  private readonly columnsByRow: (readonly number[] | undefined)[] = [];
  /** Merges of ROW_INDEXED_HEIGHT rows or fewer, under every row they cover. */
  private readonly mergesByRow = new Map<number, MergedArea[]>();
  private readonly tallMerges: MergedArea[] = [];
  private readonly hasMerges: boolean;

  constructor(readonly snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    const { row: top0, col: left0 } = snapshot.origin;
    let top = Infinity;
    let bottom = -Infinity;
    let left = Infinity;
    let right = -Infinity;
    // forEach skips the holes of sparse arrays: only rows that exist are visited. Bounds need only each row's
    // first and last value; the columns in between are listed when a row is asked for (columns()).
    snapshot.values.forEach((cells, i) => {
      if (!cells) return;
      let first = -1;
      for (let j = 0; j < cells.length; j++) {
        if (hasValue(cells[j])) {
          first = j;
          break;
        }
      }
      if (first < 0) {
        // A sparse row whose only cells sit past a hole: forEach finds them.
        cells.forEach((v, j) => {
          if (first < 0 && hasValue(v)) first = j;
        });
        if (first < 0) return;
      }
      let last = cells.length - 1;
      while (last > first && !hasValue(cells[last])) last--;
      const r = top0 + i;
      this.present.push(r);
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, left0 + first);
      right = Math.max(right, left0 + last);
    });
    if (this.present.length === 0) {
      // An empty sheet: no rows (bottom above top), so every lookup is blank.
      top = top0;
      bottom = top0 - 1;
      left = left0;
      right = left0 - 1;
    }
    // A merge's value sits in its top-left cell: a merge may also reach over blank rows below the last value
    // (a tall 一级 label), so the bounds take in merges that start inside them, clipped to the merge.
    for (const m of snapshot.merges) {
      if (m.top > bottom || m.left > right || m.bottom < top || m.right < left) continue;
      const clipped = { top: Math.max(m.top, top), left: Math.max(m.left, left), bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) };
      if (clipped.top !== m.top || clipped.left !== m.left) {
        // The top-left (value) cell is outside the cells that exist: the merge shows nothing here.
        continue;
      }
      const area = m.bottom === clipped.bottom && m.right === clipped.right ? m : clipped;
      if (area.bottom - area.top < ROW_INDEXED_HEIGHT) {
        for (let r = area.top; r <= area.bottom; r++) {
          let list = this.mergesByRow.get(r);
          if (!list) this.mergesByRow.set(r, (list = []));
          list.push(area);
        }
      } else {
        this.tallMerges.push(area);
      }
    }
    this.hasMerges = this.mergesByRow.size > 0 || this.tallMerges.length > 0;
    this.top = top;
    this.bottom = bottom;
    this.left = left;
    this.right = right;
  }

  /** Number of rows between top and bottom (bounds, not the count of rows holding values). */
  get rowCount(): number {
    return this.bottom - this.top + 1;
  }

  /** Rows holding at least one value, ascending. */
  rows(): readonly number[] {
    return this.present;
  }

  /**
   * Columns of row r holding a value, ascending (merge continuations hold none). A short row whose values
   * sit side by side (most data rows) gets a shared list of that run of columns, made once per run and not
   * kept per row; other rows are listed once, when asked, and cached.
   */
  columns(r: number): readonly number[] {
    const i = r - this.snapshot.origin.row;
    if (i < 0) return EMPTY;
    const cached = this.columnsByRow[i];
    if (cached !== undefined) return cached;
    const cells = this.snapshot.values[i];
    if (!cells) return EMPTY;
    const left0 = this.snapshot.origin.col;
    let cols: readonly number[] = EMPTY;
    if (cells.length <= DENSE_ROW_LENGTH) {
      // Most rows are short: a plain loop (holes read as undefined, which hasValue skips).
      let first = 0;
      while (first < cells.length && !hasValue(cells[first])) first++;
      if (first === cells.length) return EMPTY;
      let end = first + 1;
      while (end < cells.length && hasValue(cells[end])) end++;
      let rest = end;
      while (rest < cells.length && !hasValue(cells[rest])) rest++;
      if (rest === cells.length) return columnRun(left0 + first, end - first);
      // Counted first so the list is made at its size: a list grown by push keeps spare room.
      let n = 0;
      for (let j = 0; j < cells.length; j++) if (hasValue(cells[j])) n++;
      const exact: number[] = new Array<number>(n);
      for (let j = 0, k = 0; j < cells.length; j++) if (hasValue(cells[j])) exact[k++] = left0 + j;
      cols = exact;
    } else {
      const list: number[] = [];
      cells.forEach((v, j) => {
        if (hasValue(v)) list.push(left0 + j);
      });
      if (list.length > 0) cols = list;
    }
    this.columnsByRow[i] = cols;
    return cols;
  }

  /** The first row holding a value at or after r, or undefined. */
  nextRow(r: number): number | undefined {
    const p = this.present;
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return p[lo];
  }

  /** The cell's own value, ignoring merges. */
  raw(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.snapshot.origin.row];
    if (!r) return null;
    const v = r[col - this.snapshot.origin.col];
    return v === undefined ? null : v;
  }

  mergeAt(row: number, col: number): MergedArea | undefined {
    if (!this.hasMerges) return undefined;
    const list = this.mergesByRow.get(row);
    if (list) {
      for (const m of list) if (col >= m.left && col <= m.right) return m;
    }
    for (const m of this.tallMerges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** The merged areas covering row r (the row-indexed ones and the tall ones), in no particular order. */
  mergesOn(row: number): readonly MergedArea[] {
    if (!this.hasMerges) return EMPTY_MERGES;
    const list = this.mergesByRow.get(row) ?? EMPTY_MERGES;
    if (this.tallMerges.length === 0) return list;
    const tall = this.tallMerges.filter((m) => row >= m.top && row <= m.bottom);
    return tall.length ? [...list, ...tall] : list;
  }

  /** The value shown in the cell: the merge's top-left value for any cell of a merged area. */
  value(row: number, col: number): CellValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The cell holding the value shown at (row, col): the merge's top-left cell, or the cell itself. */
  owner(row: number, col: number): CellRef {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  numberFormat(row: number, col: number): string | null {
    const f = this.snapshot.numberFormats?.[row - this.snapshot.origin.row]?.[col - this.snapshot.origin.col];
    return f ?? null;
  }

  /**
   * Normalised display text of the shown value ('' for blank). Not cached per cell: normalizeText is
   * memoised by the raw string, so a repeat costs a merge lookup and one Map hit, while a per-row cache
   * cost more in allocation and garbage collection than it saved (goal pipeline 10k rows: −12% CPU without it).
   */
  text(row: number, col: number): string {
    if (row < this.top || row > this.bottom || col < this.left || col > this.right) return '';
    return cellText(this.value(row, col));
  }

  isBlank(row: number, col: number): boolean {
    return this.text(row, col) === '';
  }

  /** True when (row, col) is inside a merge but is not its top-left cell. */
  isMergeContinuation(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  a1(row: number, col: number): string {
    return toA1({ row, col });
  }
}

const EMPTY: number[] = [];

/** Shared lists of consecutive columns, by first column and count (a sheet has a handful of distinct runs). */
const RUNS = new Map<number, readonly number[]>();
function columnRun(first: number, count: number): readonly number[] {
  const key = first * (DENSE_ROW_LENGTH + 1) + count;
  let run = RUNS.get(key);
  if (!run) {
    if (RUNS.size >= 4096) RUNS.clear();
    // Frozen: one list serves every grid of the process, so no caller may change it.
    run = Object.freeze(Array.from({ length: count }, (_, k) => first + k));
    RUNS.set(key, run);
  }
  return run;
}
const EMPTY_MERGES: readonly MergedArea[] = [];

function hasValue(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && v !== '';
}

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return '';
}
