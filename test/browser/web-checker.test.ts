import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type Page } from 'playwright-core';
import { fillXlsx } from '../../src/adapters/xlsx/fill';
import { readXlsx } from '../../src/adapters/xlsx/read-workbook';
import { FLAG_ARGB } from '../../src/adapters/xlsx/write-edits';
import { checkSheet, checkWorkbook } from '../../src/core/check';
import { toA1 } from '../../src/core/grid/address';
import type { Finding } from '../../src/core/findings';
import { defaultPolicy } from '../../src/core/policy/policy';
import { axe, serious, SHOTS, startBrowser, type AxeViolation, type Session } from './browser';

/*
 * The browser checker (dist/web/, served alone): a clerk's own .xlsx files opened through the file input
 * and by a drop, checked, flagged and filled by the same pane, the copy downloaded and read back here with
 * ExcelJS; unreadable files get the command line's message while the others keep working; no request
 * leaves for any host; and the same folder opened straight from disk (file://).
 */

const SAMPLES = path.join(__dirname, '..', '..', 'assets', 'samples');
let s: Session;
let dir: string;
const page = (): Page => s.page;
const pane = () => page().getByTestId('pane');

/** Every cell's value (formulas as their text), by sheet!A1, as ExcelJS reads the package. */
async function cellValues(bytes: Uint8Array): Promise<Map<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out = new Map<string, unknown>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        const v = c.value as unknown;
        const shown = v && typeof v === 'object' && 'richText' in (v as object) ? (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') : v;
        out.set(`${ws.name}!${c.address}`, shown instanceof Date ? shown.toISOString() : JSON.parse(JSON.stringify(shown ?? null)));
      }),
    ),
  );
  return out;
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function noteText(c: ExcelJS.Cell): string {
  const n = c.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * A workbook made here the way a clerk's would be: the gym goal sample with an instructions sheet carrying a note, a solid fill, a merge, a date and a formula (things the grid shows and the copy
 * must keep).
 */
async function clerkWorkbook(): Promise<Uint8Array> {
  const wb = await workbook(new Uint8Array(await fs.readFile(path.join(SAMPLES, 'goal-bad-gym.xlsx'))));
  const ws = wb.addWorksheet('填表说明');
  ws.getCell('A1').value = '填表说明（本表不参与审核）';
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = '报送日期';
  ws.getCell('B2').value = new Date(Date.UTC(2025, 2, 31));
  ws.getCell('B2').numFmt = 'yyyy-mm-dd';
  ws.getCell('A3').value = '合计';
  ws.getCell('B3').value = { formula: '1+2', result: 3 };
  ws.getCell('A4').value = '联系人';
  ws.getCell('A4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
  ws.getCell('A4').note = '请填写经办人';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** axe-core (WCAG 2.1/2.2 A and AA, best practices) on the checker's own controls (the pane has its own runs). */
async function axeOn(selectors: string[]): Promise<AxeViolation[]> {
  await axe(s); // loads axe-core into the page
  return page().evaluate(async (include) => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string; failureSummary: string }[] }[] }> } };
    const result = await w.axe.run({ include: include.map((x) => [x]) }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary })) }));
  }, selectors);
}

const files: Record<string, string> = {};
/** Every URL the page asked for. */
const requested: string[] = [];
const inputs: Record<string, Uint8Array> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-web-'));
  const put = async (name: string, bytes: Uint8Array) => {
    files[name] = path.join(dir, name);
    inputs[name] = bytes;
    await fs.writeFile(files[name], bytes);
  };
  await put('县体育馆绩效目标.xlsx', await clerkWorkbook());
  await put('results-2025.xlsx', new Uint8Array(await fs.readFile(path.join(SAMPLES, 'results-2025.xlsx'))));
  const gym = new Uint8Array(await fs.readFile(path.join(SAMPLES, 'goal-good-school.xlsx')));
  await put('传输中断.xlsx', gym.slice(0, Math.floor(gym.length / 3)));
  await put('加密.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
  s = await startBrowser({ subdir: 'web' });
  s.page.on('request', (r) => requested.push(r.url()));
});

