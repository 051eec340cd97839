import ExcelJS from 'exceljs';
import { toA1 } from '../../src/core/grid/address';
import { isCellError, type SheetSnapshot } from '../../src/core/grid/types';

/**
 * Writes sheet snapshots (a corpus table, blanked as its fill expectation says) as an .xlsx with ExcelJS,
 * as a clerk's file would hold them: typed values, number formats and merged areas. For driving the CLI as a
 * black box on real tables.
 */
export async function writeSnapshotsXlsx(snapshots: readonly SheetSnapshot[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of snapshots) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === null || v === undefined || v === '') return;
        const cell = ws.getCell(s.origin.row + i + 1, s.origin.col + j + 1);
        cell.value = isCellError(v) ? { error: v.error as ExcelJS.CellErrorValue['error'] } : v;
        const f = s.numberFormats?.[i]?.[j];
        if (f) cell.numFmt = f;
      });
    });
    for (const m of s.merges) {
      const range = `${toA1({ row: m.top, col: m.left })}:${toA1({ row: m.bottom, col: m.right })}`;
      if (range.split(':')[0] !== range.split(':')[1]) ws.mergeCells(range);
    }
  }
  await wb.xlsx.writeFile(file);
}
