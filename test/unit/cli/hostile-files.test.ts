import { promises as fs, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strToU8, zipSync } from 'fflate';
import { runCli, sha256 } from '../../helpers/cli';
import { sheetData, workbookPackage } from '../../helpers/xlsx-package';

/**
 * Files that once crashed or hung the command line or got a misleading answer (issue 9): each gets a clear
 * message naming the file and saying what to do, exit 2 when nothing could be read, and the rest of the
 * batch is still checked.
 */

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'workbooks');
let dir: string;
const f: Record<string, string> = {};

const GOAL_ROWS = [
  ['项目支出绩效目标申报表'],
  ['项目名称', '城区学校校舍维修改造项目'],
  ['主管部门', '县教育局', '实施单位', '县第一中学'],
  ['项目资金（万元）', '年度资金总额', 100],
  [null, '其中：财政拨款', 80],
  [null, '其他资金', 20],
  ['年度总体目标', '为改善办学条件，2025年完成3所学校校舍维修改造共4200平方米，维修后校舍安全达标率达到100%。'],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米'],
  ['产出指标', '质量指标', '工程验收合格率', '明显提升'],
  ['效益指标', '社会效益指标', '受益学生人数', '≥3500人'],
];

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-hostile-'));
  const put = async (name: string, bytes: Uint8Array | string) => {
    f[name] = path.join(dir, name);
    await fs.writeFile(f[name], bytes);
  };
  await put('goal.xlsx', workbookPackage([{ name: '目标表', xml: sheetData(GOAL_ROWS) }]));
  // One stray value far away, a merge over most of the sheet, a value at XFD10000 (issue 9: OOM, 30 s / 2 GB).
  await put('stray.xlsx', workbookPackage([{ name: '目标表', xml: sheetData(GOAL_ROWS).replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>') }]));
  await put('huge-merge.xlsx', workbookPackage([{ name: '目标表', xml: `${sheetData(GOAL_ROWS)}<mergeCells count="1"><mergeCell ref="E1:XFD1048576"/></mergeCells>` }]));
  await put('xfd10000.xlsx', workbookPackage([{ name: '目标表', xml: sheetData(GOAL_ROWS).replace('</sheetData>', '<row r="10000"><c r="XFD10000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>') }]));
  await fs.copyFile(path.join(FIXTURES, 'libreoffice-saved-as-ods.xlsx'), (f['ods.xlsx'] = path.join(dir, 'ods.xlsx')));
  await put('plain-zip.xlsx', zipSync({ 'readme.txt': strToU8('不是工作簿') }));
  await put('no-workbook.xlsx', zipSync({ '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') }));
  await put('xlsb.xlsx', zipSync({ '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>'), 'xl/workbook.bin': new Uint8Array([1, 2, 3]) }));
  const missingSheet = workbookPackage([{ name: '目标表', xml: sheetData(GOAL_ROWS) }]);
  // The workbook names a sheet part the archive does not hold.
  const { unzipSync } = await import('fflate');
  const parts = unzipSync(missingSheet);
  delete parts['xl/worksheets/sheet1.xml'];
  await put('missing-sheet.xlsx', zipSync(parts));
  await put('empty.xlsx', new Uint8Array());
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function checkJson(...files: string[]): Promise<{ code: number; files: { file: string; error: string | null; sheets: { findings: unknown[] }[] }[] }> {
  const { code, out } = await runCli(['check', '--format', 'json', ...files]);
  return { code, files: JSON.parse(out).files };
}

describe('huge and sparse sheets', () => {
  // A hang guard, not a timing claim (npm run bench measures): the old reader ran out of memory here.
  it('a stray cell at XFD1048576, a merge over E1:XFD1048576 and a value at XFD10000 are checked with the rest of the batch', async () => {
    const { code, files } = await checkJson(f['stray.xlsx'], f['huge-merge.xlsx'], f['xfd10000.xlsx'], f['goal.xlsx']);
    expect(files.map((x) => x.error)).toEqual([null, null, null, null]);
    const findings = files.map((x) => x.sheets.reduce((n, s) => n + s.findings.length, 0));
    // The far cells change nothing about the goal table: the same findings as the plain file.
    expect(findings.slice(0, 3)).toEqual([findings[3], findings[3], findings[3]]);
    expect(findings[3]).toBeGreaterThan(0);
    expect(code).toBe(1);
  }, 20_000);

  it('annotates such a file without expanding it', async () => {
    const out = path.join(dir, 'stray-annotated.xlsx');
    const { code } = await runCli(['check', '--annotate', out, f['stray.xlsx']]);
    expect(code).toBe(1);
    expect((await fs.stat(out)).size).toBeLessThan(20_000);
  }, 20_000);
});

describe('files renamed to .xlsx that are not workbooks: a clear error and exit 2', () => {
  it.each([
    ['ods.xlsx', /OpenDocument.*另存为/],
    ['plain-zip.xlsx', /没有 Excel 工作簿.*确认选对了文件/],
    ['no-workbook.xlsx', /没有 Excel 工作簿（缺少 xl\/workbook\.xml）/],
    ['xlsb.xlsx', /二进制工作簿（\.xlsb）/],
    ['missing-sheet.xlsx', /文件不完整：工作表「目标表」/],
    ['empty.xlsx', /文件为空/],
  ])('%s', async (name, message) => {
    const { code, files } = await checkJson(f[name]);
    expect(files[0].file).toBe(f[name]);
    expect(files[0].error).toMatch(message);
    expect(code).toBe(2);
    // The text output names the file, then the reason (not "未找到绩效目标表").
    const text = await runCli(['check', f[name]]);
    expect(text.out).toContain(f[name]);
    expect(text.out).not.toContain('未找到绩效目标表');
    expect(text.code).toBe(2);
  });

  it('says it in English with --lang en', async () => {
    const { out, code } = await runCli(['check', '--lang', 'en', '--format', 'json', f['ods.xlsx']]);
    expect(JSON.parse(out).files[0].error).toMatch(/OpenDocument spreadsheet \(\.ods\) renamed to \.xlsx/);
    expect(code).toBe(2);
  });

  it('fill on such a file: exit 2, the reason, and no output written', async () => {
    const out = path.join(dir, 'ods-filled.xlsx');
    const { code, out: text } = await runCli(['fill', f['ods.xlsx'], '-o', out]);
    expect(code).toBe(2);
    expect(text).toMatch(/OpenDocument/);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('the other files of the batch are still checked', async () => {
    const { code, files } = await checkJson(f['ods.xlsx'], f['goal.xlsx']);
    expect(files[0].error).toBeTruthy();
    expect(files[1].error).toBeNull();
    expect(code).toBe(1);
  });
});

describe('workbooks made by other tools that the old reader refused', () => {
  it('openpyxl with a note, an image and a chart (absolute relationship targets) is read and annotated', async () => {
    const input = path.join(FIXTURES, 'openpyxl-results.xlsx');
    const before = await sha256(input);
    const out = path.join(dir, 'openpyxl-annotated.xlsx');
    const { files } = JSON.parse((await runCli(['check', '--format', 'json', '--annotate', out, input])).out);
    expect(files[0].error).toBeNull();
    expect(files[0].sheets.length).toBe(2);
    expect(files[0].annotated).toBe(out);
    expect(await sha256(input)).toBe(before);
  });

  it('LibreOffice with a table is filled (no "reading \'theme\'")', async () => {
    const out = path.join(dir, 'lo-filled.xlsx');
    const { out: json } = await runCli(['fill', '--format', 'json', path.join(FIXTURES, 'libreoffice-results.xlsx'), '-o', out]);
    const run = JSON.parse(json);
    expect(run.error).toBeNull();
    expect(run.sheets.find((s: { name: string }) => s.name === '评价结果').cellsWritten).toBeGreaterThan(0);
  });

  it('LibreOffice protection (sheet="true") is seen: fill writes nothing into the locked sheet and says why', async () => {
    const input = path.join(FIXTURES, 'libreoffice-results.xlsx');
    const out = path.join(dir, 'lo-locked.xlsx');
    const { out: json } = await runCli(['fill', '--format', 'json', input, '-o', out]);
    const locked = JSON.parse(json).sheets.find((s: { name: string }) => s.name === '评价结果（已锁定）');
    expect(locked.cellsWritten).toBe(0);
    expect(locked.skippedRows.length).toBeGreaterThan(0);
    for (const r of locked.skippedRows) expect(r.reason).toMatch(/受保护.*撤销工作表保护/);
    const sheetPart = 'xl/worksheets/sheet5.xml';
    const { unzipSync } = await import('fflate');
    expect(Buffer.from(unzipSync(new Uint8Array(await fs.readFile(out)))[sheetPart]).equals(Buffer.from(unzipSync(new Uint8Array(readFileSync(input)))[sheetPart]))).toBe(true);
  });
});
