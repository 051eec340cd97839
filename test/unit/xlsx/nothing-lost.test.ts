import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/adapters/xlsx/read-workbook';
import { NOTE_SEPARATOR } from '../../../src/adapters/common/flag-plan';
import { formulaAt, type SheetSnapshot } from '../../../src/core/grid/types';
import { runCli, sha256 } from '../../helpers/cli';
import { assertWellFormed, changedParts, excelStyleResults, partText, unzipParts } from '../../helpers/xlsx-package';

/**
 * Nothing lost (issue 9): after `fill` and `check --annotate`, a copy differs from its input only in the
 * parts we touch; every other zip part is byte-identical; formulas and earlier notes survive; the input is
 * untouched. Run on workbooks made by the real tools (openpyxl, LibreOffice; test/fixtures/workbooks) and on
 * an Excel-style package built here (x14 validations, sparklines, shared and array formulas, calcChain …).
 */

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'workbooks');
let dir: string;
const books: Record<string, string> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-nothing-lost-'));
  for (const f of ['openpyxl-results.xlsx', 'libreoffice-results.xlsx']) {
    books[f] = path.join(dir, f);
    await fs.copyFile(path.join(FIXTURES, f), books[f]);
  }
  books['excel-style.xlsx'] = path.join(dir, 'excel-style.xlsx');
  await fs.writeFile(books['excel-style.xlsx'], excelStyleResults());
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function bytes(file: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(file));
}

/** Parts a copy may change: the sheets we wrote, styles, notes (comments + VML), their rels, content types, workbook.xml. */
function allowed(part: string, sheetParts: readonly string[]): boolean {
  return (
    sheetParts.includes(part) ||
    sheetParts.some((s) => part === s.replace(/([^/]+)$/, '_rels/$1.rels')) ||
    /^xl\/styles\.xml$/.test(part) ||
    /(^|\/)comments?\d*\.xml$/.test(part) ||
    /\.vml$/.test(part) ||
    part === '[Content_Types].xml' ||
    part === 'xl/workbook.xml'
  );
}

function sheetPartOf(file: Uint8Array, name: string): string {
  return readXlsx(file).pkg.sheets.find((s) => s.name === name)!.part!;
}

function formulas(s: SheetSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  s.formulas?.forEach((row, r) => row?.forEach((f, c) => f && out.set(`${r}:${c}`, f)));
  return out;
}

async function excelJsOpens(file: Uint8Array): Promise<boolean> {
  try {
    await new ExcelJS.Workbook().xlsx.load(file as unknown as ArrayBuffer);
    return true;
  } catch {
    return false;
  }
}

const CASES: { book: string; results: string; goal?: string }[] = [
  { book: 'openpyxl-results.xlsx', results: '评价结果', goal: '绩效目标申报表' },
  { book: 'libreoffice-results.xlsx', results: '评价结果', goal: '绩效目标申报表' },
  { book: 'excel-style.xlsx', results: '评价结果' },
];

describe.each(CASES)('fill on $book', ({ book, results }) => {
  let input: Uint8Array;
  let output: Uint8Array;
  let json: { sheets: { name: string; cellsWritten: number; skippedCells: { cell: string; existing: string; reason: string }[] }[]; recalculateOnOpen?: boolean };
  let inputHash: string;

  beforeAll(async () => {
    inputHash = await sha256(books[book]);
    input = await bytes(books[book]);
    const out = path.join(dir, `filled-${book}`);
    const run = await runCli(['fill', '--format', 'json', books[book], '-o', out]);
    json = JSON.parse(run.out);
    output = await bytes(out);
  });

  it('leaves the input byte-identical', async () => {
    expect(await sha256(books[book])).toBe(inputHash);
  });

  it('writes something, and changes no zip part other than the touched ones', () => {
    expect(json.sheets.find((s) => s.name === results)!.cellsWritten).toBeGreaterThan(0);
    const diff = changedParts(input, output);
    const touched = [sheetPartOf(input, results)];
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.changed.filter((p) => !allowed(p, touched))).toEqual([]);
    // Charts, drawings, pivots, tables, media, properties, other sheets: all kept byte for byte.
    const kept = Object.keys(unzipParts(input)).filter((p) => !diff.changed.includes(p));
    expect(kept.length).toBeGreaterThan(Object.keys(unzipParts(input)).length / 2);
  });

  it('keeps every formula, and lists a formula cell it would have written instead of replacing it', () => {
    const before = readXlsx(input).snapshots.find((s) => s.name === results)!;
    const after = readXlsx(output).snapshots.find((s) => s.name === results)!;
    const lost = [...formulas(before)].filter(([k, f]) => formulas(after).get(k) !== f);
    expect(lost).toEqual([]);
    const skipped = json.sheets.find((s) => s.name === results)!.skippedCells;
    for (const c of skipped.filter((x) => x.reason.includes('公式'))) expect(c.existing).toMatch(/^=/);
  });

  it('asks for recalculation on open (formulas depend on the filled amounts)', () => {
    expect(json.recalculateOnOpen).toBe(true);
    expect(partText(output, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="(1|true)"/);
  });

  it('writes well-formed XML that ExcelJS, an independent reader, opens wherever it opens the input', async () => {
    const diff = changedParts(input, output);
    for (const p of diff.changed.filter((x) => !x.endsWith('.vml'))) assertWellFormed(partText(output, p), p);
    if (!(await excelJsOpens(input))) return; // ExcelJS 4.4 cannot read openpyxl's absolute targets at all
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    expect(wb.getWorksheet(results)).toBeDefined();
  });
});

