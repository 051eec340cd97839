import type { CellValue, MergedArea, SheetSnapshot } from '../../core/grid/types';
import type { StyleTable } from './styles';
import { decodeCellText } from './xml';
import { asciiText, attr, attrSpan, bytesOf, intAttr, isLocal, scanPart, textOf, type ByteTag } from './xml-bytes';
import type { ZipArchive } from './zip';

/**
 * One worksheet part → SheetSnapshot, streamed from its bytes. Memory follows the cells that hold
 * something: a cell that is only styled is not a value, rows are sparse arrays (holes, not nulls), and a
 * stray value at XFD1048576 costs one entry. Formulas are kept beside the values (a formula cell is never
 * empty, whatever its cached result).
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const DAY_MS = 86_400_000;

const N = {
  row: bytesOf('row'),
  c: bytesOf('c'),
  v: bytesOf('v'),
  f: bytesOf('f'),
  is: bytesOf('is'),
  t: bytesOf('t'),
  rPh: bytesOf('rPh'),
  mergeCell: bytesOf('mergeCell'),
  sheetProtection: bytesOf('sheetProtection'),
  sheetData: bytesOf('sheetData'),
  r: bytesOf('r'),
  s: bytesOf('s'),
  tAttr: bytesOf('t'),
  ref: bytesOf('ref'),
  si: bytesOf('si'),
  sheet: bytesOf('sheet'),
  col: bytesOf('col'),
  min: bytesOf('min'),
  max: bytesOf('max'),
  width: bytesOf('width'),
} as const;

/** "AB12" → [11, 27] (zero-based row, column); null when it is not a cell reference. */
export function parseCellRef(ref: string): [number, number] | null {
  let i = 0;
  let col = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break; // '$'
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c === 36) continue;
    if (c < 48 || c > 57) return null;
    row = row * 10 + c - 48;
  }
  if (row < 1 || col < 1 || row > MAX_ROW || col > MAX_COL) return null;
  return [row - 1, col - 1];
}

/** The cell reference of an r="…" attribute, read from the bytes: [row, col] zero-based, or null. */
export function refAttr(tag: ByteTag, out: [number, number]): boolean {
  const span = attrSpan(tag, N.r);
  if (!span) return false;
  const b = tag.buf;
  let i = span[0];
  let col = 0;
  for (; i < span[1]; i++) {
    const c = b[i];
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break;
  }
  let row = 0;
  for (; i < span[1]; i++) {
    const c = b[i] - 48;
    if (c === -12) continue; // '$'
    if (c < 0 || c > 9) return false;
    row = row * 10 + c;
  }
  if (row < 1 || col < 1 || row > MAX_ROW || col > MAX_COL) return false;
  out[0] = row - 1;
  out[1] = col - 1;
  return true;
}

/** An Excel serial day number as a Date (UTC), in the workbook's date system. */
export function serialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(Date.UTC(1904, 0, 1) + Math.round(serial * DAY_MS));
  // The 1900 system counts a 29 February 1900 that never was (serial 60): serials below it are a day later.
  const base = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(base + Math.round(serial * DAY_MS));
}

/** "A1:C3" (or "B2") → a rectangle, or null. */
export function areaOf(ref: string): MergedArea | null {
  const [p, q] = ref.split(':');
  const from = p ? parseCellRef(p) : null;
  const to = q ? parseCellRef(q) : from;
  if (!from || !to) return null;
  return { top: Math.min(from[0], to[0]), left: Math.min(from[1], to[1]), bottom: Math.max(from[0], to[0]), right: Math.max(from[1], to[1]) };
}

export interface SheetReadContext {
  readonly zip: ZipArchive;
  readonly sharedStrings: readonly string[];
  readonly styles: StyleTable;
  readonly date1904: boolean;
  /** What a viewer draws beyond the values (the browser's grid); the command line leaves it out. */
  readonly looks?: SheetLookSink;
}

/** Receives the cell formats and column widths of a sheet as they stream past. */
export interface SheetLookSink {
  /** A cell (with or without a value) that has a cell format other than the default. */
  cell(row: number, col: number, xf: number): void;
  /** <col min max width>: zero-based first and last column, width in characters. */
  column(first: number, last: number, width: number): void;
}

const enum Type {
  Number,
  Shared,
  Inline,
  FormulaString,
  Bool,
  Error,
  Date,
}

function typeOf(tag: ByteTag): Type {
  const span = attrSpan(tag, N.tAttr);
  if (!span) return Type.Number;
  const b = tag.buf;
  const len = span[1] - span[0];
  const c0 = b[span[0]];
  if (len === 1) return c0 === 0x73 ? Type.Shared : c0 === 0x62 ? Type.Bool : c0 === 0x65 ? Type.Error : c0 === 0x64 ? Type.Date : Type.Number;
  if (len === 3 && c0 === 0x73) return Type.FormulaString; // str
  if (len === 9 && c0 === 0x69) return Type.Inline; // inlineStr
  return Type.Number;
}

