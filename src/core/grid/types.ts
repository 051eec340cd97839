/**
 * The host-agnostic grid model. Every adapter (office.js, ExcelJS, in-memory) turns a worksheet into a
 * SheetSnapshot; everything above this layer (layout detection, rules, fill plans) reads only snapshots.
 */

/** An Excel error value such as #DIV/0! or #N/A, kept distinct from text that happens to start with '#'. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A zero-based cell position on the sheet (not relative to the snapshot origin). */
export interface CellRef {
  readonly row: number;
  readonly col: number;
}

/** A merged area, zero-based and inclusive, in sheet coordinates. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Sheet position of values[0][0]: the used range need not start at A1. */
  readonly origin: CellRef;
  /** Row-major values of the used range; rows may be ragged or sparse (missing cells are null or holes). */
  readonly values: readonly (readonly CellValue[])[];
  /** Number formats, same shape as values, where the adapter loaded them (dates vs serial numbers). */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  readonly merges: readonly MergedArea[];
  /** True when the host reports the sheet as protected: writes will be refused. */
  readonly protected?: boolean;
  /**
   * The formula ('=…') of each cell that holds one, same shape as values, holes elsewhere; absent when the
   * adapter did not load formulas. A cell holding a formula is never empty, whatever its value shows: files
   * written by other tools often carry no cached result (the value is then null) or an empty one ('').
   */
  readonly formulas?: readonly (readonly (string | undefined)[] | undefined)[];
}

/** The formula in a cell (sheet coordinates), or undefined. */
export function formulaAt(snapshot: SheetSnapshot, row: number, col: number): string | undefined {
  return snapshot.formulas?.[row - snapshot.origin.row]?.[col - snapshot.origin.col] || undefined;
}

/** Empty for writing: no value and no formula (nothing typed would be lost by writing there). */
export function isEmptyCell(snapshot: SheetSnapshot, row: number, col: number): boolean {
  const v = snapshot.values[row - snapshot.origin.row]?.[col - snapshot.origin.col];
  return isBlank(v ?? null) && formulaAt(snapshot, row, col) === undefined;
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as CellError).error === 'string';
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
