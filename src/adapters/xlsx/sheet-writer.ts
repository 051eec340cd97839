import type { SaxesParser, SaxesTagPlain } from 'saxes';
import { columnLetters } from '../../core/grid/address';
import { isTrue } from './package';
import { areaOf, parseCellRef } from './sheet-reader';
import type { StyleChange, StyleEditor } from './styles';
import { encodeCellText, localName, setAttr, streamPart } from './xml';
import type { ZipArchive } from './zip';

/**
 * Rewrites one worksheet part by splicing: the source text streams through unchanged except the cells we
 * write or restyle, the rows and cells we add, the <dimension> when it grows and, for new notes, one
 * <legacyDrawing>. Row heights, column widths, validations, protection, print settings, x14 extensions and
 * everything else in the sheet keep their exact bytes.
 */

export interface CellEdit {
  /** A value to write: the cell's content is replaced by it. */
  readonly value?: string | number;
  /** A format change on top of the cell's own format (or its row's or column's, for a new cell). */
  readonly style?: StyleChange;
}

export interface SheetRewrite {
  /** Row → column → edit, zero-based. */
  readonly edits: ReadonlyMap<number, ReadonlyMap<number, CellEdit>>;
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

const CHUNK_CHARS = 1 << 20;
/** Top-level elements that come after <legacyDrawing> in CT_Worksheet (mc:AlternateContent wraps controls). */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst', 'AlternateContent']);

/** Collects output text and hands it on as UTF-8 in large pieces. */
class TextSink {
  private parts: string[] = [];
  private length = 0;
  private readonly encoder = new TextEncoder();
  constructor(private readonly push: (chunk: Uint8Array) => void) {}
  write(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.length += s.length;
    if (this.length >= CHUNK_CHARS) this.flush();
  }
  flush(): void {
    if (this.length === 0) return;
    this.push(this.encoder.encode(this.parts.join('')));
    this.parts = [];
    this.length = 0;
  }
}

function numberText(n: number): string {
  return Object.is(n, -0) ? '0' : String(n);
}

/** A producer for rewriteZip / deflatePart; `result` is filled in as it runs. */
export function rewriteSheet(zip: ZipArchive, part: string, rewrite: SheetRewrite, result: SheetRewriteResult): (push: (chunk: Uint8Array) => void) => void {
  return (push) => {
    const sink = new TextSink(push);
    new SheetSplicer(rewrite, result, sink).run(zip, part);
    sink.flush();
  };
}

class SheetSplicer {
  /** Source text not yet emitted, starting at absolute offset `base`. */
  private src = '';
  private base = 0;
  /** Absolute offset up to which the source has been emitted (or replaced). */
  private held = 0;
  private depth = 0;
  private prefix = '';
  private readonly editRows: number[];
  private nextEditRow = 0;
  private inSheetData = false;
  private sheetDataSeen = false;
  private legacyInserted = false;
  // The current row.
  private row = -1;
  private rowEdits: [number, CellEdit][] = [];
  private nextEditCell = 0;
  private rowStyle: number | null = null;
  private col = -1;
  // The current cell, when it has an edit.
  private cell: { start: number; openEnd: number; tag: string; edit: CellEdit; col: number; style: number; refusal: RefusedWrite['reason'] | null } | null = null;
  private readonly colStyles: { min: number; max: number; style: number }[] = [];

  constructor(
    private readonly rewrite: SheetRewrite,
    private readonly result: SheetRewriteResult,
    private readonly sink: TextSink,
  ) {
    this.editRows = [...rewrite.edits.keys()].sort((a, b) => a - b);
  }

  run(zip: ZipArchive, part: string): void {
    streamPart(zip, part, {
      chunk: (text) => {
        this.src += text;
      },
      opentag: (tag, parser) => this.open(tag, parser),
      closetag: (tag, parser) => this.close(tag, parser),
    });
    this.emitTo(this.base + this.src.length);
  }

  // ------------------------------------------------------------ splicing primitives

  private tagStart(end: number): number {
    return this.src.lastIndexOf('<', end - 1 - this.base) + this.base;
  }

  private text(start: number, end: number): string {
    return this.src.slice(start - this.base, end - this.base);
  }