/** "1", "true" as Excel and LibreOffice write xsd:boolean. */
function trueAttr(tag: ByteTag, name: Uint8Array): boolean {
  const span = attrSpan(tag, name);
  if (!span) return false;
  const b = tag.buf;
  const len = span[1] - span[0];
  return (len === 1 && b[span[0]] === 0x31) || (len === 4 && b[span[0]] === 0x74);
}

export function readSheet(context: SheetReadContext, part: string, name: string): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges: MergedArea[] = [];
  const sharedFormulas = new Map<string, string>();
  // Array formulas and data tables cover a range; only their first cell carries the <f>.
  const spans: { area: MergedArea; formula: string }[] = [];
  let hasFormulas = false;
  let hasFormats = false;
  let isProtected = false;
  const looks = context.looks;

  const at: [number, number] = [0, 0];
  let row = -1;
  let col = -1;
  let type = Type.Number;
  let style = 0;
  let inCell = false;
  let inData = false;
  // What the current cell holds, gathered from its children.
  let v: string | null = null;
  let f: string | null = null;
  let fShared: string | null = null;
  let fSpan: string | null = null;
  let inline: string | null = null;
  let target: 0 | 1 | 2 | 3 = 0; // none, v, f, t
  let inInline = false;
  let phonetic = 0;
  let text = '';

  const closeFormula = () => {
    if (fShared !== null && text !== '') {
      // The first cell of a shared formula carries its text; the others refer to it by si.
      sharedFormulas.set(fShared, text);
      f = text;
    } else if (fShared === null && text !== '') f = text;
    if (fSpan) {
      const area = areaOf(fSpan);
      if (area) spans.push({ area, formula: text || 'TABLE()' });
      fSpan = null;
    }
  };

  // The cells of the row being read are gathered in reusable arrays, then stored at their exact length
  // (an array grown cell by cell keeps spare capacity: a third of the memory of a million-row sheet).
  let rowIndex = -1;
  const rowValues: CellValue[] = [];
  const rowFormats: (string | null)[] = [];
  let rowHasFormats = false;
  // Rows formatted alike (a column of amounts in '0.00' down a whole table) share one formats array.
  let lastFormats: (string | null)[] | null = null;
  const sameAsLast = () => {
    if (!lastFormats || lastFormats.length !== rowFormats.length) return false;
    for (let c = 0; c < rowFormats.length; c++) if (lastFormats[c] !== rowFormats[c]) return false;
    return true;
  };
  const finishRow = () => {
    if (rowIndex < 0) return;
    if (rowValues.length > 0) {
      // slice keeps the holes: cells that do not exist stay holes, not nulls.
      values[rowIndex] = rowValues.slice();
      if (rowHasFormats) {
        if (!sameAsLast()) lastFormats = rowFormats.slice();
        numberFormats[rowIndex] = lastFormats!;
        hasFormats = true;
      }
    }
    rowValues.length = 0;
    rowFormats.length = 0;
    rowHasFormats = false;
    rowIndex = -1;
  };
  const startRow = () => {
    finishRow();
    // A row written twice (or cells out of order): start from what was stored for it.
    const prev = values[row];
    if (prev) prev.forEach((x, c) => (rowValues[c] = x));
    const prevFormats = numberFormats[row];
    if (prevFormats) {
      prevFormats.forEach((x, c) => (rowFormats[c] = x));
      rowHasFormats = true;
    }
    rowIndex = row;
  };

  const finishCell = () => {
    let value: CellValue = null;
    const fmt = style ? context.styles.format(style) : null;
    switch (type) {
      case Type.Shared: {
        const s = v === null ? undefined : context.sharedStrings[Number(v)];
        value = s === undefined || s === '' ? null : s;
        break;
      }
      case Type.Inline:
        value = inline ? decodeCellText(inline) : null;
        break;
      case Type.FormulaString:
        value = v ? decodeCellText(v) : null;
        break;
      case Type.Bool:
        value = v === null || v === '' ? null : v === '1' || v === 'true';
        break;
      case Type.Error:
        value = v ? { error: v } : null;
        break;
      case Type.Date: {
        const d = v ? new Date(v) : null;
        value = d && !isNaN(d.getTime()) ? d : null;
        break;
      }
      default: {
        if (v === null || v === '') break;
        const n = Number(v);
        if (!Number.isFinite(n)) break;
        value = fmt?.isDate && n >= 0 && n < 2958466 ? serialToDate(n, context.date1904) : n;
      }
    }
    let formula: string | null = null;
    if (f !== null) formula = f;
    else if (fShared !== null) formula = sharedFormulas.get(fShared) ?? '';
    if (value !== null) {
      if (row !== rowIndex) startRow();
      rowValues[col] = value;
      if (fmt?.code && (typeof value === 'number' || value instanceof Date)) {
        rowFormats[col] = fmt.code;
        rowHasFormats = true;
      }
    }
    if (formula !== null) {
      (formulas[row] ??= [])[col] = `=${formula}`;
      hasFormulas = true;
    }
  };

  scanPart(context.zip, part, {
    tag(tag) {
      if (inCell) {
        if (isLocal(tag, N.v)) {
          if (tag.closing) {
            if (target === 1) v = text;
            target = 0;
          } else if (!tag.selfClosing) {
            target = 1;
            text = '';
          }
        } else if (isLocal(tag, N.f)) {
          if (tag.closing) {
            if (target === 2) closeFormula();
            target = 0;
          } else {
            const kind = attr(tag, N.tAttr);
            if (kind === 'shared') fShared = attr(tag, N.si);
            fSpan = kind === 'array' || kind === 'dataTable' ? attr(tag, N.ref) : null;
            text = '';
            if (tag.selfClosing) closeFormula();
            else target = 2;
          }
        } else if (isLocal(tag, N.is)) {
          inInline = !tag.closing && !tag.selfClosing;
          if (inInline) inline = '';
        } else if (isLocal(tag, N.rPh)) {
          if (!tag.selfClosing) phonetic += tag.closing ? -1 : 1;
        } else if (isLocal(tag, N.t) && inInline) {
          if (tag.closing) {
            if (target === 3) inline = (inline ?? '') + text;
            target = 0;
          } else if (!tag.selfClosing && phonetic === 0) {
            target = 3;
            text = '';
          }
        } else if (isLocal(tag, N.c) && tag.closing) {
          inCell = false;
          finishCell();
        }
        return;
      }
      if (isLocal(tag, N.c)) {
        if (!inData || tag.closing) return;
        if (refAttr(tag, at)) {
          row = at[0];
          col = at[1];
        } else col++;
        type = typeOf(tag);
        const s = intAttr(tag, N.s);
        style = s > 0 ? s : 0;
        if (style && looks) looks.cell(row, col, style);
        inCell = !tag.selfClosing;
        v = f = fShared = fSpan = inline = null;
        inInline = false;
        phonetic = 0;
        target = 0;
        text = '';
      } else if (isLocal(tag, N.row)) {
        if (tag.closing) return;
        finishRow();
        const r = intAttr(tag, N.r);
        row = r >= 1 && r <= MAX_ROW ? r - 1 : row + 1;
        col = -1;
      } else if (isLocal(tag, N.sheetData)) {
        inData = !tag.closing && !tag.selfClosing;
        if (!inData) finishRow();
      } else if (isLocal(tag, N.mergeCell) && !tag.closing) {
        const area = areaOf(attr(tag, N.ref) ?? '');
        if (area && (area.top !== area.bottom || area.left !== area.right)) merges.push(area);
      } else if (isLocal(tag, N.sheetProtection) && !tag.closing) {
        isProtected = trueAttr(tag, N.sheet);
      } else if (looks && !inData && isLocal(tag, N.col) && !tag.closing) {
        const first = intAttr(tag, N.min);
        const last = intAttr(tag, N.max);
        const width = Number(attr(tag, N.width));
        if (first >= 1 && last >= first && Number.isFinite(width)) looks.column(first - 1, Math.min(last, MAX_COL) - 1, width);
      }
    },
    text(buf, start, end, cdata) {
      if (!inCell || target === 0) return;
      // A number is ASCII (no decoder needed); formula and string texts are decoded as UTF-8.
      text += target === 1 && !cdata && (type === Type.Number || type === Type.Shared || type === Type.Bool) ? asciiText(buf, start, end) : textOf(buf, start, end, cdata);
    },
  });
  finishRow();
  for (const { area, formula } of spans) {
    // Every cell of an array formula holds it. A huge range marks only the cells that hold a value.
    const mark = (r: number, c: number) => {
      (formulas[r] ??= [])[c] ??= `=${formula}`;
      hasFormulas = true;
    };
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) <= 100_000) {
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) mark(r, c);
    } else {
      values.forEach((cells, r) => {
        if (r >= area.top && r <= area.bottom) cells.forEach((_, c) => c >= area.left && c <= area.right && mark(r, c));
      });
    }
  }
  return {
    name,
    origin: { row: 0, col: 0 },
    values,
    ...(hasFormats ? { numberFormats } : {}),
    merges,
    protected: isProtected,
    ...(hasFormulas ? { formulas } : {}),
  };
}
