import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { runCli, sha256 } from '../../helpers/cli';
import { batchWorkbook } from '../../../scripts/samples/review-batch';
import { loadWorkbook } from '../../helpers/exceljs/read-file';

/**
 * goal-lint review on a county's folder: the bundled samples, generated submissions in a nested folder, and
 * files that cannot be read. The summary workbook is read back with ExcelJS and its package is inspected.
 */

// Twenty workbooks read, reviewed and summarised per run: seconds on a busy shared machine.
jest.setTimeout(60_000);

const SAMPLES = path.join(__dirname, '../../../assets/samples');
let dir: string;
let input: string;
const inputs: string[] = [];

interface JsonProject {
  sheet: string;
  cell: string;
  projectName: string;
  department: string | null;
  funds: number | string | null;
  score: number;
  conclusion: string;
  conclusionKey: string;
  counts: Record<string, number>;
  opinion: string;
  findings: { ruleId: string; cell: string; message: string }[];
}
interface JsonDoc {
  output: string;
  files: { file: string; error: string | null; projects: JsonProject[] }[];
  summary: { files: number; unreadable: number; projects: number; byConclusion: Record<string, number> };
}

async function review(args: string[]): Promise<{ code: number; doc: JsonDoc; err: string }> {
  const r = await runCli(['review', input, '--format', 'json', ...args]);
  if (!r.out) throw new Error(`no output (exit ${r.code}): ${r.err}`);
  return { code: r.code, doc: JSON.parse(r.out) as JsonDoc, err: r.err };
}