  /** Emits the source up to `at` (absolute). */
  private emitTo(at: number): void {
    if (at <= this.held) return;
    this.sink.write(this.src.slice(this.held - this.base, at - this.base));
    this.held = at;
    if (this.held - this.base > CHUNK_CHARS) {
      this.src = this.src.slice(this.held - this.base);
      this.base = this.held;
    }
  }

  private replace(start: number, end: number, text: string): void {
    this.emitTo(start);
    this.sink.write(text);
    this.held = Math.max(this.held, end);
  }

  private insert(at: number, text: string): void {
    if (text) this.replace(at, at, text);
  }

  // ------------------------------------------------------------ events

  private open(tag: SaxesTagPlain, parser: SaxesParser): void {
    this.depth++;
    const local = localName(tag.name);
    const end = parser.position;
    const a = tag.attributes as Record<string, string>;
    if (this.cell) {
      // Inside an edited cell: only its formula matters (some formulas cannot be overwritten cell by cell).
      if (local === 'f' && this.depth === 5) {
        if (a.t === 'array' || a.t === 'dataTable') this.cell.refusal = 'array-formula';
        else if (a.t === 'shared' && a.ref) this.cell.refusal = 'shared-formula';
      }
      return;
    }
    if (this.depth === 1) {
      this.prefix = tag.name.includes(':') ? tag.name.slice(0, tag.name.indexOf(':') + 1) : '';
      return;
    }
    if (this.depth === 2) {
      const start = this.tagStart(end);
      if (local === 'dimension') this.dimension(start, end, tag);
      else if (local === 'sheetData') {
        this.sheetDataSeen = true;
        if (tag.isSelfClosing) {
          const rows = this.rowsBefore(Infinity);
          if (rows) this.replace(start, end, `${this.text(start, end).slice(0, -2)}>${rows}</${tag.name}>`);
        } else this.inSheetData = true;
      } else if (this.sheetDataSeen && !this.inSheetData && AFTER_LEGACY_DRAWING.has(local)) this.legacyDrawing(start);
      else this.emitTo(start);
      return;
    }
    if (local === 'col' && this.depth === 3) {
      const style = Number(a.style ?? 0);
      if (style) this.colStyles.push({ min: Number(a.min), max: Number(a.max), style });
      return;
    }
    if (!this.inSheetData) return;
    if (this.depth === 3 && local === 'row') this.openRow(tag, end, a);
    else if (this.depth === 4 && local === 'c') this.openCell(tag, end, a);
  }

  private close(tag: SaxesTagPlain, parser: SaxesParser): void {
    const local = localName(tag.name);
    const end = parser.position;
    const depth = this.depth--;
    if (this.cell) {
      if (depth === 4 && local === 'c') this.closeCell(end, tag.isSelfClosing);
      return;
    }
    if (depth === 3 && local === 'row' && this.inSheetData) {
      const rest = this.cellsBefore(Infinity);
      if (rest && !tag.isSelfClosing) this.insert(this.tagStart(end), rest);
      this.rowEdits = [];
    } else if (depth === 2 && local === 'sheetData' && !tag.isSelfClosing) {
      this.insert(this.tagStart(end), this.rowsBefore(Infinity));
      this.inSheetData = false;
    } else if (depth === 1) {
      if (!this.legacyInserted && this.rewrite.legacyDrawingRelId) this.legacyDrawing(this.tagStart(end));
    }
  }

  // ------------------------------------------------------------ rows and cells

  private openRow(tag: SaxesTagPlain, end: number, a: Record<string, string>): void {
    const start = this.tagStart(end);
    const r = Number(a.r);
    this.row = Number.isInteger(r) && r >= 1 ? r - 1 : this.row + 1;
    this.col = -1;
    const before = this.rowsBefore(this.row);
    if (before) this.insert(start, before);
    else this.emitTo(start);
    const edits = this.rewrite.edits.get(this.row);
    if (edits && this.editRows[this.nextEditRow] === this.row) this.nextEditRow++;
    this.rowEdits = edits ? [...edits].sort((x, y) => x[0] - y[0]) : [];
    this.nextEditCell = 0;
    this.rowStyle = isTrue(a.customFormat) && a.s ? Number(a.s) : null;
    if (tag.isSelfClosing && this.rowEdits.length > 0) {
      const cells = this.cellsBefore(Infinity);
      this.replace(start, end, `${this.text(start, end).replace(/\s*\/>$/, '>')}${cells}</${tag.name}>`);
    }
  }

