import { toA1 } from '../../core/grid/address';
import type { CellWrite } from '../../core/fill/plan';
import { PortError } from '../workbook-port';
import { isBlank, isCellError, type CellRef, type CellValue, type SheetSnapshot } from '../../core/grid/types';

/** The value a snapshot holds at a sheet position (null outside its used range). */
export function basisValue(basis: SheetSnapshot, ref: CellRef): CellValue {
  const v = basis.values[ref.row - basis.origin.row]?.[ref.col - basis.origin.col];
  return v === undefined ? null : v;
}

/** Same content as far as a stale check cares: blanks are equal, errors by code, dates by instant. */
export function sameCellValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const blankA = isBlank(a ?? null);
  const blankB = isBlank(b ?? null);
  if (blankA || blankB) return blankA && blankB;
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.error === b.error;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/** A1 addresses of the refs whose current value differs from the basis. */
export function changedSince(basis: SheetSnapshot, refs: Iterable<CellRef>, current: (ref: CellRef) => CellValue): string[] {
  const changed: string[] = [];
  for (const ref of refs) if (!sameCellValue(basisValue(basis, ref), current(ref))) changed.push(toA1(ref));
  return changed;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** A cell position inside Excel's grid, or a refusal before anything is touched. */
export function checkRef(ref: CellRef): void {
  if (!Number.isInteger(ref.row) || !Number.isInteger(ref.col) || ref.row < 0 || ref.col < 0 || ref.row >= MAX_ROWS || ref.col >= MAX_COLS) {
    throw new PortError('InvalidInput', `单元格位置无效（行 ${ref.row}，列 ${ref.col}），未做任何修改`);
  }
}

/** Text or a finite number at valid positions: anything else is refused before the first write. */
export function checkWrites(sheet: string, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    checkRef(w.ref);
    if (typeof w.value !== 'string' && !(typeof w.value === 'number' && Number.isFinite(w.value))) {
      throw new PortError('InvalidInput', `写入工作表「${sheet}」${toA1(w.ref)} 的值无效（${String(w.value)}），未做任何修改`, sheet, [toA1(w.ref)]);
    }
  }
}
