import { resized, withRoom } from '../compact/typed-arrays';
import type { CellRef } from '../grid/types';

/** One value the core wants written. Headers are written the same way, into empty cells only. */
export interface CellWrite {
  readonly ref: CellRef;
  readonly value: string | number;
  /** Excel number format, e.g. '0.00%' for 调整比例, '0.00' for 万元 amounts. */
  readonly numberFormat?: string;
  readonly role: 'header' | 'value';
}

const STRING = 1;
const HEADER = 2;

/**
 * A fill plan's writes, held column-wise: a million-row results table proposes five million writes, and
 * as objects (a CellWrite and its CellRef each, about 100 bytes) they outweighed the sheet itself; here a
 * write takes 20 bytes in typed arrays, its text and number format an index into a list of the few
 * distinct ones. Read a write by index (row(i), value(i) …, no allocation) or as a CellWrite (at(i), or
 * iterating): those objects are made on each call, so keep them only when the plan is small.
 */
export class CellWrites implements Iterable<CellWrite> {
  private rows: Int32Array;
  private cols: Int32Array;
  /** The number written, or the index of its text in `texts`. */
  private nums: Float64Array;
  private kinds: Uint8Array;
  /** 0: no number format; k: formats[k - 1]. */
  private formatIds: Uint16Array;
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly formats: string[] = [];
  private n = 0;

  constructor(capacity = 16) {
    const c = Math.max(1, capacity);
    this.rows = new Int32Array(c);
    this.cols = new Int32Array(c);
    this.nums = new Float64Array(c);
    this.kinds = new Uint8Array(c);
    this.formatIds = new Uint16Array(c);
  }

  static from(writes: Iterable<CellWrite>): CellWrites {
    const list = new CellWrites(Array.isArray(writes) ? writes.length : 16);
    for (const w of writes) list.push(w);
    return list;
  }

  get length(): number {
    return this.n;
  }

  push(w: CellWrite): void {
    this.add(w.ref.row, w.ref.col, w.value, w.role, w.numberFormat);
  }

  add(row: number, col: number, value: string | number, role: 'header' | 'value', numberFormat?: string): void {
    if (this.n === this.rows.length) this.room(this.n + 1);
    const i = this.n++;
    this.rows[i] = row;
    this.cols[i] = col;
    if (typeof value === 'string') {
      let id = this.textIds.get(value);
      if (id === undefined) {
        id = this.texts.length;
        this.texts.push(value);
        this.textIds.set(value, id);
      }
      this.nums[i] = id;
      this.kinds[i] = STRING | (role === 'header' ? HEADER : 0);
    } else {
      this.nums[i] = value;
      this.kinds[i] = role === 'header' ? HEADER : 0;
    }
    this.formatIds[i] = numberFormat === undefined ? 0 : this.formatId(numberFormat);
  }

  /**
   * Keeps the writes for which keep(i) is true, in order, in place (guarding a plan keeps most of what was
   * proposed: a million-row plan is not copied). keep is called once per write, in order, with its index
   * before any is moved; the room left over is released.
   */
  retain(keep: (i: number) => boolean): this {
    let j = 0;
    for (let i = 0; i < this.n; i++) {
      if (!keep(i)) continue;
      if (j !== i) {
        this.rows[j] = this.rows[i];
        this.cols[j] = this.cols[i];
        this.nums[j] = this.nums[i];
        this.kinds[j] = this.kinds[i];
        this.formatIds[j] = this.formatIds[i];
      }
      j++;
    }
    this.n = j;
    return this.trim();
  }

  row(i: number): number {
    return this.rows[i];
  }

  col(i: number): number {
    return this.cols[i];
  }

  value(i: number): string | number {
    return this.kinds[i] & STRING ? this.texts[this.nums[i]] : this.nums[i];
  }

  role(i: number): 'header' | 'value' {
    return this.kinds[i] & HEADER ? 'header' : 'value';
  }

  numberFormat(i: number): string | undefined {
    const f = this.formatIds[i];
    return f === 0 ? undefined : this.formats[f - 1];
  }

  /** Write i as an object, shaped as the core has always made them (numberFormat only when set). */
  at(i: number): CellWrite {
    const numberFormat = this.numberFormat(i);
    return { ref: { row: this.rows[i], col: this.cols[i] }, value: this.value(i), role: this.role(i), ...(numberFormat !== undefined ? { numberFormat } : {}) };
  }

  *[Symbol.iterator](): Iterator<CellWrite> {
    for (let i = 0; i < this.n; i++) yield this.at(i);
  }

  toArray(): CellWrite[] {
    const out: CellWrite[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.at(i);
    return out;
  }

  /** Releases the room reserved beyond the writes held (a plan is kept while its copy is written). */
  trim(): this {
    const n = this.n;
    if (this.rows.length > n) {
      this.rows = resized(this.rows, n, n);
      this.cols = resized(this.cols, n, n);
      this.nums = resized(this.nums, n, n);
      this.kinds = resized(this.kinds, n, n);
      this.formatIds = resized(this.formatIds, n, n);
    }
    return this;
  }

  private formatId(format: string): number {
    let k = this.formats.indexOf(format);
    if (k < 0) {
      if (this.formats.length === 0xfffe) throw new RangeError('too many number formats in one fill plan');
      k = this.formats.push(format) - 1;
    }
    return k + 1;
  }

  private room(n: number): void {
    const used = this.n;
    this.rows = withRoom(this.rows, n, used);
    this.cols = withRoom(this.cols, n, used);
    this.nums = withRoom(this.nums, n, used);
    this.kinds = withRoom(this.kinds, n, used);
    this.formatIds = withRoom(this.formatIds, n, used);
  }
}