  private openCell(tag: SaxesTagPlain, end: number, a: Record<string, string>): void {
    const at = a.r ? parseCellRef(a.r) : null;
    this.col = at ? at[1] : this.col + 1;
    if (this.rowEdits.length === 0) return;
    const start = this.tagStart(end);
    const before = this.cellsBefore(this.col);
    if (before) this.insert(start, before);
    const next = this.rowEdits[this.nextEditCell];
    if (next && next[0] === this.col) {
      this.nextEditCell++;
      this.emitTo(start);
      // A self-closing cell gets its closetag at once: closeCell handles both forms.
      this.cell = { start, openEnd: end, tag: this.text(start, end), edit: next[1], col: this.col, style: Number(a.s ?? 0) || 0, refusal: null };
    }
  }

  private closeCell(end: number, selfClosing: boolean): void {
    const c = this.cell!;
    this.cell = null;
    const { edit } = c;
    if (edit.value !== undefined && c.refusal) {
      this.result.refused.push({ row: this.row, col: c.col, reason: c.refusal });
      // The formula stays; a format change alone (a flag) is still made.
      if (edit.style) this.replace(c.start, c.openEnd, setAttr(c.tag, 's', String(this.rewrite.styles.derive(c.style, edit.style))));
      return;
    }
    if (edit.value !== undefined) {
      const xf = edit.style ? this.rewrite.styles.derive(c.style, edit.style) : c.style;
      this.replace(c.start, end, this.cellXml(this.row, c.col, xf, edit.value));
    } else if (edit.style) {
      this.replace(c.start, selfClosing ? end : c.openEnd, setAttr(c.tag, 's', String(this.rewrite.styles.derive(c.style, edit.style))));
    }
  }

  /** New cells of the current row left of `col` (they did not exist in the source). */
  private cellsBefore(col: number): string {
    let out = '';
    while (this.nextEditCell < this.rowEdits.length && this.rowEdits[this.nextEditCell][0] < col) {
      const [c, edit] = this.rowEdits[this.nextEditCell++];
      const base = this.rowStyle ?? this.columnStyle(c);
      const xf = edit.style ? this.rewrite.styles.derive(base, edit.style) : base;
      out += this.cellXml(this.row, c, xf, edit.value);
    }
    return out;
  }

  /** New rows above `row` (no such row in the source). */
  private rowsBefore(row: number): string {
    let out = '';
    while (this.nextEditRow < this.editRows.length && this.editRows[this.nextEditRow] < row) {
      const r = this.editRows[this.nextEditRow++];
      const saved = [this.row, this.rowEdits, this.nextEditCell, this.rowStyle] as const;
      this.row = r;
      this.rowEdits = [...this.rewrite.edits.get(r)!].sort((x, y) => x[0] - y[0]);
      this.nextEditCell = 0;
      this.rowStyle = null;
      out += `<${this.prefix}row r="${r + 1}">${this.cellsBefore(Infinity)}</${this.prefix}row>`;
      [this.row, this.rowEdits, this.nextEditCell, this.rowStyle] = saved;
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

  private dimension(start: number, end: number, tag: SaxesTagPlain): void {
    const ref = (tag.attributes as Record<string, string>).ref ?? '';
    const area = areaOf(ref);
    let top = area?.top ?? Infinity;
    let left = area?.left ?? Infinity;
    let bottom = area?.bottom ?? -1;
    let right = area?.right ?? -1;
    for (const [r, cells] of this.rewrite.edits) {
      for (const [c, e] of cells) {
        if (e.value === undefined && !e.style) continue;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
    if (bottom < 0) return this.emitTo(start);
    const next = top === bottom && left === right ? `${columnLetters(left)}${top + 1}` : `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
    if (next === ref) return this.emitTo(start);
    this.replace(start, end, setAttr(this.text(start, end), 'ref', next));
  }

  private legacyDrawing(at: number): void {
    const id = this.rewrite.legacyDrawingRelId;
    if (!id || this.legacyInserted) return this.emitTo(at);
    this.legacyInserted = true;
    this.insert(at, `<${this.prefix}legacyDrawing r:id="${id}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>`);
  }
}
