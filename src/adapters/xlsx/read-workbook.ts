import type { SheetSnapshot } from '../../core/grid/types';
import { XlsxError } from './errors';
import { readXlsxPackage, type XlsxPackage } from './package';
import { readSharedStrings } from './shared-strings';
import { readSheet } from './sheet-reader';
import { StyleTable } from './styles';
import { readPartText } from './xml';

export interface XlsxWorkbook {
  readonly pkg: XlsxPackage;
  /** Every worksheet the user can reach (hidden ones too, not veryHidden ones), in workbook order. */
  readonly snapshots: readonly SheetSnapshot[];
}

/**
 * Reads an .xlsx (bytes in, no file system): the package structure, shared strings, number formats and
 * each worksheet as a SheetSnapshot. Throws XlsxError with a reason the caller can show.
 */
export function readXlsx(bytes: Uint8Array): XlsxWorkbook {
  const pkg = readXlsxPackage(bytes);
  const worksheets = pkg.sheets.filter((s) => s.kind === 'worksheet' && s.state !== 'veryHidden');
  if (pkg.sheets.length === 0) throw new XlsxError('no-sheets');
  for (const s of worksheets) if (!s.part) throw new XlsxError('missing-part', { sheet: s.name, part: s.rId });
  const context = {
    zip: pkg.zip,
    sharedStrings: readSharedStrings(pkg.zip, pkg.sharedStringsPart),
    styles: new StyleTable(pkg.stylesPart ? readPartText(pkg.zip, pkg.stylesPart) : null, pkg.stylesPart ?? undefined),
    date1904: pkg.date1904,
  };
  return { pkg, snapshots: worksheets.map((s) => readSheet(context, s.part!, s.name)) };
}
