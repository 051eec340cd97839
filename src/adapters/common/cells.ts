import { toA1 } from '../../core/grid/address';
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