/** The minimal OpenDocument spreadsheet: a zip whose `mimetype` says so (what LibreOffice writes first). */
function odsBytes(): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'META-INF/manifest.xml': strToU8('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'),
    'content.xml': strToU8('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
  });
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-review-'));
  input = path.join(dir, '2025年申报');
  const samples = path.join(input, 'samples');
  const generated = path.join(input, '乡镇', 'generated');
  await fs.mkdir(samples, { recursive: true });
  await fs.mkdir(generated, { recursive: true });
  for (const f of (await fs.readdir(SAMPLES)).filter((f) => f.endsWith('.xlsx'))) {
    await fs.copyFile(path.join(SAMPLES, f), path.join(samples, f));
    inputs.push(path.join(samples, f));
  }
  for (let i = 0; i < 6; i++) {
    const b = batchWorkbook(i);
    const wb = new ExcelJS.Workbook();
    b.build(wb);
    await wb.xlsx.writeFile(path.join(generated, b.file));
    inputs.push(path.join(generated, b.file));
  }
  const bad = path.join(input, '无法读取');
  await fs.mkdir(bad);
  const whole = await fs.readFile(path.join(SAMPLES, 'goal-good-school.xlsx'));
  const unreadable: [string, Uint8Array][] = [
    ['not-a-zip.xlsx', Buffer.from('这不是表格，只是文字')],
    ['truncated.xlsx', whole.subarray(0, Math.floor(whole.length / 2))],
    ['renamed-ods.xlsx', odsBytes()],
    ['legacy.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])],
  ];
  for (const [name, bytes] of unreadable) {
    await fs.writeFile(path.join(bad, name), bytes);
    inputs.push(path.join(bad, name));
  }
  // Not submissions: Excel's lock file, a hidden file, a text file.
  await fs.writeFile(path.join(samples, '~$goal-bad-gym.xlsx'), 'lock');
  await fs.writeFile(path.join(samples, '.hidden.xlsx'), 'x');
  await fs.writeFile(path.join(input, '说明.txt'), '说明');
}, 60_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('goal-lint review DIR -o 审核汇总.xlsx', () => {
  let doc: JsonDoc;
  let code: number;
  let err: string;
  let out: string;
  let hashes: string[];

  beforeAll(async () => {
    hashes = await Promise.all(inputs.map(sha256));
    out = path.join(dir, '审核汇总.xlsx');
    ({ code, doc, err } = await review(['-o', out, '--jobs', '0']));
  }, 60_000);

  it('reviews every workbook under the folder, recursively and in a stable order, skipping lock and hidden files', () => {
    expect(doc.files.map((f) => path.relative(input, f.file).split(path.sep).join('/'))).toEqual([
      'samples/goal-bad-gym.xlsx',
      'samples/goal-department-summary.xlsx',
      'samples/goal-good-school.xlsx',
      'samples/goal-multi-sheet.xlsx',
      'samples/goal-national-form.xlsx',
      'samples/monitoring-department.xlsx',
      'samples/monitoring-national-form.xlsx',
      'samples/results-2025.xlsx',
      'samples/results-summary-2025.xlsx',
      'samples/self-evaluation-2025.xlsx',
      '乡镇/generated/0001-县教育局.xlsx',
      '乡镇/generated/0002-县卫生健康局.xlsx',
      '乡镇/generated/0003-县农业农村局.xlsx',
      '乡镇/generated/0004-县水利局.xlsx',
      '乡镇/generated/0005-县交通运输局.xlsx',
      '乡镇/generated/0006-县民政局.xlsx',
      '无法读取/legacy.xls',
      '无法读取/not-a-zip.xlsx',
      '无法读取/renamed-ods.xlsx',
      '无法读取/truncated.xlsx',
    ]);
    expect(doc.summary).toMatchObject({ files: 20, unreadable: 4, projects: 17 });
  });

  it('grades each project and explains each unreadable file', () => {
    const byName = new Map(doc.files.flatMap((f) => f.projects.map((p) => [p.projectName, p])));
    expect(byName.get('城区中小学校舍维修改造项目')).toMatchObject({ conclusion: '优', score: 100 });
    expect(byName.get('县第二中学体育馆建设前期工作经费')).toMatchObject({ conclusion: '差' });
    expect(byName.get('校舍维修改造项目（0001）')).toMatchObject({ conclusion: '优', score: 100, department: '县教育局' });
    expect(byName.get('乡村道路养护项目（0002）')).toMatchObject({ conclusion: '良', score: 90, counts: { 'goal/missing-satisfaction': 1 } });
    expect(byName.get('体育馆建设前期工作经费（0004）')).toMatchObject({ conclusion: '差' });
    expect(byName.get('乡村道路养护项目（0002）')!.opinion).toBe(
      '1. 缺少满意度指标，请在“满意度指标—服务对象满意度指标”下补充服务对象满意度指标（如「受益群众满意度 ≥90%」）。\n' +
        '审核结论：良（90分）。请预算单位与财政部门协商，按上述意见修改完善绩效目标后进入项目预算安排流程。',
    );
    const errors = Object.fromEntries(doc.files.filter((f) => f.error).map((f) => [path.basename(f.file), f.error]));
    expect(errors['not-a-zip.xlsx']).toMatch(/不是 \.xlsx 文件/);
    expect(errors['truncated.xlsx']).toMatch(/损坏或不完整/);
    expect(errors['renamed-ods.xlsx']).toMatch(/OpenDocument 表格（\.ods）/);
    expect(errors['legacy.xls']).toMatch(/旧版 \.xls/);
  });

  it('exits 1 (projects to return, files not read), reports progress on stderr and leaves every input byte-identical', async () => {
    expect(code).toBe(1);
    expect(err).toMatch(/审核中 \d+\/20 个文件/);
    expect(err).toMatch(/完成：20 个文件/);
    expect(await Promise.all(inputs.map(sha256))).toEqual(hashes);
  });

  describe('the summary workbook, read back with ExcelJS', () => {
    let wb: ExcelJS.Workbook;
    const projects = () => doc.files.flatMap((f) => f.projects.map((p) => ({ file: f.file, ...p })));

    beforeAll(async () => {
      wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
    }, 60_000);

    function table(name: string): { headers: string[]; rows: ExcelJS.Row[] } {
      const ws = wb.getWorksheet(name)!;
      expect(ws).toBeDefined();
      const headers = (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v));
      const rows: ExcelJS.Row[] = [];
      for (let r = 2; r <= ws.rowCount; r++) rows.push(ws.getRow(r));
      return { headers, rows };
    }

    /** HYPERLINK("target","text") → target resolved against the summary's folder. */
    function link(cell: ExcelJS.Cell): { file: string; sheet: string; cell: string; text: string } {
      const m = /^HYPERLINK\("([^"]*)#'((?:[^']|'')+)'!([A-Z]+\d+)","([^"]*)"\)$/.exec(cell.formula ?? '');
      if (!m) throw new Error(`not a link: ${JSON.stringify(cell.value)}`);
      return { file: path.resolve(path.dirname(out), m[1]), sheet: m[2].replace(/''/g, "'"), cell: m[3], text: m[4] };
    }

    const opened = new Map<string, ExcelJS.Workbook>();
    async function valueAt(file: string, sheet: string, a1: string): Promise<string> {
      if (!opened.has(file)) opened.set(file, await loadWorkbook(file));
      const ws = opened.get(file)!.getWorksheet(sheet);
      if (!ws) throw new Error(`${file} has no sheet ${sheet}`);
      return ws.getCell(a1).text;
    }

    it('has the summary, the overview, one sheet per problem type found and the files not reviewed', () => {
      const found = new Set(projects().flatMap((p) => Object.keys(p.counts)));
      expect(wb.worksheets.map((w) => w.name)).toEqual(['审核汇总', '概况', ...[
        ['goal/placeholder', '模板文字或空白'],
        ['goal/work-as-goal', '把工作当目标'],
        ['goal/unquantified', '无法衡量'],
        ['goal/value-format', '指标值格式'],
        ['goal/value-out-of-range', '数值不合理'],
        ['goal/hierarchy', '指标层级错误'],
        ['goal/duplicate-indicator', '重复指标'],
        ['goal/funds-mismatch', '资金不平衡'],
        ['goal/missing-satisfaction', '缺少满意度指标'],
        ['goal/missing-benefit', '缺少效益指标'],
        ['goal/missing-output-dimension', '产出指标不全'],
        ['goal/overall-goal-incomplete', '总体目标不完整'],
        ['goal/irrelevant', '目标与项目无关'],
      ].filter(([id]) => found.has(id)).map(([, name]) => name), '未审核文件']);
    });

    it('holds one row per project with 项目名称, 审核结论 and 审核意见 as in the JSON, and a link to the project’s cell', async () => {
      const { headers, rows } = table('审核汇总');
      for (const h of ['文件', '工作表', '单位/部门', '项目名称', '资金（万元）', '得分', '审核结论', '审核意见', '缺少满意度指标', '无法衡量', '全面性（30）', '相关性（20）', '可衡量性（30）', '资金（10）', '形式（10）']) {
        expect(headers).toContain(h);
      }
      const col = (h: string) => headers.indexOf(h) + 1;
      const expected = projects();
      expect(rows).toHaveLength(expected.length);
      for (const [i, row] of rows.entries()) {
        const p = expected[i];
        expect(row.getCell(col('项目名称')).value).toBe(p.projectName);
        expect(row.getCell(col('审核结论')).value).toBe(p.conclusion);
        expect(row.getCell(col('审核意见')).value).toBe(p.opinion);
        expect(row.getCell(col('得分')).value).toBe(p.score);
        expect(row.getCell(col('缺少满意度指标')).value).toBe(p.counts['goal/missing-satisfaction'] ?? 0);
        const target = link(row.getCell(col('位置')));
        expect([target.file, target.sheet, target.cell]).toEqual([path.resolve(p.file), p.sheet, p.cell]);
        // The link lands on the project's name in its own file.
        expect(await valueAt(target.file, target.sheet, target.cell)).toBe(p.projectName);
      }
    });

    it('lists every finding of a problem type on its sheet, each linked to the cell it is about', async () => {
      const { headers, rows } = table('无法衡量');
      const expected = projects().flatMap((p) => p.findings.filter((f) => f.ruleId === 'goal/unquantified').map((f) => ({ file: p.file, sheet: p.sheet, ...f })));
      expect(rows).toHaveLength(expected.length);
      expect(expected.length).toBeGreaterThan(5);
      for (const [i, row] of rows.entries()) {
        const target = link(row.getCell(headers.indexOf('单元格') + 1));
        expect([target.file, target.sheet, target.cell]).toEqual([path.resolve(expected[i].file), expected[i].sheet, expected[i].cell]);
        expect(row.getCell(headers.indexOf('问题说明') + 1).value).toBe(expected[i].message);
        // The message quotes the cell's value (or the vague word in it): the link points at the cell the problem is in.
        const shown = await valueAt(target.file, target.sheet, target.cell);
        const quoted = /「([^」]+)」/.exec(expected[i].message)![1];
        expect([shown, shown.includes(quoted)]).toEqual([shown, true]);
        expect(String(row.getCell(headers.indexOf('审核意见') + 1).value)).toMatch(/^\d+\. /);
      }
    });

    it('lists the files not reviewed with their reasons', () => {
      const { rows } = table('未审核文件');
      const reasons = Object.fromEntries(rows.map((r) => [path.basename(String(r.getCell(2).value)), String(r.getCell(3).value)]));
      expect(Object.keys(reasons).sort()).toEqual(
        ['legacy.xls', 'monitoring-department.xlsx', 'monitoring-national-form.xlsx', 'not-a-zip.xlsx', 'renamed-ods.xlsx', 'results-2025.xlsx', 'results-summary-2025.xlsx', 'self-evaluation-2025.xlsx', 'truncated.xlsx'].sort(),
      );
      expect(reasons['results-2025.xlsx']).toMatch(/^未找到绩效目标表：「.+」评价结果表不属于目标审核范围/);
      expect(reasons['renamed-ods.xlsx']).toMatch(/OpenDocument/);
    });

    it('counts projects by conclusion in the overview', () => {
      const ws = wb.getWorksheet('概况')!;
      const counts = [5, 6, 7, 8].map((r) => [ws.getCell(`A${r}`).value, ws.getCell(`B${r}`).value]);
      const byConclusion = (name: string) => projects().filter((p) => p.conclusion === name).length;
      expect(counts).toEqual(['优', '良', '中', '差'].map((n) => [n, byConclusion(n)]));
      expect(counts.reduce((n, [, c]) => n + Number(c), 0)).toBe(17);
    });
  });

  describe('the chart parts', () => {
    let files: Record<string, Uint8Array>;
    const text = (p: string) => strFromU8(files[p]);
    const wellFormed = (xml: string) => {
      const parser = new SaxesParser({ xmlns: true });
      let error: Error | null = null;
      parser.on('error', (e) => {
        error = e;
      });
      parser.write(xml).close();
      return error;
    };

    beforeAll(async () => {
      files = unzipSync(await fs.readFile(out));
    });

    it('adds two well-formed chart parts, referenced from a drawing on the overview sheet, with content types', () => {
      const overviewRid = /<sheet [^>]*name="概况"[^>]*r:id="([^"]+)"/.exec(text('xl/workbook.xml'))![1];
      const overviewPath = 'xl/' + new RegExp(`Id="${overviewRid}"[^>]*Target="([^"]+)"`).exec(text('xl/_rels/workbook.xml.rels'))![1];
      const sheetXml = text(overviewPath);
      const drawingRid = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)![1];
      const sheetRels = text(overviewPath.replace('worksheets/', 'worksheets/_rels/') + '.rels');
      const drawing = new RegExp(`Id="${drawingRid}"[^>]*Target="\\.\\./drawings/([^"]+)"`).exec(sheetRels)![1];
      const drawingRels = text(`xl/drawings/_rels/${drawing}.rels`);
      const charts = [...drawingRels.matchAll(/Target="\.\.\/charts\/([^"]+)"/g)].map((m) => m[1]);
      expect(charts).toEqual(['chart1.xml', 'chart2.xml']);
      const types = text('[Content_Types].xml');
      expect(types).toContain(`<Override PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
      for (const c of charts) {
        expect(types).toContain(`<Override PartName="/xl/charts/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
        expect(wellFormed(text(`xl/charts/${c}`))).toBeNull();
      }
      for (const p of [overviewPath, `xl/drawings/${drawing}`, `xl/drawings/_rels/${drawing}.rels`, overviewPath.replace('worksheets/', 'worksheets/_rels/') + '.rels', '[Content_Types].xml']) {
        expect([p, wellFormed(text(p))]).toEqual([p, null]);
      }
      // <drawing> sits where the schema wants it: after the page setup, before nothing it must follow.
      expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<pageMargins'));
    });

    it('draws the conclusion counts from the overview cells, with their values cached', () => {
      const chart = text('xl/charts/chart1.xml');
      expect(chart).toContain("<c:f>'概况'!$A$5:$A$8</c:f>");
      expect(chart).toContain("<c:f>'概况'!$B$5:$B$8</c:f>");
      const cached = [...chart.split('<c:numCache>')[1].matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]));
      const byConclusion = (name: string) => doc.files.flatMap((f) => f.projects).filter((p) => p.conclusion === name).length;
      expect(cached).toEqual(['优', '良', '中', '差'].map(byConclusion));
    });
  });

  it('gives byte-identical opinions on a second run, on worker threads', async () => {
    const again = await review(['-o', path.join(dir, '审核汇总-2.xlsx'), '--jobs', '2']);
    expect(JSON.stringify(again.doc.files)).toBe(JSON.stringify(doc.files));
  }, 60_000);

  it('does not review its own earlier summary when written inside the input folder', async () => {
    const inside = path.join(input, '审核汇总.xlsx');
    await review(['-o', inside, '--jobs', '0']);
    const second = await review(['-o', inside, '--jobs', '0']);
    expect(second.doc.summary.files).toBe(20);
    await fs.rm(inside);
  });
});

