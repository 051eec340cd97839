import type { SheetSnapshot } from '../../core/grid/types';
import { XlsxError } from './errors';
import { readXlsxPackage, type SheetEntry, type XlsxPackage } from './package';
import { readSharedStrings } from './shared-strings';
import { readSheet, type SheetLookSink } from './sheet-reader';
import { StyleTable } from './styles';
import { readPartText } from './xml';

export interface XlsxWorkbook {
  readonly pkg: XlsxPackage;
  /** Every worksheet the user can reach (hidden ones too, not veryHidden ones), in workbook order. */
  readonly snapshots: readonly SheetSnapshot[];
}

/** An opened package whose worksheets are read one at a time (so a caller can show progress between them). */
export interface XlsxReading {
  readonly pkg: XlsxPackage;
  /** Every worksheet the user can reach (hidden ones too, not veryHidden ones), in workbook order. */
  readonly sheets: readonly SheetEntry[];
  readonly styles: StyleTable;
  /** Reads sheets[index]; `looks` receives its cell formats and column widths as they stream past. */
  read(index: number, looks?: SheetLookSink): SheetSnapshot;
}

/**
 * Opens an .xlsx (bytes in, no file system): the package structure, shared strings and number formats;
 * the worksheets are read on demand. Throws XlsxError with a reason the caller can show.
 */
export function openXlsx(bytes: Uint8Array): XlsxReading {
  const pkg = readXlsxPackage(bytes);
  const sheets = pkg.sheets.filter((s) => s.kind === 'worksheet' && s.state !== 'veryHidden');
  if (pkg.sheets.length === 0) throw new XlsxError('no-sheets');
  for (const s of sheets) if (!s.part) throw new XlsxError('missing-part', { sheet: s.name, part: s.rId });
  const styles = new StyleTable(pkg.stylesPart ? readPartText(pkg.zip, pkg.stylesPart) : null, pkg.stylesPart ?? undefined);
  const base = { zip: pkg.zip, sharedStrings: readSharedStrings(pkg.zip, pkg.sharedStringsPart), styles, date1904: pkg.date1904 };
  return {
    pkg,
    sheets,
    styles,
    read: (index, looks) => readSheet(looks ? { ...base, looks } : base, sheets[index].part!, sheets[index].name),
  };
}

/**
 * Reads an .xlsx (bytes in, no file system): the package structure, shared strings, number formats and
 * each worksheet as a SheetSnapshot. Throws XlsxError with a reason the caller can show.
 */
export function readXlsx(bytes: Uint8Array): XlsxWorkbook {
  const reading = openXlsx(bytes);
  return { pkg: reading.pkg, snapshots: reading.sheets.map((_, i) => reading.read(i)) };
}
