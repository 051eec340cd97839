import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCli, sha256, writeSamples } from '../../helpers/cli';
import { monitoringSamples } from '../../../scripts/samples/monitoring-samples';

/*
 * The monitoring samples through the real CLI (`goal-lint check` / `goal-lint fill`) and the ExcelJS
 * adapter: what a clerk gets from the committed sample workbooks.
 */

let dir: string;
const files: Record<string, string> = {};


beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-monitoring-'));
  Object.assign(files, await writeSamples(dir, monitoringSamples()));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('goal-lint check on the monitoring samples', () => {
  it('reports the monitor/* findings per sheet, as JSON', async () => {
    const { code, out } = await runCli(['check', '--format', 'json', files['monitoring-department.xlsx'], files['monitoring-national-form.xlsx']]);
    expect(code).toBe(1); // error-severity findings present
    const doc = JSON.parse(out) as { files: { sheets: { name: string; kind: string; findings: { ruleId: string; cell: string; severity: string }[] }[] }[] };
    const got = doc.files.map((f) => f.sheets.map((s) => [s.name, s.kind, s.findings.map((x) => `${x.cell} ${x.ruleId} ${x.severity}`)]));
    expect(got).toEqual([
      [
        ['资金执行监控', 'monitoring', ['D9 monitor/execution-over-budget error', 'D11 monitor/invalid-amount error']],
        ['绩效指标监控', 'monitoring', ['I6 monitor/missing-deviation-reason warning', 'G9 monitor/projection-not-number warning']],
      ],
      [['执行监控表', 'monitoring', ['G16 monitor/missing-deviation-reason warning']]],
    ]);
  });

  it('the policy can turn a monitor/* rule off', async () => {
    const policy = path.join(dir, 'policy.json');
    await fs.writeFile(policy, JSON.stringify({ rules: { 'monitor/missing-deviation-reason': 'off' } }));
    const { code, out } = await runCli(['check', '--format', 'json', '--policy', policy, files['monitoring-national-form.xlsx']]);
    expect(code).toBe(0);
    expect(JSON.parse(out).files[0].sheets[0].findings).toEqual([]);
  });
});

describe('goal-lint fill on the monitoring samples', () => {
  let out: string;
  let code: number;
  let wb: ExcelJS.Workbook;
  let before: string;

  beforeAll(async () => {
    before = await sha256(files['monitoring-department.xlsx']);
    const output = path.join(dir, 'filled.xlsx');
    ({ code, out } = await runCli(['fill', files['monitoring-department.xlsx'], '-o', output]));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
  });

  it('leaves the input file untouched and reports skipped rows and kept cells', async () => {
    expect(await sha256(files['monitoring-department.xlsx'])).toBe(before);
    expect(code).toBe(1); // rows 9 and 11 could not be filled
    expect(out).toContain('第 9 行未填写：「中小学教师培训专项经费」执行数 86.5 超过年度预算数 80');
    const kept = (cell: string) => out.split('\n').find((l) => l.trim().startsWith(`${cell} `)) ?? '';
    expect(kept('E10')).toMatch(/0\.55.*0\.56/);
    expect(kept('F8')).toMatch(/已督促加快拨付.*红色预警/);
    expect(out).toContain('--overwrite');
  });

  it('fills 执行率 · 时间进度 · 执行偏差 · 预警 with percent formats, creating the missing columns', () => {
    const ws = wb.getWorksheet('资金执行监控')!;
    expect([ws.getCell('G4').value, ws.getCell('H4').value]).toEqual(['时间进度', '执行偏差']);
    const row = (r: number) => ['E', 'G', 'H', 'F'].map((c) => ws.getCell(`${c}${r}`).value);
    expect(row(5)).toEqual([0.7444, 0.6667, 0.0778, null]);
    expect(row(7)).toEqual([0.5, 0.6667, -0.1667, '黄色预警：执行率低于时间进度16.67个百分点']);
    expect(row(8)).toEqual([0.26, 0.6667, -0.4067, '已督促加快拨付']); // the clerk's note is kept
    expect(row(9)).toEqual([null, null, null, null]); // over budget: not computed
    expect(row(10)).toEqual([0.55, 0.6667, -0.1067, '黄色预警：执行率低于时间进度10.67个百分点']); // typed 执行率 kept
    expect(ws.getCell('E5').numFmt).toBe('0.00%');
    expect(ws.getCell('H7').numFmt).toBe('0.00%');
  });

  it('fills the indicator sheet’s 预警 column, created at the right', () => {
    const ws = wb.getWorksheet('绩效指标监控')!;
    expect(ws.getCell('J3').value).toBe('预警');
    expect(ws.getCell('J6').value).toBe('预计完成值905元高于年度指标值不超过857元；完成目标可能性为"有可能"但未填写偏差原因');
    expect(ws.getCell('J10').value).toBe('预计完成值93%低于年度指标值≥95%');
    expect(ws.getCell('J11').value).toBe('预计完成时间2025年10月31日晚于年度指标值2025年6月30日前；完成目标可能性为"完全不可能"，年度指标预计无法完成');
    expect(ws.getCell('J4').value).toBeNull();
  });

  it('with --overwrite, replaces what the clerk typed in output cells', async () => {
    const output = path.join(dir, 'overwritten.xlsx');
    await runCli(['fill', '--overwrite', files['monitoring-department.xlsx'], '-o', output]);
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(output);
    const ws = w.getWorksheet('资金执行监控')!;
    expect(ws.getCell('E10').value).toBe(0.56);
    expect(ws.getCell('F8').value).toBe('红色预警：执行率低于时间进度40.67个百分点');
  });

  it('fills the national form: money rows and the indicator table', async () => {
    const output = path.join(dir, 'national-filled.xlsx');
    const r = await runCli(['fill', files['monitoring-national-form.xlsx'], '-o', output]);
    expect(r.code).toBe(0);
    const w = new ExcelJS.Workbook();
    await w.xlsx.readFile(output);
    const ws = w.getWorksheet('执行监控表')!;
    expect(['G6', 'H6', 'I6', 'J6'].map((c) => ws.getCell(c).value)).toEqual([0.46, 0.5833, -0.1233, '黄色预警：执行率低于时间进度12.33个百分点']);
    expect(ws.getCell('J8').value).toBe('红色预警：执行率低于时间进度28.33个百分点');
    expect(ws.getCell('P15').value).toBe('预计完成值5.5万元高于年度指标值≤5.2万元');
    expect(ws.getCell('P16').value).toBe('预计完成值1.1万人低于年度指标值≥1.2万人；完成目标可能性为"有可能"但未填写偏差原因');
  });
});