afterAll(async () => {
  await s?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function download(expectedName: string): Promise<Uint8Array> {
  const [d] = await Promise.all([page().waitForEvent('download'), page().getByTestId('download').click()]);
  expect(d.suggestedFilename()).toBe(expectedName);
  const to = path.join(dir, 'downloads', expectedName);
  await fs.mkdir(path.dirname(to), { recursive: true });
  await d.saveAs(to);
  return new Uint8Array(await fs.readFile(to));
}

describe('the browser checker (dist/web/)', () => {
  let gymFindings: readonly Finding[];
  const gym = '县体育馆绩效目标.xlsx';

  test('starts empty, with the samples in a menu; no request but its own files', async () => {
    await page().goto(`${s.base}/index.html`);
    await page().getByTestId('empty').waitFor();
    const samples = await page().getByTestId('sample-picker').locator('option').allTextContents();
    expect(samples).toContain('goal-bad-gym.xlsx');
    expect(serious(await axeOn(['[data-testid=web-bar]', '[data-testid=empty]', '[data-testid=pane]']))).toEqual([]);
    // The reader's chunk is not loaded until a file is opened (the next test sees it arrive).
    expect(requested.filter((u) => /\.js$/.test(u)).length).toBeGreaterThan(0);
    expect(requested.filter((u) => /xlsx-file\.[0-9a-f]+\.chunk\.js$/.test(u))).toEqual([]);
  });

  test('several files through the file input: a list with counts; unreadable files get the command line’s messages', async () => {
    await page().getByTestId('file-input').setInputFiles([files[gym], files['results-2025.xlsx'], files['传输中断.xlsx'], files['加密.xlsx']]);
    await page().waitForFunction(() => document.querySelectorAll('[data-testid=file-list] li[data-state=reading]').length === 0 && document.querySelectorAll('[data-testid=file-list] li').length === 4);
    expect(requested.filter((u) => /xlsx-file\.[0-9a-f]+\.chunk\.js$/.test(u))).toHaveLength(1);
    const states = await page().locator('[data-testid=file-list] li').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.file, (e as HTMLElement).dataset.state, e.textContent]));
    expect(states.map(([f, st]) => [f, st])).toEqual([
      [gym, 'ready'],
      ['results-2025.xlsx', 'ready'],
      ['传输中断.xlsx', 'unreadable'],
      ['加密.xlsx', 'unreadable'],
    ]);
    expect(states[2][2]).toContain('无法读取：文件已损坏或不完整（可能下载或复制中断）：请重新获取原文件');
    expect(states[3][2]).toContain('无法读取：文件设有打开密码，或是旧版 .xls 格式');
    // The counts are the command line's.
    const reports = checkWorkbook(readXlsx(inputs[gym]).snapshots);
    const all = reports.flatMap((r) => r.findings);
    const errors = all.filter((f) => f.severity === 'error').length;
    const warnings = all.filter((f) => f.severity === 'warning').length;
    expect(states[0][2]).toContain(`${errors} 个错误 · ${warnings} 个警告 · 识别 ${reports.length}/${readXlsx(inputs[gym]).snapshots.length} 张表`);
    await expect(page().getByTestId('file-summary').textContent()).resolves.toContain('，2 个无法读取');
    await page().screenshot({ path: path.join(SHOTS, 'web-01-file-list.png') });
  });

  test('the first readable file is shown: its sheets, merge, formats, fill and note, opened on its goal table', async () => {
    const snapshots = readXlsx(inputs[gym]).snapshots;
    const tabs = page().getByTestId('sheet-tabs').getByRole('tab');
    await expect(tabs.count()).resolves.toBe(snapshots.length);
    for (const [i, x] of snapshots.entries()) await expect(tabs.nth(i).getAttribute('value')).resolves.toBe(x.name);
    const goal = checkWorkbook(snapshots)[0].name;
    await page().waitForSelector(`[data-testid=sheet-grid][data-sheet="${goal}"]`);
    gymFindings = checkSheet(snapshots.find((x) => x.name === goal)!)!.findings;
    await page().getByTestId('sheet-tabs').getByRole('tab', { name: '填表说明', exact: true }).click();
    await page().waitForSelector('[data-testid=sheet-grid][data-sheet="填表说明"]');
    const grid = page().getByTestId('sheet-grid');
    await expect(grid.locator('td[data-a1="A1"]').getAttribute('colspan')).resolves.toBe('4');
    await expect(grid.locator('td[data-a1="B2"]').textContent()).resolves.toBe('2025-03-31');
    await expect(grid.locator('td[data-a1="B3"]').textContent()).resolves.toBe('3');
    await expect(grid.locator('td[data-a1="A4"]').getAttribute('data-fill')).resolves.toBe('#92D050');
    await expect(grid.locator('td[data-a1="A4"]').getAttribute('title')).resolves.toBe('请填写经办人');
    await page().getByTestId('sheet-tabs').getByRole('tab', { name: goal, exact: true }).click();
  });

  test('检查 and 标记到单元格, then the annotated copy: flags and notes there, every other value unchanged, the input untouched', async () => {
    const before = sha(new Uint8Array(await fs.readFile(files[gym])));
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await page().waitForSelector('li[data-cell]');
    const cells = await page().locator('li[data-cell]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell));
    expect(cells.sort()).toEqual(gymFindings.map((f) => `${f.sheet}!${f.cell}`).sort());
    await pane().getByRole('button', { name: '标记到单元格' }).click();
    await expect(page().getByTestId('pane-message').textContent()).resolves.toContain('个单元格上标记');
    await page().screenshot({ path: path.join(SHOTS, 'web-02-flagged.png') });

    const copy = await download('县体育馆绩效目标-审核.xlsx');
    expect(sha(new Uint8Array(await fs.readFile(files[gym])))).toBe(before);
    expect(await cellValues(copy)).toEqual(await cellValues(inputs[gym]));
    const [was, now] = [await workbook(inputs[gym]), await workbook(copy)];
    const flagged = new Map<string, Finding[]>();
    for (const f of gymFindings) flagged.set(`${f.sheet}!${f.cell}`, [...(flagged.get(`${f.sheet}!${f.cell}`) ?? []), f]);
    for (const [where, list] of flagged) {
      const [sheet, a1] = where.split('!');
      const cell = now.getWorksheet(sheet)!.getCell(a1);
      const worst = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      expect({ where, fill: (cell.fill as ExcelJS.FillPattern).fgColor?.argb }).toEqual({ where, fill: FLAG_ARGB[worst] });
      for (const f of list) expect(noteText(cell)).toContain(f.message);
    }
    // Cells not flagged keep their notes and fills (the instructions sheet's note and green fill too).
    was.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const where = `${ws.name}!${c.address}`;
          if (flagged.has(where)) return;
          const other = now.getWorksheet(ws.name)!.getCell(c.address);
          expect({ where, note: noteText(other), fill: JSON.stringify(other.fill ?? null) }).toEqual({ where, note: noteText(c), fill: JSON.stringify(c.fill ?? null) });
        }),
      ),
    );
    expect(noteText(now.getWorksheet('填表说明')!.getCell('A4'))).toBe('请填写经办人');
  });

  test('another file from the list: 确认填充, then the filled copy holds what `goal-lint fill -o` writes', async () => {
    await page().locator('[data-testid=file-list] li[data-file="results-2025.xlsx"] button').click();
    await page().waitForSelector('[data-testid=sheet-grid]');
    await pane().getByRole('tab', { name: '填充' }).click();
    await pane().getByRole('button', { name: '预览填充' }).click();
    await page().waitForSelector('[data-testid=fill-plan]');
    await pane().getByRole('button', { name: '确认填充' }).click();
    await page().waitForSelector('[data-testid=fill-summary]');
    const copy = await download('results-2025-已填充.xlsx');
    const cli = fillXlsx(() => readXlsx(inputs['results-2025.xlsx']), { policy: defaultPolicy(), locale: 'zh', overwrite: false });
    const written = new Set(cli.sheets.flatMap((x) => x.plan.writes.toArray().map((w) => `${x.name}!${toA1(w.ref)}`)));
    expect(written.size).toBeGreaterThan(0);
    const [input, ours, theirs] = [await cellValues(inputs['results-2025.xlsx']), await cellValues(copy), await cellValues(cli.written!.bytes)];
    expect(ours).toEqual(theirs);
    for (const [where, v] of input) if (!written.has(where)) expect({ where, v: ours.get(where) }).toEqual({ where, v });
    for (const where of written) expect(ours.get(where)).not.toBeNull();
    // Back to the first file: its flags are still there (each file keeps its own workbook and pane).
    await page().locator(`[data-testid=file-list] li[data-file="${gym}"] button`).click();
    await page().waitForSelector('[data-testid=sheet-grid] td[data-fill]');
  });

  test('a synthetic drop opens a file too', async () => {
    const bytes = new Uint8Array(await fs.readFile(path.join(SAMPLES, 'goal-national-form.xlsx')));
    await page().evaluate(
      ({ name, b64 }) => {
        const raw = atob(b64);
        const data = new Uint8Array(raw.length);
        for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
        const dt = new DataTransfer();
        dt.items.add(new File([data], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
        const target = document.querySelector('[data-testid=sheet-grid]')!;
        target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      { name: '拖入的目标表.xlsx', b64: Buffer.from(bytes).toString('base64') },
    );
    await page().waitForSelector('[data-testid=file-list] li[data-file="拖入的目标表.xlsx"][data-state=ready]');
    const snapshots = readXlsx(bytes).snapshots;
    await page().waitForSelector(`[data-testid=sheet-grid][data-sheet="${checkWorkbook(snapshots)[0].name}"]`);
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await page().waitForSelector('[data-testid=check-summary]');
    const expected = checkSheet(snapshots.find((x) => x.name === checkWorkbook(snapshots)[0].name)!)!.findings;
    await expect(page().locator('li[data-cell]').count()).resolves.toBe(expected.length);
  });

  test('axe-core on the file list and the bar, in Chinese, 360 px wide', async () => {
    await page().setViewportSize({ width: 360, height: 800 });
    await page().waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await page().screenshot({ path: path.join(SHOTS, 'web-03-360px.png'), fullPage: true });
    expect(serious(await axeOn(['[data-testid=web-bar]', '[data-testid=file-list]']))).toEqual([]);
    // The pane still fits: nothing wider than the window.
    const overflow = await page().evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page().setViewportSize({ width: 1440, height: 900 });
  });

  test('in English (?lang=en): the list and the messages speak it too', async () => {
    await page().goto(`${s.base}/index.html?lang=en`);
    await page().getByTestId('empty').waitFor();
    await expect(page().getByTestId('open-files').textContent()).resolves.toBe('Open files…');
    await page().getByTestId('file-input').setInputFiles([files[gym], files['加密.xlsx']]);
    await page().waitForSelector('[data-testid=file-list] li[data-state=unreadable]');
    await page().waitForSelector('[data-testid=file-list] li[data-state=ready]');
    await expect(page().locator('[data-testid=file-list] li[data-state=unreadable]').textContent()).resolves.toContain('cannot be read: the file is password-protected or a legacy .xls');
    await expect(page().locator('[data-testid=file-list] li[data-state=ready]').textContent()).resolves.toMatch(/\d+ error\(s\) · \d+ warning\(s\) · 1\/2 sheet\(s\) recognised/);
    await expect(page().getByTestId('file-summary').textContent()).resolves.toContain('2 file(s)');
    await page().getByTestId('download').click();
    await expect(page().getByTestId('web-status').textContent()).resolves.toBe('Nothing flagged or filled yet: there are no changes to save');
  });

  test('nothing left the machine: every request went to the web folder’s own server, and no script failed', () => {
    expect(s.external).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('the same folder opened from disk (file://), no server', () => {
  test('opens a file, checks, flags and downloads; every request stays on disk', async () => {
    const web = path.join(process.env.GOAL_LINT_PREVIEW_DIR!, 'web');
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-chromium-file-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      locale: 'zh-CN',
      reducedMotion: 'reduce',
      acceptDownloads: true,
    });
    try {
      const p = context.pages()[0] ?? (await context.newPage());
      const requests: string[] = [];
      const errors: string[] = [];
      p.on('request', (r) => requests.push(r.url()));
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(`file://${web}/index.html`);
      await p.getByTestId('empty').waitFor();
      await p.getByTestId('file-input').setInputFiles([files[gym()]]);
      await p.waitForSelector('[data-testid=file-list] li[data-state=ready]');
      await p.getByTestId('pane').getByRole('button', { name: '检查', exact: true }).click();
      await p.waitForSelector('li[data-cell]');
      await p.getByTestId('pane').getByRole('button', { name: '标记到单元格' }).click();
      await p.waitForSelector('[data-testid=sheet-grid] td[data-fill]');
      // Flags not downloaded yet: closing the page would ask first; once downloaded, it would not.
      const asks = () => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      };
      await p.waitForFunction(asks);
      const [d] = await Promise.all([p.waitForEvent('download'), p.getByTestId('download').click()]);
      expect(await p.evaluate(asks)).toBe(false);
      expect(d.suggestedFilename()).toBe('县体育馆绩效目标-审核.xlsx');
      const copy = new Uint8Array(await fs.readFile((await d.path())!));
      expect(await cellValues(copy)).toEqual(await cellValues(inputs[gym()]));
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
      expect(requests.some((u) => /xlsx-file\.[0-9a-f]+\.chunk\.js$/.test(u))).toBe(true);
    } finally {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    }
  });
});

function gym(): string {
  return '县体育馆绩效目标.xlsx';
}
