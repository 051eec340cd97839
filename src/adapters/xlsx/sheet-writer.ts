import { columnLetters } from '../../core/grid/address';
import { areaOf } from './sheet-reader';
import type { StyleChange, StyleEditor } from './styles';
import { encodeCellText, setAttr } from './xml';
import { attr, attrSpan, bytesOf, ByteScanner, intAttr, isLocal, type ByteTag } from './xml-bytes';
import type { ZipArchive } from './zip';

/**
 * Rewrites one worksheet part by splicing its bytes: the source streams through unchanged except the
 * cells we write or restyle, the rows and cells we add, the <dimension> when it grows and, for new notes,
 * one <legacyDrawing>. Row heights, column widths, validations, protection, print settings, x14
 * extensions and everything else in the sheet keep their exact bytes.
 */

/**
 * One change to one cell. A fill plan's CellWrite is one as it is (no copy of a million writes): its value
 * replaces the cell's content, its number format and a header's bold go on top of the cell's format.
 * A flag is { ref, fill }.
 */
export interface CellEdit {
  readonly ref: { readonly row: number; readonly col: number };
  readonly value?: string | number;
  readonly numberFormat?: string;
  readonly role?: 'header' | 'value';
  /** ARGB of a solid fill (a flag). */
  readonly fill?: string;
}

/**
 * The edits of one sheet, read by index: a fill plan's writes are read where they are (a CellWrites list,
 * no object per write), flags after them. edit(i) makes the CellEdit when the writer reaches it.
 */
export interface EditSource {
  readonly length: number;
  row(i: number): number;
  col(i: number): number;
  edit(i: number): CellEdit;
}

/** An EditSource over plain CellEdit objects. */
export function editsOf(items: readonly CellEdit[]): EditSource {
  return { length: items.length, row: (i) => items[i].ref.row, col: (i) => items[i].ref.col, edit: (i) => items[i] };
}

