import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCli, sha256, writeSamples } from '../../helpers/cli';
import { evaluationSamples } from '../../../scripts/samples/evaluation-samples';

let dir: string;
const files: Record<string, string> = {};


/** Column number (1-based) of a header text in the header row that contains it. */
function columnOf(ws: ExcelJS.Worksheet, header: string): { row: number; col: number } {
  let found: { row: number; col: number } | undefined;
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (!found && typeof cell.value === 'string' && cell.value.replace(/\s/g, '') === header) found = { row: r, col: c };
    });
  });
  if (!found) throw new Error(`header ${header} not found`);
  return found;
}

function rowOf(ws: ExcelJS.Worksheet, project: string): number {
  let found = 0;
  ws.eachRow((row, r) => row.eachCell((cell) => void (cell.value === project && !found && (found = r))));
  if (!found) throw new Error(`project ${project} not found`);
  return found;
}

async function read(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0];
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-fill-'));
  Object.assign(files, await writeSamples(dir, evaluationSamples()));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('goal-lint fill on a results table', () => {
  let out: string;
  let ws: ExcelJS.Worksheet;
  let code: number;
  let inputHash: string;

  beforeAll(async () => {
    inputHash = await sha256(files['results-2025.xlsx']);
    out = path.join(dir, 'filled.xlsx');
    code = (await runCli(['fill', files['results-2025.xlsx'], '-o', out])).code;
    ws = await read(out);
  });

  it('leaves the input byte-identical', async () => {
    expect(await sha256(files['results-2025.xlsx'])).toBe(inputHash);
  });

  it('writes grade, ratio (percent format), amounts (two decimals), next budget and 结果应用 as numbers and text', () => {
    const r = rowOf(ws, '高标准农田建设后续管护'); // score 90 on a base of 1.45 万元: the float trap 1.45 × 10%
    const cell = (h: string) => ws.getCell(r, columnOf(ws, h).col);
    expect(cell('评价等级').value).toBe('优秀');
    expect(cell('调整比例').value).toBe(0.1);
    expect(cell('调整比例').numFmt).toMatch(/%/);
    expect(cell('调整金额（万元）').value).toBe(0.15);
    expect(cell('调整金额（万元）').numFmt).toBe('0.00');
    expect(cell('本年度年初预算项目经费（万元）').value).toBe(1.6);
    expect(String(cell('结果应用').value)).toMatch(/10%调增/);
  });

  it('puts 89.99 in 良好 and rounds 2.9 × 5% half away from zero', () => {
    const r = rowOf(ws, '农村公路日常养护');
    expect(ws.getCell(r, columnOf(ws, '评价等级').col).value).toBe('良好');
    expect(ws.getCell(r, columnOf(ws, '调整金额（万元）').col).value).toBe(0.15);
  });

  it('gives rows with an invalid score no outputs, and exits 1', () => {
    const r = rowOf(ws, '电子商务进农村综合示范'); // score 105
    for (const h of ['评价等级', '调整比例', '调整金额（万元）', '本年度年初预算项目经费（万元）', '结果应用']) {
      expect(ws.getCell(r, columnOf(ws, h).col).value).toBeNull();
    }
    expect(code).toBe(1);
  });

  it('keeps what the clerk typed', () => {
    const r = rowOf(ws, '残疾儿童康复救助');
    expect(ws.getCell(r, columnOf(ws, '评价等级').col).value).toBe('优秀');
  });
});

describe('goal-lint fill options and output', () => {
  it('overwrites typed outputs only with --overwrite', async () => {
    const out = path.join(dir, 'overwritten.xlsx');
    await runCli(['fill', '--overwrite', files['results-2025.xlsx'], '-o', out]);
    const ws = await read(out);
    expect(ws.getCell(rowOf(ws, '残疾儿童康复救助'), columnOf(ws, '评价等级').col).value).toBe('良好');
  });

  it('creates missing output columns at the right of the table, with their headers', async () => {
    const out = path.join(dir, 'summary-filled.xlsx');
    await runCli(['fill', files['results-summary-2025.xlsx'], '-o', out]);
    const before = await read(files['results-summary-2025.xlsx']);
    const ws = await read(out);
    expect(() => columnOf(before, '结果应用')).toThrow();
    // This table has 等级 (an alias of 评价等级) but none of the other four outputs.
    const headers = ['调整比例', '调整金额（万元）', '本年度年初预算项目经费（万元）', '结果应用'].map((h) => columnOf(ws, h));
    expect(new Set(headers.map((h) => h.row)).size).toBe(1);
    const cols = headers.map((h) => h.col);
    expect(cols).toEqual([...cols].sort((a, b) => a - b));
    expect(Math.min(...cols)).toBeGreaterThan(before.actualColumnCount - 1);
  });

  it('prints a JSON summary per sheet with --format json', async () => {
    const { out } = await runCli(['fill', '--format', 'json', files['results-2025.xlsx'], '-o', path.join(dir, 'j.xlsx')]);
    const doc = JSON.parse(out);
    expect(doc.error).toBeNull();
    const [s] = doc.sheets;
    expect(s.kind).toBe('evaluation');
    expect(s.rowsFilled).toBeGreaterThan(0);
    expect(s.skippedRows.map((r: { reason: string }) => r.reason).join('|')).toMatch(/105/);
    expect(s.skippedCells[0]).toEqual(expect.objectContaining({ cell: expect.stringMatching(/^[A-Z]+\d+$/), existing: expect.any(String), reason: expect.any(String) }));
    expect(Object.values(s.summary.byGrade as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(s.rowsFilled);
  });

  it('fills a self-evaluation table', async () => {
    const { out, code } = await runCli(['fill', '--format', 'json', files['self-evaluation-2025.xlsx'], '-o', path.join(dir, 'self.xlsx')]);
    const doc = JSON.parse(out);
    expect(doc.sheets[0].kind).toBe('self-evaluation');
    expect(Number(doc.sheets[0].summary.totalScore)).toBeGreaterThan(0);
    expect([0, 1]).toContain(code);
  });

  it('refuses to write over its input (exit 2) and requires -o', async () => {
    const input = files['results-2025.xlsx'];
    const same = await runCli(['fill', input, '-o', input]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/是同一个文件：goal-lint 从不修改输入文件/);
    expect((await runCli(['fill', input])).code).toBe(2);
  });

  it('says so when a file has nothing to fill', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').getCell('A1').value = '没有表格';
    const f = path.join(dir, 'nothing.xlsx');
    await wb.xlsx.writeFile(f);
    const { code, out } = await runCli(['fill', f, '-o', path.join(dir, 'nothing-out.xlsx')]);
    expect(code).toBe(1);
    expect(out).toMatch(/未找到可填充的表/);
  });

  it('exits 2 with a clear reason for an unreadable input', async () => {
    const f = path.join(dir, 'broken.xlsx');
    await fs.writeFile(f, 'not a workbook');
    const { code, out } = await runCli(['fill', f, '-o', path.join(dir, 'broken-out.xlsx')]);
    expect(code).toBe(2);
    expect(out).toMatch(/不是 \.xlsx 文件/);
  });
});
