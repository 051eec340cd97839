import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { runCli, sha256 } from '../../helpers/cli';
import { sheetData, workbookPackage } from '../../helpers/xlsx-package';

/**
 * An input is never touched, whatever path leads to it (symbolic links, hard links, a linked --annotate
 * folder); a write is a temporary file beside the target then a rename, so an interrupted or failed run
 * leaves the earlier file whole; one run never writes two outputs to one path.
 */

let dir: string;
let input: string;
let results: string;

const GOAL = sheetData([
  ['项目名称', '城区学校校舍维修改造项目'],
  ['项目资金（万元）', '年度资金总额', 100],
  ['年度总体目标', '按计划完成'],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '维修改造校舍面积', 'XX平方米'],
]);
const RESULTS = sheetData([
  ['项目名称', '评价得分', '上年度年初预算项目经费（万元）', '评价等级', '调整比例', '调整金额（万元）', '本年度年初预算项目经费（万元）', '结果应用'],
  ['甲', 95, 100],
  ['乙', 85, 50],
]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-safe-'));
  input = path.join(dir, 'goal.xlsx');
  await fs.writeFile(input, workbookPackage([{ name: '目标表', xml: GOAL }]));
  results = path.join(dir, 'results.xlsx');
  await fs.writeFile(results, workbookPackage([{ name: '结果表', xml: RESULTS }]));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function leftovers(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).filter((n) => n.endsWith('.tmp'));
}

describe('an output that is an input, by another name', () => {
  it('fill -o through a symbolic link to the input: refused (exit 2), the input unchanged', async () => {
    const link = path.join(dir, 'link-to-results.xlsx');
    await fs.symlink(results, link);
    const before = await sha256(results);
    const { code, err } = await runCli(['fill', results, '-o', link]);
    expect(code).toBe(2);
    expect(err).toMatch(/同一个文件（经由符号链接或硬链接）.*从不修改输入文件/);
    expect(await sha256(results)).toBe(before);
  });

  it('fill -o a hard link of the input: refused, the input unchanged', async () => {
    const hard = path.join(dir, 'hard-results.xlsx');
    await fs.link(results, hard);
    const before = await sha256(results);
    const { code, err } = await runCli(['fill', results, '-o', hard]);
    expect(code).toBe(2);
    expect(err).toContain(hard);
    expect(await sha256(results)).toBe(before);
  });

  it('check --annotate OUT where OUT links to the input: refused', async () => {
    const link = path.join(dir, 'link-to-goal.xlsx');
    await fs.symlink(input, link);
    const before = await sha256(input);
    const { code } = await runCli(['check', '--annotate', link, input]);
    expect(code).toBe(2);
    expect(await sha256(input)).toBe(before);
  });

  it('check --annotate into a folder that is a link to the inputs\' folder: refused before anything is written', async () => {
    const folder = path.join(dir, 'linked-folder');
    await fs.symlink(dir, folder);
    const before = [await sha256(input), await sha256(results)];
    const { code, err } = await runCli(['check', '--annotate', folder, input, results]);
    expect(code).toBe(2);
    expect(err).toMatch(/从不修改输入文件/);
    expect([await sha256(input), await sha256(results)]).toEqual(before);
  });

  it('fill -o the policy file: refused (the policy is an input too)', async () => {
    const policy = path.join(dir, 'policy.json');
    await fs.writeFile(policy, '{}');
    const { code } = await runCli(['fill', results, '--policy', policy, '-o', policy]);
    expect(code).toBe(2);
    expect(await fs.readFile(policy, 'utf8')).toBe('{}');
  });
});

describe('one run, one output per path', () => {
  it('two inputs with the same name into an --annotate folder: the second is numbered, both are written', async () => {
    const a = path.join(dir, 'a');
    const b = path.join(dir, 'b');
    await fs.mkdir(a);
    await fs.mkdir(b);
    await fs.copyFile(input, path.join(a, '申报表.xlsx'));
    await fs.copyFile(input, path.join(b, '申报表.xlsx'));
    const out = path.join(dir, 'annotated-twins');
    const { out: json } = await runCli(['check', '--format', 'json', '--annotate', out, path.join(a, '申报表.xlsx'), path.join(b, '申报表.xlsx')]);
    const files = JSON.parse(json).files as { file: string; annotated: string }[];
    expect(files.map((f) => path.basename(f.annotated))).toEqual(['申报表.xlsx', '申报表 (2).xlsx']);
    expect((await fs.readdir(out)).sort()).toEqual(['申报表 (2).xlsx', '申报表.xlsx']);
  });

  it('leaves no temporary file behind after a write', async () => {
    const out = path.join(dir, 'clean', 'filled.xlsx');
    await fs.mkdir(path.dirname(out));
    await runCli(['fill', results, '-o', out]);
    expect(await fs.readdir(path.dirname(out))).toEqual(['filled.xlsx']);
  });
});