/** Edits with their order in the sheet (rows ascending, then columns), made by sortEdits. */
export interface SheetEditList {
  readonly items: EditSource;
  readonly order: Uint32Array;
  /** Bounds of the edited cells (for <dimension>); top is -1 when there are none. */
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** Sheet order in linear time: a counting sort by row, then the few cells of each row by column. */
export function sortEdits(items: EditSource): SheetEditList {
  const n = items.length;
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let i = 0; i < n; i++) {
    const row = items.row(i);
    const col = items.col(i);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (col < left) left = col;
    if (col > right) right = col;
  }
  const order = new Uint32Array(n);
  if (n === 0) return { items, order, top: -1, bottom: -1, left: -1, right: -1 };
  const starts = new Uint32Array(bottom - top + 2);
  for (let i = 0; i < n; i++) starts[items.row(i) - top + 1]++;
  for (let r = 1; r < starts.length; r++) starts[r] += starts[r - 1];
  const next = starts.slice();
  for (let i = 0; i < n; i++) order[next[items.row(i) - top]++] = i;
  for (let r = 0; r + 1 < starts.length; r++) {
    // Insertion sort by column within the row (a handful of cells; stable, so a later edit stays later).
    for (let i = starts[r] + 1; i < starts[r + 1]; i++) {
      const x = order[i];
      const c = items.col(x);
      let j = i - 1;
      while (j >= starts[r] && items.col(order[j]) > c) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
  }
  return { items, order, top, bottom, left, right };
}

/** One StyleChange object per distinct change (a million writes share a handful), so derive() can key by it. */
const STYLE_CHANGES = new Map<string, StyleChange>();

function change(numberFormat: string | undefined, bold: boolean, fill: string | undefined): StyleChange | undefined {
  if (numberFormat === undefined && !bold && fill === undefined) return undefined;
  const key = `${numberFormat ?? ''}\u0000${bold ? 1 : 0}\u0000${fill ?? ''}`;
  let c = STYLE_CHANGES.get(key);
  if (!c) STYLE_CHANGES.set(key, (c = { ...(numberFormat !== undefined ? { numberFormat } : {}), ...(bold ? { bold } : {}), ...(fill ? { fill } : {}) }));
  return c;
}

/** The edits of one cell (usually one; a value and a flag when both): the last value wins, format changes add up. */
function merged(list: readonly CellEdit[]): { value?: string | number; style?: StyleChange } {
  if (list.length === 1) {
    const e = list[0];
    return { value: e.value, style: change(e.numberFormat, e.role === 'header', e.fill) };
  }
  let value: string | number | undefined;
  let numberFormat: string | undefined;
  let bold = false;
  let fill: string | undefined;
  for (const e of list) {
    if (e.value !== undefined) value = e.value;
    if (e.numberFormat !== undefined) numberFormat = e.numberFormat;
    if (e.role === 'header') bold = true;
    if (e.fill !== undefined) fill = e.fill;
  }
  return { value, style: change(numberFormat, bold, fill) };
}

export interface SheetRewrite {
  readonly edits: SheetEditList;
  readonly styles: StyleEditor;
  /** Adds <legacyDrawing r:id="…"/> (the sheet gets its first notes). */
  readonly legacyDrawingRelId?: string;
}

/** A write the sheet itself refuses: part of an array formula or data table, or a shared formula's first cell. */
export interface RefusedWrite {
  readonly row: number;
  readonly col: number;
  readonly reason: 'array-formula' | 'shared-formula';
}

export interface SheetRewriteResult {
  readonly refused: RefusedWrite[];
}

const OUT_CHUNK = 1 << 20;
/** Top-level elements that come after <legacyDrawing> in CT_Worksheet (mc:AlternateContent wraps controls). */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent'].map(bytesOf);
const N = {
  worksheet: bytesOf('worksheet'),
  sheetData: bytesOf('sheetData'),
  dimension: bytesOf('dimension'),
  row: bytesOf('row'),
  c: bytesOf('c'),
  f: bytesOf('f'),
  col: bytesOf('col'),
  r: bytesOf('r'),
  s: bytesOf('s'),
  t: bytesOf('t'),
  ref: bytesOf('ref'),
  min: bytesOf('min'),
  max: bytesOf('max'),
  style: bytesOf('style'),
} as const;

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

/** Output bytes gathered in blocks of a megabyte for the compressor. */
class ByteSink {
  private block = new Uint8Array(OUT_CHUNK);
  private length = 0;
  constructor(private readonly push: (chunk: Uint8Array) => void) {}
  bytes(src: Uint8Array, start: number, end: number): void {
    let from = start;
    while (from < end) {
      const n = Math.min(end - from, OUT_CHUNK - this.length);
      this.block.set(src.subarray(from, from + n), this.length);
      this.length += n;
      from += n;
      if (this.length === OUT_CHUNK) this.flush();
    }
  }
  text(s: string): void {
    if (s) {
      const b = encoder.encode(s);
      this.bytes(b, 0, b.length);
    }
  }
  flush(): void {
    if (this.length === 0) return;
    this.push(this.block.slice(0, this.length));
    this.length = 0;
  }
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** A producer for deflatePart; `result` is filled in as it runs. */
export function rewriteSheet(zip: ZipArchive, part: string, rewrite: SheetRewrite, result: SheetRewriteResult): (push: (chunk: Uint8Array) => void) => void {
  return (push) => {
    const sink = new ByteSink(push);
    const splicer = new SheetSplicer(rewrite, result, sink);
    const scanner = new ByteScanner(splicer, part);
    zip.readChunks(part, (chunk, final) => scanner.push(chunk, final));
    splicer.end();
    sink.flush();
  };
}

interface HeldCell {
  readonly tag: string;
  readonly edit: { value?: string | number; style?: StyleChange };
  readonly col: number;
  readonly style: number;
  refusal: RefusedWrite['reason'] | null;
  /** The cell's inner bytes and end tag, kept until we know whether it is replaced. */
  readonly inner: Uint8Array[];
}

class SheetSplicer {
  private depth = 0;
  private prefix = '';
  /** Position in edits.order of the next edit not yet applied. */
  private p = 0;
  private inSheetData = false;
  private sheetDataSeen = false;
  private legacyInserted = false;
  // The current row.
  private row = -1;
  private rowStyle: number | null = null;
  private col = -1;
  private cell: HeldCell | null = null;
  private readonly colStyles: { min: number; max: number; style: number }[] = [];

  constructor(
    private readonly rewrite: SheetRewrite,
    private readonly result: SheetRewriteResult,
    private readonly sink: ByteSink,
  ) {}

  // ------------------------------------------------------------ tokens

  text(buf: Uint8Array, _start: number, _end: number, _cdata: boolean, outerStart: number, outerEnd: number): void {
    this.copy(buf, outerStart, outerEnd);
  }

  other(buf: Uint8Array, start: number, end: number): void {
    this.copy(buf, start, end);
  }