describe('fill on the Excel-style package: what Excel keeps beside the cells', () => {
  let input: Uint8Array;
  let output: Uint8Array;

  beforeAll(async () => {
    input = excelStyleResults();
    const out = path.join(dir, 'excel-style-filled.xlsx');
    await runCli(['fill', books['excel-style.xlsx'], '-o', out]);
    output = await bytes(out);
  });

  it('keeps x14 validations, sparklines, conditional formats, print settings, row heights and protection in the sheet', () => {
    const before = partText(input, 'xl/worksheets/sheet1.xml');
    const after = partText(output, 'xl/worksheets/sheet1.xml');
    const tail = (s: string) => s.slice(s.indexOf('</sheetData>'));
    expect(tail(after)).toBe(tail(before));
    expect(after).toContain('<row r="1" ht="42.75" customHeight="1">');
    expect(after.slice(0, after.indexOf('<sheetData>'))).toBe(before.slice(0, before.indexOf('<sheetData>')).replace('<dimension ref="A1:K8"/>', '<dimension ref="A1:K8"/>'));
    // The protected instructions sheet, the chart, the drawing, the printer settings and the custom properties.
    for (const p of ['xl/worksheets/sheet2.xml', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/printerSettings/printerSettings1.bin', 'docProps/custom.xml', 'xl/calcChain.xml']) {
      expect(changedParts(input, output).changed).not.toContain(p);
    }
  });

  it('keeps the sheet-scoped Print_Area as it was', () => {
    expect(partText(output, 'xl/workbook.xml')).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">评价结果!$A$1:$K$8</definedName>');
  });

  it('does not write over the shared formula, the array formula or the formula with an empty result', () => {
    const after = readXlsx(output).snapshots[0];
    expect(formulaAt(after, 5, 5)).toBe('=F2*1.4461');
    expect(formulaAt(after, 6, 5)).toBe('=F2*1.4461');
    expect(formulaAt(after, 4, 6)).toBe('=IF(D5>=90,"优秀","")');
    expect(formulaAt(after, 7, 9)).toBe('=SUM(J2:J7)');
  });
});

describe.each(CASES.filter((c) => c.goal))('check --annotate on $book', ({ book, goal }) => {
  let input: Uint8Array;
  let output: Uint8Array;
  let inputHash: string;
  let findings: { cell: string; message: string }[];

  beforeAll(async () => {
    inputHash = await sha256(books[book]);
    input = await bytes(books[book]);
    const out = path.join(dir, `annotated-${book}`);
    const run = await runCli(['check', '--format', 'json', '--annotate', out, books[book]]);
    const doc = JSON.parse(run.out);
    expect(doc.files[0].annotated).toBe(out);
    findings = doc.files[0].sheets.find((s: { name: string }) => s.name === goal).findings;
    output = await bytes(out);
  });

  it('leaves the input byte-identical', async () => {
    expect(await sha256(books[book])).toBe(inputHash);
  });

  it('changes only the flagged sheets, styles and note parts', () => {
    const diff = changedParts(input, output);
    const flagged = readXlsx(input).pkg.sheets.filter((s) => s.name === goal || s.name === '评价结果').map((s) => s.part!);
    expect(diff.removed).toEqual([]);
    expect([...diff.changed, ...diff.added].filter((p) => !allowed(p, flagged))).toEqual([]);
  });

  it('keeps the earlier note and appends the finding to it', () => {
    const parts = unzipParts(output);
    const comments = Object.keys(parts).filter((p) => /comments?\d*\.xml$/.test(p)).map((p) => new TextDecoder().decode(parts[p]));
    const all = comments.join('\n');
    expect(all).toContain('经办人：数量待采购清单确定后再填');
    const d10 = findings.find((f) => f.cell === 'D10')!;
    expect(d10).toBeDefined();
    const note = /<comment ref="D10"[\s\S]*?<\/comment>/.exec(all)![0];
    expect(note.indexOf('经办人')).toBeLessThan(note.indexOf(NOTE_SEPARATOR.trim()));
    expect(note).toContain(d10.message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('gives every flagged cell a note and ExcelJS reads them (where it reads the input)', async () => {
    if (!(await excelJsOpens(input))) return;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(goal!)!;
    for (const f of findings) {
      const note = ws.getCell(f.cell).note;
      const text = typeof note === 'string' ? note : ((note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
      expect(text).toContain(f.message);
    }
  });
});

describe('check --annotate on the Excel-style package (notes added to a sheet that has one)', () => {
  it('appends to the existing note, adds the others and keeps the note drawing Excel wrote', async () => {
    const out = path.join(dir, 'excel-style-annotated.xlsx');
    const { out: json } = await runCli(['check', '--format', 'json', '--annotate', out, books['excel-style.xlsx']]);
    const sheet = JSON.parse(json).files[0].sheets[0];
    expect(sheet.findings.length).toBeGreaterThan(0);
    const output = await bytes(out);
    const vml = partText(output, 'xl/drawings/vmlDrawing1.vml');
    expect(vml.startsWith(partText(excelStyleResults(), 'xl/drawings/vmlDrawing1.vml').replace(/<\/xml>$/, ''))).toBe(true);
    const comments = partText(output, 'xl/comments1.xml');
    assertWellFormed(comments, 'comments1.xml');
    for (const f of sheet.findings) expect(comments).toContain(`ref="${f.cell}"`);
  });
});