describe('interrupted and failed writes leave the earlier file whole', () => {
  it('Ctrl-C while writing: exit 130, the earlier output unchanged, the temporary file removed', async () => {
    const folder = path.join(dir, 'interrupt');
    await fs.mkdir(folder);
    const target = path.join(folder, 'out.xlsx');
    await fs.writeFile(target, 'the earlier good file');
    // A child that stalls in the middle of writing its temporary file, then gets SIGINT.
    const script = `
      const fs = require('fs');
      const open = fs.promises.open;
      fs.promises.open = async (...args) => {
        const h = await open(...args);
        const write = h.writeFile.bind(h);
        h.writeFile = async (data) => { await write(data.subarray(0, 10)); process.stdout.write('writing\\n'); await new Promise(() => setInterval(() => {}, 1000)); };
        return h;
      };
      require(${JSON.stringify(path.join(__dirname, '..', '..', '..', 'src', 'cli', 'files.ts'))})
        .writeOutput(${JSON.stringify(target)}, new Uint8Array(1000), [], 'zh');
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('writing') && resolve()));
    expect((await leftovers(folder)).length).toBe(1);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(await fs.readFile(target, 'utf8')).toBe('the earlier good file');
    expect(await leftovers(folder)).toEqual([]);
  }, 30_000);

  it.each([
    ['ENOSPC', /磁盘空间不足.*请清理磁盘或换一个输出位置（原有文件未受影响）/],
    ['EROFS', /只读的.*请换一个可写的输出位置/],
    ['EACCES', /没有权限写入.*请换一个输出文件夹；若该文件正在 Excel\/WPS 中打开，请先关闭它/],
  ])('%s while writing: exit 2, advice in the run\'s language, the earlier output whole', async (code, message) => {
    const folder = path.join(dir, `fail-${code}`);
    await fs.mkdir(folder);
    const target = path.join(folder, 'out.xlsx');
    await fs.writeFile(target, 'earlier');
    const realOpen = fs.open;
    const spy = jest.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      handle.writeFile = async () => {
        throw Object.assign(new Error(`${code}: simulated`), { code });
      };
      return handle;
    });
    try {
      const { code: exit, out } = await runCli(['fill', '--format', 'json', results, '-o', target]);
      expect(exit).toBe(2);
      expect(JSON.parse(out).error).toMatch(message);
      expect(JSON.parse(out).error).toContain(target);
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(target, 'utf8')).toBe('earlier');
    expect(await leftovers(folder)).toEqual([]);
    const en = jest.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('simulated'), { code }));
    try {
      const { out } = await runCli(['fill', '--lang', 'en', '--format', 'json', results, '-o', target]);
      expect(JSON.parse(out).error).toMatch(/^(the disk is full|the location of|no permission to write)/);
    } finally {
      en.mockRestore();
    }
    expect(await fs.readFile(target, 'utf8')).toBe('earlier');
  });

  it('another run wrote the output meanwhile: not overwritten, and said so', async () => {
    const folder = path.join(dir, 'race');
    await fs.mkdir(folder);
    const target = path.join(folder, 'out.xlsx');
    await fs.writeFile(target, 'run A');
    const realOpen = fs.open;
    const spy = jest.spyOn(fs, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        await sync();
        // Another run finishes its copy while this one is still writing.
        await fs.writeFile(target, 'run B, written meanwhile');
      };
      return handle;
    });
    try {
      const { code, out } = await runCli(['fill', '--format', 'json', results, '-o', target]);
      expect(code).toBe(2);
      expect(JSON.parse(out).error).toMatch(/被另一个程序或另一次运行改写，未覆盖/);
    } finally {
      spy.mockRestore();
    }
    expect(await fs.readFile(target, 'utf8')).toBe('run B, written meanwhile');
    expect(await leftovers(folder)).toEqual([]);
  });

  it('a failed annotated copy: the file is listed once, with its findings and the reason', async () => {
    const folder = path.join(dir, 'annotate-fail');
    const spy = jest.spyOn(fs, 'rename').mockRejectedValue(Object.assign(new Error('simulated'), { code: 'ENOSPC' }));
    const link = jest.spyOn(fs, 'link').mockRejectedValue(Object.assign(new Error('simulated'), { code: 'ENOSPC' }));
    try {
      const { code, out } = await runCli(['check', '--format', 'json', '--annotate', folder, input, results]);
      const files = JSON.parse(out).files as { file: string; error: string; sheets: unknown[]; annotated: string | null }[];
      expect(files.map((f) => f.file)).toEqual([input, results]);
      expect(files[0].error).toMatch(/磁盘空间不足/);
      expect(files[0].sheets.length).toBe(1);
      expect(files[0].annotated).toBeNull();
      expect(code).toBe(1);
    } finally {
      spy.mockRestore();
      link.mockRestore();
    }
  });
});