  tag(tag: ByteTag): void {
    const opening = !tag.closing;
    const d = opening ? this.depth + 1 : this.depth;
    if (opening && !tag.selfClosing) this.depth++;
    if (tag.closing) this.depth--;

    if (this.cell) {
      if (d === 4 && tag.closing && isLocal(tag, N.c)) return this.closeCell(tag);
      if (d === 5 && opening && isLocal(tag, N.f)) {
        const kind = attr(tag, N.t);
        if (kind === 'array' || kind === 'dataTable') this.cell.refusal = 'array-formula';
        else if (kind === 'shared' && attrSpan(tag, N.ref)) this.cell.refusal = 'shared-formula';
      }
      return this.copy(tag.buf, tag.start, tag.end);
    }
    if (d === 1) {
      if (opening) {
        const name = utf8.decode(tag.buf.subarray(tag.nameStart, tag.nameEnd));
        this.prefix = name.includes(':') ? name.slice(0, name.indexOf(':') + 1) : '';
      } else this.legacyDrawing();
      return this.copy(tag.buf, tag.start, tag.end);
    }
    if (d === 2) {
      if (opening && isLocal(tag, N.dimension)) return this.dimension(tag);
      if (isLocal(tag, N.sheetData)) {
        if (tag.selfClosing) {
          this.sheetDataSeen = true;
          const rows = this.rowsBefore(Infinity);
          if (!rows) return this.copy(tag.buf, tag.start, tag.end);
          const name = utf8.decode(tag.buf.subarray(tag.nameStart, tag.nameEnd));
          return this.sink.text(`${this.tagText(tag).replace(/\s*\/>$/, '>')}${rows}</${name}>`);
        }
        if (opening) {
          this.sheetDataSeen = true;
          this.inSheetData = true;
        } else {
          this.sink.text(this.rowsBefore(Infinity));
          this.inSheetData = false;
        }
        return this.copy(tag.buf, tag.start, tag.end);
      }
      if (opening && this.sheetDataSeen && !this.inSheetData && AFTER_LEGACY_DRAWING.some((n) => isLocal(tag, n))) this.legacyDrawing();
      return this.copy(tag.buf, tag.start, tag.end);
    }
    if (d === 3 && opening && isLocal(tag, N.col)) {
      const style = intAttr(tag, N.style);
      if (style > 0) this.colStyles.push({ min: intAttr(tag, N.min), max: intAttr(tag, N.max), style });
      return this.copy(tag.buf, tag.start, tag.end);
    }
    if (this.inSheetData && d === 3 && isLocal(tag, N.row)) {
      if (opening) return this.openRow(tag);
      this.sink.text(this.cellsBefore(Infinity));
      return this.copy(tag.buf, tag.start, tag.end);
    }
    if (this.inSheetData && d === 4 && opening && isLocal(tag, N.c)) return this.openCell(tag);
    this.copy(tag.buf, tag.start, tag.end);
  }

  end(): void {
    if (this.cell) throw new Error('the sheet ends inside a cell');
  }

  // ------------------------------------------------------------ helpers

  private copy(buf: Uint8Array, start: number, end: number): void {
    if (this.cell) this.cell.inner.push(buf.slice(start, end));
    else this.sink.bytes(buf, start, end);
  }

  private tagText(tag: ByteTag): string {
    return utf8.decode(tag.buf.subarray(tag.start, tag.end));
  }

  // ------------------------------------------------------------ rows and cells

  /** The row of the next edit not yet applied, or -1 when none is left. */
  private nextRow(): number {
    const { order, items } = this.rewrite.edits;
    return this.p < order.length ? items.row(order[this.p]) : -1;
  }

  /** The column of the next edit (call only when nextRow() is not -1). */
  private nextCol(): number {
    const { order, items } = this.rewrite.edits;
    return items.col(order[this.p]);
  }

  /** Takes every edit of (row, col) at the current position. */
  private take(row: number, col: number): { value?: string | number; style?: StyleChange } {
    const { order, items } = this.rewrite.edits;
    const first = items.edit(order[this.p++]);
    if (this.nextRow() !== row || this.nextCol() !== col) return merged([first]);
    const list: CellEdit[] = [first];
    while (this.nextRow() === row && this.nextCol() === col) list.push(items.edit(order[this.p++]));
    return merged(list);
  }

  private rowHasEdits(): boolean {
    return this.row >= 0 && this.nextRow() === this.row;
  }

