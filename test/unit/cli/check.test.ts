import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runCli, sha256, writeSamples } from '../../helpers/cli';
import { FLAG_ARGB as FLAG_FILL } from '../../../src/adapters/xlsx/write-edits';
import { goalSamples } from '../../../scripts/samples/goal-samples';

let dir: string;
const files: Record<string, string> = {};


beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-cli-'));
  Object.assign(files, await writeSamples(dir, goalSamples()));
  files.notXlsx = path.join(dir, 'notes.xlsx');
  await fs.writeFile(files.notXlsx, '这不是表格');
  files.truncated = path.join(dir, 'truncated.xlsx');
  const whole = await fs.readFile(files['goal-bad-gym.xlsx']);
  await fs.writeFile(files.truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  files.encrypted = path.join(dir, 'encrypted.xlsx');
  // Password-protected .xlsx files are OLE compound documents, not zip archives.
  await fs.writeFile(files.encrypted, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('goal-lint check --format json', () => {
  it('prints one JSON document in the contract shape, one entry per file as given', async () => {
    const { code, out } = await runCli(['check', '--format', 'json', files['goal-good-school.xlsx'], files['goal-bad-gym.xlsx']]);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['files']);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([files['goal-good-school.xlsx'], files['goal-bad-gym.xlsx']]);
    for (const f of doc.files) {
      expect(Object.keys(f)).toEqual(['file', 'sheets', 'error']);
      expect(f.error).toBeNull();
      for (const s of f.sheets) {
        expect(Object.keys(s)).toEqual(['name', 'kind', 'findings']);
        expect(s.kind).toBe('goal');
        for (const x of s.findings) {
          expect(Object.keys(x)).toEqual(['ruleId', 'severity', 'cell', 'message', 'hint']);
          expect(x.cell).toMatch(/^[A-Z]+\d+$/);
        }
      }
    }
    const gym = doc.files[1].sheets[0];
    expect(gym.name).toBe('绩效目标申报表');
    expect(code).toBe(gym.findings.some((x: { severity: string }) => x.severity === 'error') ? 1 : 0);
  });

  it('gives an unreadable file its error and still checks the others', async () => {
    const { code, out } = await runCli(['check', '--format', 'json', files.notXlsx, files.truncated, files.encrypted, path.join(dir, 'missing.xlsx'), files['goal-good-school.xlsx']]);
    const doc = JSON.parse(out);
    const errors = doc.files.map((f: { error: string | null }) => f.error);
    expect(errors[0]).toMatch(/不是 \.xlsx 文件/);
    expect(errors[1]).toMatch(/损坏或不完整/);
    expect(errors[2]).toMatch(/加密|密码/);
    expect(errors[3]).toMatch(/不存在/);
    expect(errors[4]).toBeNull();
    expect(doc.files[4].sheets.length).toBe(1);
    expect(code).toBe(1);
  });

  it('exits 2 when no input file can be read', async () => {
    const { code, out } = await runCli(['check', '--format', 'json', files.notXlsx]);
    expect(JSON.parse(out).files[0].error).toBeTruthy();
    expect(code).toBe(2);
  });

  it('skips sheets it does not know, quietly', async () => {
    const { out } = await runCli(['check', '--format', 'json', files['goal-multi-sheet.xlsx']]);
    const names = JSON.parse(out).files[0].sheets.map((s: { name: string }) => s.name);
    expect(names).toEqual(['校舍维修', 'CT购置', '两个项目']);
  });
});

describe('goal-lint check usage errors (exit 2)', () => {
  it('rejects an unknown format', async () => {
    expect((await runCli(['check', '--format', 'xml', files['goal-good-school.xlsx']])).code).toBe(2);
  });
  it('requires a file', async () => {
    expect((await runCli(['check'])).code).toBe(2);
  });
  it('names the bad field of a bad policy file', async () => {
    const policy = path.join(dir, 'bad-policy.json');
    await fs.writeFile(policy, JSON.stringify({ rules: { 'goal/unquantified': 'loud', 'goal/nope': 'off' } }));
    const { code, err } = await runCli(['check', '--policy', policy, files['goal-good-school.xlsx']]);
    expect(code).toBe(2);
    expect(err).toContain('rules.goal/unquantified');
    expect(err).toContain('goal/nope');
  });
  it('reports a policy file that is not JSON', async () => {
    const policy = path.join(dir, 'broken.json');
    await fs.writeFile(policy, '{ rules: ');
    const { code, err } = await runCli(['check', '--policy', policy, files['goal-good-school.xlsx']]);
    expect(code).toBe(2);
    expect(err).toMatch(/不是有效的 JSON/);
  });
});

describe('goal-lint check --annotate', () => {
  it('writes a highlighted copy with a note on each flagged cell and leaves the input byte-identical', async () => {
    const input = files['goal-bad-gym.xlsx'];
    const before = await sha256(input);
    const out = path.join(dir, 'annotated.xlsx');
    const { out: json } = await runCli(['check', '--format', 'json', '--annotate', out, input]);
    expect(await sha256(input)).toBe(before);
    const findings = JSON.parse(json).files[0].sheets[0].findings as { cell: string; severity: 'error' | 'warning' | 'info'; message: string }[];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('绩效目标申报表')!;
    for (const f of findings) {
      const cell = ws.getCell(f.cell);
      const fill = cell.fill as ExcelJS.FillPattern;
      expect(fill.pattern).toBe('solid');
      expect(Object.values(FLAG_FILL)).toContain(fill.fgColor?.argb);
      const note = typeof cell.note === 'string' ? cell.note : (cell.note as ExcelJS.Comment).texts?.map((t) => t.text).join('');
      expect(note).toContain(f.message);
    }
    // An unflagged cell keeps its look.
    expect((ws.getCell('C3').fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBeUndefined();
  });

  it('with several files, writes each annotated copy into the OUT folder under its own name', async () => {
    const out = path.join(dir, 'annotated-folder');
    const { code } = await runCli(['check', '--annotate', out, files['goal-bad-gym.xlsx'], files['goal-good-school.xlsx']]);
    expect(code).toBe(1);
    expect((await fs.readdir(out)).sort()).toEqual(['goal-bad-gym.xlsx', 'goal-good-school.xlsx']);
  });

  it('refuses to write the annotated copy over the input', async () => {
    const input = files['goal-good-school.xlsx'];
    const { code, err } = await runCli(['check', '--annotate', input, input]);
    expect(code).toBe(2);
    expect(err).toMatch(/是同一个文件：goal-lint 从不修改输入文件/);
  });
});
