import { toA1 } from './address';
import { isCellError, type CellRef, type CellValue, type MergedArea, type SheetSnapshot } from './types';
import { normalizeText } from '../text/normalize';

/**
 * Merge-aware, read-only view of a SheetSnapshot in sheet coordinates.
 * Only the top-left cell of a merged area holds its value; `value()` resolves any cell of the area to it,
 * which is how vertically merged 一级/二级 labels reach every row they cover.
 */
export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeByCell = new Map<number, MergedArea>();
  /** Per-row caches of normalised text: filled lazily, one array per row touched. */
  private readonly textCache: (string | undefined)[][] = [];

  constructor(readonly snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.top = snapshot.origin.row;
    this.left = snapshot.origin.col;
    this.bottom = this.top + snapshot.values.length - 1;
    let width = 0;
    for (const r of snapshot.values) width = Math.max(width, r.length);
    this.right = this.left + width - 1;
    for (const m of snapshot.merges) {
      // Clip to the used range: a merge reaching past it contributes nothing beyond it.
      const bottom = Math.min(m.bottom, this.bottom);
      const right = Math.min(m.right, this.right);
      for (let r = Math.max(m.top, this.top); r <= bottom; r++) {
        for (let c = Math.max(m.left, this.left); c <= right; c++) this.mergeByCell.set(this.key(r, c), m);
      }
    }
  }

  get rowCount(): number {
    return this.snapshot.values.length;
  }

  private key(row: number, col: number): number {
    return row * 20000 + col;
  }

  /** The cell's own value, ignoring merges. */
  raw(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  mergeAt(row: number, col: number): MergedArea | undefined {
    return this.mergeByCell.size === 0 ? undefined : this.mergeByCell.get(this.key(row, col));
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
    const f = this.snapshot.numberFormats?.[row - this.top]?.[col - this.left];
    return f ?? null;
  }

  /** Normalised display text of the shown value ('' for blank). */
  text(row: number, col: number): string {
    const i = row - this.top;
    if (i < 0 || row > this.bottom || col < this.left || col > this.right) return '';
    const cache = (this.textCache[i] ??= []);
    const j = col - this.left;
    let t = cache[j];
    if (t === undefined) {
      t = cellText(this.value(row, col));
      cache[j] = t;
    }
    return t;
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

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return normalizeText(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (isCellError(v)) return v.error;
  return '';
}
