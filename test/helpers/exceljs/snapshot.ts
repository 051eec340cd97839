import type ExcelJS from 'exceljs';
import { fromA1 } from '../../../src/core/grid/address';
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/grid/types';

// ExcelJS's Enums.ValueType, inlined so the core stays free of a runtime import of ExcelJS.
const MERGE = 1;

/** ExcelJS's many cell-value shapes → our CellValue. Formulas give their cached result. */
export function toCellValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return toCellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v && 'hyperlink' in v) return toCellValue((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

/**
 * One worksheet as a SheetSnapshot anchored at A1. Only a merge's top-left cell keeps its value
 * (ExcelJS echoes the master's value into every merged cell; Excel does not).
 */
export function worksheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  // Only percent formats matter to the core (0.95 shown as 95%); ExcelJS already turns date cells into Dates.
  const formats: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      out[col - 1] = cell.type === MERGE ? null : toCellValue(cell.value);
      if (typeof out[col - 1] === 'number' && cell.numFmt?.includes('%')) (formats[rowNumber - 1] ??= [])[col - 1] = cell.numFmt;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    values[rowNumber - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  const merges: MergedArea[] = [];
  for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
    const [a, b = a] = range.split(':');
    const p = fromA1(a);
    const q = fromA1(b);
    merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  const isProtected = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
  const numberFormats = formats.length ? Array.from(values, (_, i) => Array.from(formats[i] ?? [], (f) => f ?? null)) : undefined;
  return { name: ws.name, origin: { row: 0, col: 0 }, values, numberFormats, merges, protected: isProtected };
}