  private openRow(tag: ByteTag): void {
    const r = intAttr(tag, N.r);
    this.row = r >= 1 ? r - 1 : this.row + 1;
    this.col = -1;
    this.sink.text(this.rowsBefore(this.row));
    const s = intAttr(tag, N.s);
    this.rowStyle = s >= 0 && /customFormat\s*=\s*["'](1|true)["']/.test(this.tagText(tag)) ? s : null;
    if (tag.selfClosing && this.rowHasEdits()) {
      const name = utf8.decode(tag.buf.subarray(tag.nameStart, tag.nameEnd));
      this.sink.text(`${this.tagText(tag).replace(/\s*\/>$/, '>')}${this.cellsBefore(Infinity)}</${name}>`);
      return;
    }
    this.copy(tag.buf, tag.start, tag.end);
  }

  private openCell(tag: ByteTag): void {
    const span = attrSpan(tag, N.r);
    this.col = span ? columnOf(tag.buf, span[0], span[1]) ?? this.col + 1 : this.col + 1;
    if (!this.rowHasEdits()) return this.copy(tag.buf, tag.start, tag.end);
    this.sink.text(this.cellsBefore(this.col));
    if (this.nextRow() !== this.row || this.nextCol() !== this.col) return this.copy(tag.buf, tag.start, tag.end);
    const edit = this.take(this.row, this.col);
    const s = intAttr(tag, N.s);
    const held: HeldCell = { tag: this.tagText(tag), edit, col: this.col, style: s > 0 ? s : 0, refusal: null, inner: [] };
    if (tag.selfClosing) this.finishCell(held, true);
    else this.cell = held;
  }

  private closeCell(tag: ByteTag): void {
    const held = this.cell!;
    this.cell = null;
    held.inner.push(tag.buf.slice(tag.start, tag.end));
    this.finishCell(held, false);
  }

  private finishCell(c: HeldCell, selfClosing: boolean): void {
    const { edit } = c;
    const restyled = () => setAttr(c.tag, 's', String(this.rewrite.styles.derive(c.style, edit.style!)));
    const keepInner = () => {
      for (const b of c.inner) this.sink.bytes(b, 0, b.length);
    };
    if (edit.value !== undefined && c.refusal) {
      this.result.refused.push({ row: this.row, col: c.col, reason: c.refusal });
      // The formula stays; a format change alone (a flag) is still made.
      this.sink.text(edit.style ? restyled() : c.tag);
      return keepInner();
    }
    if (edit.value !== undefined) {
      const xf = edit.style ? this.rewrite.styles.derive(c.style, edit.style) : c.style;
      return this.sink.text(this.cellXml(this.row, c.col, xf, edit.value));
    }
    this.sink.text(edit.style ? restyled() : c.tag);
    if (!selfClosing) keepInner();
  }

  /** New cells of the current row left of `col` (they did not exist in the source). */
  private cellsBefore(col: number): string {
    let out = '';
    while (this.nextRow() === this.row && this.nextCol() < col) {
      const c = this.nextCol();
      const edit = this.take(this.row, c);
      const base = this.rowStyle ?? this.columnStyle(c);
      const xf = edit.style ? this.rewrite.styles.derive(base, edit.style) : base;
      out += this.cellXml(this.row, c, xf, edit.value);
    }
    return out;
  }

  /** New rows above `row` (no such row in the source). */
  private rowsBefore(row: number): string {
    let out = '';
    for (let next = this.nextRow(); next >= 0 && next < row; next = this.nextRow()) {
      const saved = [this.row, this.rowStyle] as const;
      this.row = next;
      this.rowStyle = null;
      out += `<${this.prefix}row r="${this.row + 1}">${this.cellsBefore(Infinity)}</${this.prefix}row>`;
      [this.row, this.rowStyle] = saved;
    }
    return out;
  }

  private columnStyle(col: number): number {
    for (const c of this.colStyles) if (col + 1 >= c.min && col + 1 <= c.max) return c.style;
    return 0;
  }

  private cellXml(row: number, col: number, xf: number, value: string | number | undefined): string {
    const p = this.prefix;
    const ref = `${columnLetters(col)}${row + 1}`;
    const s = xf ? ` s="${xf}"` : '';
    if (value === undefined) return `<${p}c r="${ref}"${s}/>`;
    if (typeof value === 'number') return `<${p}c r="${ref}"${s}><${p}v>${numberText(value)}</${p}v></${p}c>`;
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${encodeCellText(value)}</${p}t></${p}is></${p}c>`;
  }

  // ------------------------------------------------------------ sheet-level elements

  private dimension(tag: ByteTag): void {
    const ref = attr(tag, N.ref) ?? '';
    const area = areaOf(ref);
    let top = area?.top ?? Infinity;
    let left = area?.left ?? Infinity;
    let bottom = area?.bottom ?? -1;
    let right = area?.right ?? -1;
    const e = this.rewrite.edits;
    if (e.top >= 0) {
      top = Math.min(top, e.top);
      bottom = Math.max(bottom, e.bottom);
      left = Math.min(left, e.left);
      right = Math.max(right, e.right);
    }
    const next = bottom < 0 ? ref : top === bottom && left === right ? `${columnLetters(left)}${top + 1}` : `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
    if (next === ref) return this.copy(tag.buf, tag.start, tag.end);
    this.sink.text(setAttr(this.tagText(tag), 'ref', next));
  }

  private legacyDrawing(): void {
    const id = this.rewrite.legacyDrawingRelId;
    if (!id || this.legacyInserted) return;
    this.legacyInserted = true;
    this.sink.text(`<${this.prefix}legacyDrawing r:id="${id}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>`);
  }
}

/** The column of a cell reference's bytes ("AB12" → 27), or undefined. */
function columnOf(buf: Uint8Array, start: number, end: number): number | undefined {
  let col = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break;
  }
  return col > 0 ? col - 1 : undefined;
}