describe('goal-lint review: usage errors', () => {
  it('refuses to write the summary over an input file (exit 2, the file untouched)', async () => {
    const target = path.join(input, 'samples', 'goal-good-school.xlsx');
    const before = await sha256(target);
    const r = await runCli(['review', target, path.join(input, 'samples', 'goal-bad-gym.xlsx'), '-o', target]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/输出文件不能是输入文件/);
    expect(await sha256(target)).toBe(before);
  });

  it('exits 2 when no input can be read, and when the output is not an .xlsx', async () => {
    const none = await runCli(['review', path.join(input, '无法读取', 'not-a-zip.xlsx'), '-o', path.join(dir, 'x.xlsx'), '--jobs', '0']);
    expect(none.code).toBe(2);
    const csv = await runCli(['review', input, '-o', path.join(dir, 'x.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.err).toMatch(/须为 \.xlsx/);
  });

  it('exits 0 when every project is 优 or 良, and prints a text summary', async () => {
    const r = await runCli(['review', path.join(input, 'samples', 'goal-good-school.xlsx'), path.join(input, '乡镇', 'generated', '0002-县卫生健康局.xlsx'), '-o', path.join(dir, 'ok.xlsx'), '--jobs', '0']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('优    100分  城区中小学校舍维修改造项目');
    expect(r.out).toContain('共 2 个文件、2 个项目（优 1，良 1）；0 个文件无法读取');
  });
});
