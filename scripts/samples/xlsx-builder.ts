import type ExcelJS from 'exceljs';

export interface SampleSpec {
  /** File name under assets/samples/. */
  readonly file: string;
  /** What the sample shows (printed by the generator, listed in assets/samples/README.md). */
  readonly about: string;
  build(wb: ExcelJS.Workbook): void;
}

type Row = (string | number | Date | null | { error: string })[];

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };

/**
 * Writes rows from `top` (1-based), merges A1 ranges, and gives the table the look of a real form:
 * thin borders, wrapped text, bold header rows.
 */
export function writeTable(
  ws: ExcelJS.Worksheet,
  rows: readonly Row[],
  options: { top?: number; merges?: readonly string[]; boldRows?: readonly number[]; widths?: readonly number[] } = {},
): void {
  const top = options.top ?? 1;
  rows.forEach((r, i) => {
    const row = ws.getRow(top + i);
    r.forEach((v, c) => {
      if (v === null) return;
      row.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
  });
  for (const m of options.merges ?? []) ws.mergeCells(m);
  const width = Math.max(...rows.map((r) => r.length));
  for (let i = 0; i < rows.length; i++) {
    const row = ws.getRow(top + i);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { vertical: 'middle', wrapText: true };
    }
    if (options.boldRows?.includes(top + i)) row.font = { bold: true };
  }
  options.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

export function title(ws: ExcelJS.Worksheet, text: string, row: number, lastCol: string): void {
  ws.getCell(`A${row}`).value = text;
  ws.mergeCells(`A${row}:${lastCol}${row}`);
  ws.getCell(`A${row}`).font = { bold: true, size: 16 };
  ws.getCell(`A${row}`).alignment = { horizontal: 'center' };
}
