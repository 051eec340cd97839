import { readFileSync } from 'fs';
import path from 'path';
import { readXlsx } from '../../../src/adapters/xlsx/read-workbook';
import { formulaAt, isEmptyCell } from '../../../src/core/grid/types';
import { Grid } from '../../../src/core/grid/grid';
import { sheetData, workbookPackage, zipParts, excelStyleResults } from '../../helpers/xlsx-package';

/** The package reader: what each kind of cell becomes in a SheetSnapshot, and what it costs. */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'workbooks');

function only(xml: string, extra = {}, options = {}) {
  return readXlsx(workbookPackage([{ name: 'S', xml }], extra, options)).snapshots[0];
}

describe('cell values', () => {
  it('reads shared strings (rich text joined, phonetic guides left out) and inline strings', () => {
    const sst = `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>项目名称</t></si><si><r><rPr><b/></rPr><t>评价</t></r><r><t xml:space="preserve">得分 </t></r><rPh sb="0" eb="2"><t>ピン</t></rPh></si></sst>`;
    const parts = {
      'xl/sharedStrings.xml': sst,
      'xl/_rels/workbook.extra': '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
    };
    const s = only('<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>县_x000D_教育局</t></is></c></row></sheetData>', parts);
    expect(s.values[0]).toEqual(['项目名称', '评价得分 ', '县\r教育局']);
  });

  it('reads numbers, booleans, error values, and dates by their number format (built-in, Chinese custom, 1904)', () => {
    const xml = '<sheetData><row r="1"><c r="A1"><v>85.5</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="e"><v>#DIV/0!</v></c>' + '<c r="D1" s="2"><v>45657</v></c><c r="E1" s="3"><v>45657</v></c><c r="F1" s="4"><v>0.1</v></c></row></sheetData>';
    const s = only(xml);
    expect(s.values[0].slice(0, 3)).toEqual([85.5, true, { error: '#DIV/0!' }]);
    expect(s.values[0][3]).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(s.values[0][4]).toEqual(new Date(Date.UTC(2024, 11, 31)));
    expect(s.values[0][5]).toBe(0.1);
    expect(s.numberFormats?.[0]?.[5]).toBe('0.00%');
    const in1904 = readXlsx(workbookPackage([{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" s="2"><v>0</v></c></row></sheetData>' }], {}, { workbookPr: '<workbookPr date1904="1"/>' })).snapshots[0];
    expect(in1904.values[0][0]).toEqual(new Date(Date.UTC(1904, 0, 1)));
  });

  it('keeps formulas beside their cached results: none, an empty text, a value; shared and array formulas too', () => {
    const s = readXlsx(excelStyleResults()).snapshots[0];
    expect(formulaAt(s, 3, 3)).toBe('=ROUND((88+93)/2,2)');
    expect(s.values[3][3]).toBeUndefined();
    expect(formulaAt(s, 4, 6)).toBe('=IF(D5>=90,"优秀","")');
    expect(s.values[4][6]).toBeUndefined();
    expect(formulaAt(s, 2, 6)).toBe('=IF(D3>=90,"优秀","良好")');
    expect(s.values[2][6]).toBe('优秀');
    expect(formulaAt(s, 6, 5)).toBe('=F2*1.4461'); // a shared formula's later cell
    expect(formulaAt(s, 7, 9)).toBe('=SUM(J2:J7)'); // an array formula
    // A formula is never empty, whatever it shows.
    expect(isEmptyCell(s, 3, 3)).toBe(false);
    expect(isEmptyCell(s, 4, 6)).toBe(false);
    expect(isEmptyCell(s, 3, 6)).toBe(true);
  });

  it('reads rows and cells written without r attributes in order', () => {
    const s = only('<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData>');
    expect(s.values[0]).toEqual([1, 2]);
    expect(s.values[1][2]).toBe(3);
    expect(s.values[1][3]).toBe(4);
  });

  it('reads a sheet whose elements carry a namespace prefix (x:c), as some generators write them', () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>评价得分</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:C2"/></x:mergeCells></x:worksheet>`;
    const s = only(xml);
    expect(s.values[1][1]).toBe('评价得分');
    expect(s.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });
});

describe('sparse: memory and time follow the cells that hold something', () => {
  it('a stray value at XFD1048576 is one entry, and the sheet rows are holes, not nulls', () => {
    const s = only(sheetData([['项目名称']]).replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
    expect(s.values.length).toBe(1_048_576);
    expect(Object.keys(s.values)).toEqual(['0', '1048575']);
    expect(Object.keys(s.values[1_048_575])).toEqual(['16383']);
    const grid = new Grid(s);
    expect(grid.rows()).toEqual([0, 1_048_575]);
  });

  it('cells that are only styled are not values', () => {
    const s = only('<sheetData><row r="1"><c r="A1" s="1"/><c r="B1" s="1"><v>2</v></c></row><row r="5" s="1" customFormat="1"><c r="C5" s="1"/></row></sheetData>');
    expect(Object.keys(s.values)).toEqual(['0']);
    expect(Object.keys(s.values[0])).toEqual(['1']);
  });

  it('a merge over E1:XFD1048576 is one rectangle, clipped by the grid to the cells that exist', () => {
    const s = only(`${sheetData([['a', 'b']])}<mergeCells count="1"><mergeCell ref="E1:XFD1048576"/></mergeCells>`);
    expect(s.merges).toEqual([{ top: 0, left: 4, bottom: 1_048_575, right: 16_383 }]);
    expect(new Grid(s).bottom).toBe(0);
  });
});

describe('protection', () => {
  it.each([
    ['sheet="1" (Excel, openpyxl)', '<sheetProtection sheet="1" objects="1"/>', true],
    ['sheet="true" (LibreOffice)', '<sheetProtection sheet="true" objects="true" scenarios="true"/>', true],
    ['sheet="0"', '<sheetProtection sheet="0"/>', false],
    ['no sheet attribute', '<sheetProtection objects="1"/>', false],
  ])('%s', (_label, element, expected) => {
    expect(only(`${sheetData([['x']])}${element}`).protected).toBe(expected);
  });

  it('sees LibreOffice protection in a file LibreOffice saved', () => {
    const book = readXlsx(new Uint8Array(readFileSync(path.join(FIXTURES, 'libreoffice-results.xlsx'))));
    expect(book.snapshots.find((s) => s.name === '评价结果（已锁定）')!.protected).toBe(true);
    expect(book.snapshots.find((s) => s.name === '评价结果')!.protected).toBe(false);
  });
});

describe('package structure', () => {
  it('follows absolute relationship targets (openpyxl) and matches part names case-insensitively', () => {
    const book = readXlsx(new Uint8Array(readFileSync(path.join(FIXTURES, 'openpyxl-results.xlsx'))));
    expect(book.snapshots.map((s) => s.name)).toEqual(['绩效目标申报表', '评价结果', '填表说明']);
    const relsUpper = zipParts({
      '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/XL/Workbook.xml"/></Relationships>',
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="a"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/Sheet%201.xml"/></Relationships>',
      'xl/worksheets/sheet 1.xml': `\uFEFF<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`,
    });
    expect(readXlsx(relsUpper).snapshots[0].values[0][0]).toBe(7);
  });

  it('skips veryHidden sheets and chart sheets, keeps hidden ones', () => {
    const bytes = workbookPackage([
      { name: '可见', xml: sheetData([[1]]) },
      { name: '隐藏', xml: sheetData([[2]]), state: 'hidden' },
      { name: '深藏', xml: sheetData([[3]]), state: 'veryHidden' },
    ]);
    expect(readXlsx(bytes).snapshots.map((s) => s.name)).toEqual(['可见', '隐藏']);
  });
});
