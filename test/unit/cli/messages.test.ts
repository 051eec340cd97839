import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runCli } from '../../helpers/cli';
import { sheetData, workbookPackage } from '../../helpers/xlsx-package';

/** Each message case of issue 9 that is not about a workbook's contents: policy files and command lines. */

let dir: string;
let goal: string;

const GOAL = sheetData([
  ['项目名称', '县体育馆维修项目'],
  ['项目资金（万元）', '年度资金总额', 100],
  ['年度总体目标', '2025年完成体育馆维修1处，场馆开放率达到95%。'],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '维修体育馆数量', '1处'],
  ['产出指标', '质量指标', '验收合格率', '焕然一新'],
  ['效益指标', '社会效益指标', '健身人数', '≥5000人次'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
]);

async function policy(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, content);
  return file;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-messages-'));
  goal = path.join(dir, 'goal.xlsx');
  await fs.writeFile(goal, workbookPackage([{ name: '目标表', xml: GOAL }]));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function findings(args: string[]): Promise<{ code: number; ids: string[]; messages: string[]; err: string }> {
  const { code, out, err } = await runCli(['check', '--format', 'json', ...args, goal]);
  if (!out) return { code, ids: [], messages: [], err };
  const sheets = JSON.parse(out).files[0].sheets as { findings: { ruleId: string; message: string }[] }[];
  const all = sheets.flatMap((s) => s.findings);
  return { code, ids: all.map((f) => f.ruleId), messages: all.map((f) => f.message), err };
}

describe('policy files', () => {
  it.each(['toString', 'constructor'])('a sector named %s is an ordinary sector (no "base.filter is not a function")', async (name) => {
    const file = await policy(`sector-${name}.json`, JSON.stringify({ goal: { vocabulary: { sectors: { [name]: { add: ['焕然'] } } } } }));
    const { code, err } = await findings(['--policy', file]);
    expect(err).toBe('');
    expect([0, 1]).toContain(code);
  });

  it('a __proto__ key is named as an error instead of being ignored silently', async () => {
    const file = await policy('proto.json', '{"goal":{"vocabulary":{"sectors":{"__proto__":{"add":["x"]}}}}}');
    const { code, err } = await findings(['--policy', file]);
    expect(code).toBe(2);
    expect(err).toContain('goal.vocabulary.sectors.__proto__: 不允许使用键名 __proto__');
  });

  it('1e400 is "out of range", not "expected a number, received a number"', async () => {
    const file = await policy('huge.json', '{"evaluation":{"bands":{"excellent":1e400}}}');
    const { code, err } = await findings(['--policy', file]);
    expect(code).toBe(2);
    expect(err).toContain('evaluation.bands.excellent: 数值超出范围（如 1e400）');
    expect(err).not.toMatch(/期望 数字，实际接收 数字/);
    const en = await findings(['--lang', 'en', '--policy', file]);
    expect(en.err).toContain('evaluation.bands.excellent: the number is out of range');
  });

  it('a UTF-16 policy (Notepad\'s "Unicode") is read', async () => {
    const text = JSON.stringify({ goal: { vocabulary: { vagueWords: { add: ['焕然一新'] } } } });
    const file = await policy('utf16.json', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]));
    const { code, messages } = await findings(['--policy', file]);
    expect(code).toBe(1);
    expect(messages.some((m) => m.includes('焕然一新'))).toBe(true);
  });

  it('a GBK policy gets how to save it as UTF-8, not a parser error', async () => {
    // "{"a":"中"}" with 中 in GBK (D6 D0): not valid UTF-8.
    const file = await policy('gbk.json', new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xd6, 0xd0, 0x22, 0x7d]));
    const { code, err } = await findings(['--policy', file]);
    expect(code).toBe(2);
    expect(err).toMatch(/不是 UTF-8 编码.*另存为.*UTF-8/);
  });

  it('a JSON syntax error says where', async () => {
    const file = await policy('broken.json', '{\n  "rules": {\n    "goal/placeholder": "off",,\n  }\n}');
    const { code, err } = await findings(['--policy', file]);
    expect(code).toBe(2);
    expect(err).toMatch(/不是有效的 JSON（第 3 行/);
  });

  it('160,000 vocabulary words are used, not choked on', async () => {
    const words = Array.from({ length: 160_000 }, (_, i) => `套话${i.toString(36)}`);
    words.push('焕然一新');
    const file = await policy('big.json', JSON.stringify({ goal: { vocabulary: { vagueWords: { add: words } } } }));
    const { messages } = await findings(['--policy', file]);
    expect(messages.some((m) => m.includes('焕然一新'))).toBe(true);
  }, 60_000);
});

describe('command lines', () => {
  it('an input named -x.xlsx: a hint to write ./-x.xlsx or put it after --, in the run\'s language', async () => {
    const dashed = path.join(dir, '-x.xlsx');
    await fs.copyFile(goal, dashed);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const zh = await runCli(['check', '-x.xlsx']);
      expect(zh.code).toBe(2);
      expect(zh.err).toContain('未知选项 -x.xlsx');
      expect(zh.err).toContain('请写成 ./-x.xlsx，或写在 -- 之后（goal-lint check -- -x.xlsx）');
      const en = await runCli(['check', '--lang', 'en', '-x.xlsx']);
      expect(en.err).toContain('if -x.xlsx is a file name, write it as ./-x.xlsx');
      expect((await runCli(['check', '--format', 'json', '--', '-x.xlsx'])).code).toBe(1);
      expect((await runCli(['check', '--format', 'json', './-x.xlsx'])).code).toBe(1);
    } finally {
      process.chdir(cwd);
    }
  });

  it('commander\'s own errors come out in the run\'s language with a pointer to --help', async () => {
    const bad = await runCli(['check', '--format', 'xml', goal]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('选项 --format <format> 的值「xml」无效，可选：text, json');
    expect(bad.err).toContain('运行 goal-lint check --help 查看用法');
    const missing = await runCli(['fill', goal]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('缺少必需的选项 -o, --output <out>');
    const en = await runCli(['fill', '--lang', 'en', goal]);
    expect(en.err).toContain('the option -o, --output <out> is required');
  });
});
