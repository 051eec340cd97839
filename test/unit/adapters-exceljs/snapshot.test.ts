import ExcelJS from 'exceljs';
import { toCellValue, worksheetSnapshot } from '../../helpers/exceljs/snapshot';
import { Grid } from '../../../src/core/grid/grid';

describe('ExcelJS cell values → CellValue', () => {
  it.each<[string, ExcelJS.CellValue, unknown]>([
    ['number', 42, 42],
    ['text', '≥95%', '≥95%'],
    ['boolean', true, true],
    ['null', null, null],
    ['error value', { error: '#DIV/0!' } as ExcelJS.CellErrorValue, { error: '#DIV/0!' }],
    ['rich text', { richText: [{ text: '≥' }, { text: '95%', font: { bold: true } }] }, '≥95%'],
    ['formula with its cached result', { formula: 'C6+C7', result: 100 } as ExcelJS.CellFormulaValue, 100],
    ['formula whose result is an error', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue, { error: '#DIV/0!' }],
    ['hyperlink', { text: '文件', hyperlink: 'http://example.invalid' }, '文件'],
  ])('%s', (_name, input, expected) => {
    expect(toCellValue(input)).toEqual(expected);
  });

  it('keeps dates as dates', () => {
    const d = new Date(Date.UTC(2025, 9, 31));
    expect(toCellValue(d)).toEqual(d);
  });
});

describe('worksheetSnapshot', () => {
  it('keeps a merged value only in the top-left cell, as Excel does, and records the merge', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A2').value = '产出指标';
    ws.mergeCells('A2:A4');
    ws.getCell('B2').value = '数量';
    ws.getCell('B4').value = '时效';
    const snap = worksheetSnapshot(ws);
    expect(snap.values[1][0]).toBe('产出指标');
    expect(snap.values[2][0]).toBeNull();
    expect(snap.values[3][0]).toBeNull();
    expect(snap.merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
    const grid = new Grid(snap);
    expect(grid.text(3, 0)).toBe('产出指标');
    expect(grid.text(2, 1)).toBe('');
  });

  it('handles an empty sheet', () => {
    const wb = new ExcelJS.Workbook();
    const snap = worksheetSnapshot(wb.addWorksheet('空'));
    expect(snap.values).toEqual([]);
    expect(new Grid(snap).rowCount).toBe(0);
  });

  it('reports sheet protection', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('保护');
    ws.getCell('A1').value = 1;
    (ws as unknown as { sheetProtection: unknown }).sheetProtection = { sheet: true };
    expect(worksheetSnapshot(ws).protected).toBe(true);
  });
});

describe('worksheetSnapshot number formats', () => {
  it('keeps percent formats so 0.95 in a "0%" cell reads as 95%', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('率');
    ws.getCell('B2').value = 0.95;
    ws.getCell('B2').numFmt = '0%';
    ws.getCell('C2').value = 12;
    const snap = worksheetSnapshot(ws);
    expect(new Grid(snap).numberFormat(1, 1)).toBe('0%');
    expect(new Grid(snap).numberFormat(1, 2)).toBeNull();
  });
});
