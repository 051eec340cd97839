import type { Page } from 'playwright-core';
import { checkSheet, planSheetFill } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { FLAG_FILL } from '../../src/adapters/workbook-port';
import { hexToRgb, loadSamples, openSample as open, shot as paneShot, startBrowser, type Samples, type Session } from './browser';

/*
 * The task pane's production build in Debian's headless Chromium, in preview mode (no Excel): the same
 * pane code over the in-memory adapter, next to a grid of the sample sheet. Screenshots of every step go
 * to test-results/ for a human to look at.
 */

let SAMPLES: Samples;
let session: Session;
let page: Page;

async function shot(name: string): Promise<void> {
  await paneShot(session, name, 'page');
}

async function openSample(file: string, lang?: 'zh' | 'en'): Promise<void> {
  await open(session, file, lang ? { lang } : {});
}

beforeAll(async () => {
  SAMPLES = await loadSamples();
  session = await startBrowser();
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('preview in headless Chromium', () => {
  let expected: readonly Finding[];
  beforeAll(() => {
    expected = checkSheet(SAMPLES['goal-bad-gym.xlsx'].sheets[0])!.findings;
  });

  test('check a goal sample: the findings the core reports appear, grouped, with a summary chart', async () => {
    await openSample('goal-bad-gym.xlsx');
    await page.getByText('预览模式（无 Excel）').waitFor();
    await shot('01-preview-loaded');
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.waitForSelector('li[data-cell]');
    const cells = await page.locator('li[data-cell]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell));
    expect(cells.sort()).toEqual(expected.map((f) => `${f.sheet}!${f.cell}`).sort());
    await expect(page.getByTestId('findings-chart').locator('[data-bar]').count()).resolves.toBe(new Set(expected.map((f) => f.ruleId)).size);
    await shot('02-findings');
  });

  test('clicking a finding selects its cell in the grid', async () => {
    const target = expected.find((f) => f.ruleId === 'goal/unquantified') ?? expected[0];
    const item = page.locator(`li[data-cell="${target.sheet}!${target.cell}"][data-rule="${target.ruleId}"]`).first();
    await item.locator('button').first().click();
    const selected = page.locator('[data-testid=sheet-grid] td[aria-selected=true]');
    await expect(selected.getAttribute('data-a1')).resolves.toBe(target.cell);
    await shot('03-finding-selects-cell');
    // And another one: the selection follows.
    const other = expected.find((f) => f.cell !== target.cell)!;
    await page.locator(`li[data-cell="${other.sheet}!${other.cell}"]`).first().locator('button').first().click();
    await expect(page.locator('[data-testid=sheet-grid] td[aria-selected=true]').getAttribute('data-a1')).resolves.toBe(other.cell);
  });

  test('flag cells: fills and notes appear on the grid; clear flags: they are gone', async () => {
    await page.getByRole('button', { name: '标记到单元格' }).click();
    await page.waitForSelector('[data-testid=sheet-grid] td[data-fill]');
    const flaggedCells = new Set(expected.map((f) => f.cell));
    const filled = await page.locator('[data-testid=sheet-grid] td[data-fill]').evaluateAll((els) =>
      els.map((e) => ({ a1: (e as HTMLElement).dataset.a1!, bg: getComputedStyle(e).backgroundColor, note: e.getAttribute('title') })),
    );
    expect(new Set(filled.map((f) => f.a1))).toEqual(flaggedCells);
    const errorCell = expected.find((f) => f.severity === 'error')!;
    const painted = filled.find((f) => f.a1 === errorCell.cell)!;
    expect(painted.bg).toBe(hexToRgb(FLAG_FILL.error));
    expect(painted.note).toContain(errorCell.message);
    await page.locator(`[data-testid=sheet-grid] td[data-a1="${errorCell.cell}"]`).hover();
    await shot('04-flagged');

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=sheet-grid] td[data-fill]').length === 0);
    await expect(page.getByTestId('pane-message').textContent()).resolves.toContain(`已清除“${expected[0].sheet}”中 ${flaggedCells.size} 个单元格的标记`);
    await shot('05-flags-cleared');
  });

  test('fill a results sample: preview, confirm, the values appear; 撤销上次填充 empties them again', async () => {
    const results = Object.entries(SAMPLES).flatMap(([file, w]) => w.sheets.map((s) => ({ file, sheet: s, fill: planSheetFill(s) }))).find((x) => x.fill && x.fill.plan.writes.length > 0);
    if (!results) throw new Error('No sample with a results table among scripts/samples/*-samples.ts');
    const { file, sheet, fill } = results;
    await openSample(file);
    // The sample opens on its first recognised sheet; make sure it is the one with the results table.
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: sheet.name, exact: true }).click();
    await page.getByRole('tab', { name: '填充' }).click();
    await page.getByRole('button', { name: '预览填充' }).click();
    await page.waitForSelector('[data-testid=fill-plan]');
    const writes = fill!.plan.writes;
    await expect(page.getByTestId('fill-plan-summary').textContent()).resolves.toContain(`将写入 ${writes.length} 个单元格`);
    await shot('06-fill-preview');

    const { toA1 } = await import('../../src/core/grid/address');
    const probe = writes.toArray().filter((w) => w.role === 'value').slice(0, 5);
    for (const w of probe) await expect(page.locator(`td[data-a1="${toA1(w.ref)}"]`).textContent()).resolves.toBe('');
    await page.getByRole('button', { name: '确认填充' }).click();
    await page.waitForSelector('[data-testid=fill-summary]');
    for (const w of probe) {
      const text = await page.locator(`td[data-a1="${toA1(w.ref)}"]`).textContent();
      expect(text).not.toBe('');
      if (typeof w.value === 'string') expect(text).toBe(w.value);
    }
    await shot('07-filled');

    await page.getByRole('button', { name: '撤销上次填充' }).click();
    await page.waitForFunction((a1s) => a1s.every((a1) => document.querySelector(`td[data-a1="${a1}"]`)?.textContent === ''), probe.map((w) => toA1(w.ref)));
    await expect(page.getByTestId('pane-message').textContent()).resolves.toContain('已撤销上次填充');
    await shot('08-fill-undone');
  });

  test('settings: rule switches and the policy JSON, validated as typed', async () => {
    await page.getByRole('tab', { name: /^设置/ }).click();
    await page.getByRole('button', { name: /高级：完整设置/ }).click();
    const editor = page.getByTestId('policy-json');
    await editor.waitFor();
    await editor.fill('{ "rules": { "goal/unquantified": "loud" } }');
    await expect(page.getByTestId('policy-issues').textContent()).resolves.toContain('rules.goal/unquantified');
    await expect(page.getByRole('button', { name: '保存到工作簿' }).getAttribute('aria-disabled')).resolves.toBe('true');
    await shot('09-settings-invalid');
    await editor.fill('{ "rules": { "goal/unquantified": "warning" } }');
    await page.getByRole('button', { name: '保存到工作簿' }).click();
    await expect(page.getByTestId('pane-message').textContent()).resolves.toContain('设置已保存到工作簿');
    await shot('10-settings-saved');
  });

  test('English when asked: the same pane in English', async () => {
    await openSample('goal-good-school.xlsx', 'en');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.waitForSelector('[data-testid=check-summary]');
    await expect(page.getByTestId('check-summary').textContent()).resolves.toMatch(/^Checked 1 table/);
    await shot('11-english');
  });

  test('nothing was fetched from outside the build, and no script error occurred', async () => {
    // office.js schedules its telemetry iframe 3 s after loading in a plain browser: wait past that.
    await openSample('goal-good-school.xlsx');
    await page.waitForTimeout(4000);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
