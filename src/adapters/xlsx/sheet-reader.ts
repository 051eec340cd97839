import type { CellValue, MergedArea, SheetSnapshot } from '../../core/grid/types';
import { isTrue } from './package';
import type { StyleTable } from './styles';
import { decodeCellText, localName, streamPart } from './xml';
import type { ZipArchive } from './zip';

/**
 * One worksheet part → SheetSnapshot, streamed. Memory follows the cells that hold something: a cell that
 * is only styled is not a value, rows are sparse arrays (holes, not nulls), and a stray value at
 * XFD1048576 costs one entry. Formulas are kept beside the values (a formula cell is never empty).
 */

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const DAY_MS = 86_400_000;

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
}

export function readSheet(context: SheetReadContext, part: string, name: string): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges: MergedArea[] = [];
  const sharedFormulas = new Map<string, string>();
  // Array formulas and data tables cover a range; only their first cell carries the <f>.
  const spans: { area: MergedArea; formula: string }[] = [];
  let spanRef: string | null = null;
  let hasFormulas = false;
  let hasFormats = false;
  let isProtected = false;

  let row = -1;
  let col = -1;
  let type = '';
  let style = 0;
  let inCell = false;
  // What the current cell holds, gathered from its children.
  let v: string | null = null;
  let f: string | null = null;
  let fShared: string | null = null;
  let inline: string | null = null;
  let target: 'v' | 'f' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  let text = '';

  const finishCell = () => {
    let value: CellValue = null;
    const fmt = style ? context.styles.format(style) : null;
    switch (type) {
      case 's': {
        const s = v === null ? undefined : context.sharedStrings[Number(v)];
        value = s === undefined || s === '' ? null : s;
        break;
      }
      case 'inlineStr':
        value = inline ? decodeCellText(inline) : null;
        break;
      case 'str':
        value = v ? decodeCellText(v) : null;
        break;
      case 'b':
        value = v === null || v === '' ? null : v === '1' || v === 'true';
        break;
      case 'e':
        value = v ? { error: v } : null;
        break;
      case 'd': {
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
      (values[row] ??= [])[col] = value;
      if (fmt?.code && (typeof value === 'number' || value instanceof Date)) {
        (numberFormats[row] ??= [])[col] = fmt.code;
        hasFormats = true;
      }
    }
    if (formula !== null) {
      (formulas[row] ??= [])[col] = `=${formula}`;
      hasFormulas = true;
    }
  };

  streamPart(context.zip, part, {
    opentag(tag) {
      const local = localName(tag.name);
      const a = tag.attributes as Record<string, string>;
      if (inCell) {
        if (local === 'v') {
          target = 'v';
          text = '';
        } else if (local === 'f') {
          const si = a.si;
          if (a.t === 'shared' && si !== undefined) fShared = si;
          spanRef = (a.t === 'array' || a.t === 'dataTable') && a.ref ? a.ref : null;
          target = tag.isSelfClosing ? null : 'f';
          text = '';
        } else if (local === 'is') {
          inInline = true;
          inline = '';
        } else if (local === 'rPh') phonetic++;
        else if (local === 't' && inInline && phonetic === 0) {
          target = 't';
          text = '';
        }
        return;
      }
      switch (local) {
        case 'row': {
          const r = Number(a.r);
          row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r - 1 : row + 1;
          col = -1;
          break;
        }
        case 'c': {
          const at = a.r ? parseCellRef(a.r) : null;
          if (at) {
            row = at[0];
            col = at[1];
          } else col++;
          type = a.t ?? 'n';
          style = a.s ? Number(a.s) || 0 : 0;
          inCell = !tag.isSelfClosing;
          v = f = fShared = inline = null;
          inInline = false;
          phonetic = 0;
          target = null;
          break;
        }
        case 'mergeCell': {
          const area = areaOf(a.ref ?? '');
          if (area && (area.top !== area.bottom || area.left !== area.right)) merges.push(area);
          break;
        }
        case 'sheetProtection':
          isProtected = isTrue(a.sheet);
          break;
      }
    },
    text(t) {
      if (target) text += t;
    },
    closetag(tag) {
      if (!inCell) return;
      const local = localName(tag.name);
      if (local === 'v' && target === 'v') {
        v = text;
        target = null;
      } else if (local === 'f' && target === 'f') {
        if (fShared !== null && text !== '') {
          // The first cell of a shared formula carries its text; the others refer to it by si.
          sharedFormulas.set(fShared, text);
          f = text;
        } else if (fShared === null) f = text;
        if (spanRef) {
          const area = areaOf(spanRef);
          if (area) spans.push({ area, formula: text || 'TABLE()' });
          spanRef = null;
        }
        target = null;
      } else if (local === 't' && target === 't') {
        inline = (inline ?? '') + text;
        target = null;
      } else if (local === 'rPh') phonetic--;
      else if (local === 'is') inInline = false;
      else if (local === 'c') {
        inCell = false;
        finishCell();
      }
    },
  });
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
