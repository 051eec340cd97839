import { toA1 } from '../../core/grid/address';
import type { CellValue } from '../../core/grid/types';
import { PortError, type SheetRows } from '../workbook-port';
import { sameCellValue } from './cells';
import { sheetNameInvalid } from './messages';

/** Shared by the adapters' writeSheet / undoSheetWrite: the checks and the rectangle arithmetic. */

const BAD_NAME = /[[\]:*?/\\]/;

/** A valid sheet name and only text, finite numbers and blanks: anything else is refused before any change. */
export function checkSheetWrite(name: string, rows: SheetRows): void {
  if (!name || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) throw sheetNameInvalid(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return;
      throw new PortError('InvalidInput', `写入工作表「${name}」${toA1({ row: r, col: c })} 的值无效（${String(v)}），未做任何修改`, name, [toA1({ row: r, col: c })]);
    }),
  );
}

/** Rows × columns from A1 covering the new rows and an old used range ending at (bottom, right), zero-based. */
export function coveredRect(rows: SheetRows, oldBottom: number, oldRight: number): { rows: number; cols: number } {
  const cols = Math.max(0, ...rows.map((r) => r.length));
  return { rows: Math.max(rows.length, oldBottom + 1), cols: Math.max(cols, oldRight + 1) };
}

/** The new rows padded with blanks to the covered rectangle. */
export function paddedRows(rows: SheetRows, size: { rows: number; cols: number }): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  for (let r = 0; r < size.rows; r++) {
    const line: (string | number | null)[] = [];
    for (let c = 0; c < size.cols; c++) line.push(rows[r]?.[c] ?? null);
    out.push(line);
  }
  return out;
}

/** A1 addresses of the cells that no longer hold what the write put there. */
export function editedSince(after: SheetRows, current: (row: number, col: number) => CellValue): string[] {
  const edited: string[] = [];
  after.forEach((line, r) =>
    line.forEach((v, c) => {
      if (!sameCellValue(v, current(r, c))) edited.push(toA1({ row: r, col: c }));
    }),
  );
  return edited;
}
