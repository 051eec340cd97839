import { checkSheet } from '../../src/core/check';
import { parsePolicy } from '../../src/core/policy/policy';
import { focused, loadSamples, openSample, shot, startBrowser, type Samples, type Session } from './browser';

/*
 * Issue 8, item 3 in the task pane: a goal table whose headers the recogniser cannot read (类 | 项 | 考核内容
 * | 目标) is reported, and the clerk settles it with "这张表的列" — in the production build, in headless
 * Chromium, on the preview's sample of such a table.
 */

const FILE = 'goal-home-made-columns.xlsx';
const SHEET = '养老服务补助';

let SAMPLES: Samples;
let s: Session;

const page = () => s.page;
const pane = () => s.page.getByTestId('pane');
const rules = () => pane().locator('li[data-rule]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rule!));
const cells = () => pane().locator('li[data-cell]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell!).sort());
const gridTexts = () => page().locator('[data-testid=sheet-grid] td[data-a1]').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.a1}=${e.textContent}`));

async function check(label = '检查'): Promise<void> {
  await pane().getByRole('button', { name: label, exact: true }).click();
  await page().waitForSelector('[data-testid=check-summary]');
}

beforeAll(async () => {
  SAMPLES = await loadSamples();
  s = await startBrowser();
});

afterAll(async () => {
  await s?.close();
});

describe('这张表的列 in the preview', () => {
  test('the unreadable table is reported; setting its columns stores a hint and real goal findings replace the layout finding', async () => {
    const snapshot = SAMPLES[FILE].sheets.find((x) => x.name === SHEET)!;
    // What the core says without and with the hint the clerk is about to set.
    expect(checkSheet(snapshot)!.findings.map((f) => f.ruleId)).toEqual(['layout/goal-table-unrecognised']);
    const hint = { sheet: SHEET, headerRow: 5, columns: { level1: 'A', level2: 'B', name: 'C', value: 'D' } };
    const expected = checkSheet(snapshot, { policy: parsePolicy({ layout: { goal: [hint] } }) })!.findings;
    expect(expected.some((f) => f.ruleId.startsWith('goal/'))).toBe(true);

    await openSample(s, FILE);
    const sheetBefore = await gridTexts();
    await check();
    await expect(rules()).resolves.toEqual(['layout/goal-table-unrecognised']);
    await shot(s, 'mapping-01-finding');

    await pane().getByRole('button', { name: '指定这张表的列' }).click();
    const step = pane().getByTestId('mapping-step');
    await step.waitFor();
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus') === 'mapping-step');
    await expect(pane().getByTestId('mapping-row').inputValue()).resolves.toBe('5');
    await expect(step.textContent()).resolves.toContain('第 5 行：类 | 项 | 考核内容 | 目标');
    await expect(step.locator('select[data-role=level1]').inputValue()).resolves.toBe('A');
    await expect(step.locator('select[data-role=level2]').inputValue()).resolves.toBe('B');
    await expect(step.getByTestId('mapping-confirm').getAttribute('aria-disabled')).resolves.toBe('true');

    await step.getByRole('combobox', { name: '三级指标（指标名称）' }).selectOption('C');
    await step.getByRole('combobox', { name: '指标值', exact: true }).selectOption('D');
    await expect(step.getByTestId('mapping-preview-status').textContent()).resolves.toBe('读到 5 个指标，前 5 个：');
    await expect(step.getByTestId('mapping-preview').locator('li').first().textContent()).resolves.toBe('C6 服务老人人数 → ≥1200人');
    await shot(s, 'mapping-02-step');

    await step.getByTestId('mapping-confirm').click();
    await step.waitFor({ state: 'detached' });
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus') === 'check-summary');
    await expect(rules()).resolves.not.toContain('layout/goal-table-unrecognised');
    await expect(cells()).resolves.toEqual(expected.map((f) => `${SHEET}!${f.cell}`).sort());
    await expect(page().getByTestId('pane-message').textContent()).resolves.toContain(`已把工作表“${SHEET}”第 5 行表头的各列保存到工作簿的设置中`);
    await shot(s, 'mapping-03-rechecked');

    // Nothing was written to the sheet: every cell reads as before, none flagged.
    await expect(gridTexts()).resolves.toEqual(sheetBefore);
    await expect(page().locator('[data-testid=sheet-grid] td[data-fill]').count()).resolves.toBe(0);

    // Stored in the workbook's settings: the settings list it, its JSON holds it, and a new check keeps it.
    await pane().getByRole('tab', { name: /^设置/ }).click();
    await pane().getByRole('button', { name: /这张表的列（表头与各列）/ }).click();
    await expect(pane().getByTestId('layout-hints').textContent()).resolves.toContain(`工作表“${SHEET}”，第 5 行表头`);
    await pane().getByRole('button', { name: /高级：完整设置/ }).click();
    const json = JSON.parse(await pane().getByTestId('policy-json').inputValue());
    expect(json).toEqual({ layout: { goal: [hint] } });
    await shot(s, 'mapping-04-settings');
    await pane().getByRole('tab', { name: '检查结果' }).click();
    await check();
    await expect(cells()).resolves.toEqual(expected.map((f) => `${SHEET}!${f.cell}`).sort());
  });

  test('keyboard only: Enter opens the step on its heading, Esc closes it and gives the keyboard back', async () => {
    await openSample(s, FILE, { lang: 'en' });
    await check('Check');
    const button = pane().getByRole('button', { name: "Set this table's columns" });
    await button.focus();
    await page().keyboard.press('Enter');
    await pane().getByTestId('mapping-step').waitFor();
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus') === 'mapping-step');
    await expect(focused(s)).resolves.toMatchObject({ text: "This table's columns" });
    // Tab reaches the header row, then the first column's dropdown.
    await page().keyboard.press('Tab');
    await expect(focused(s)).resolves.toMatchObject({ testId: 'mapping-row' });
    await page().keyboard.press('Tab');
    await expect(focused(s)).resolves.toMatchObject({ tag: 'select' });
    await page().keyboard.press('Escape');
    await pane().getByTestId('mapping-step').waitFor({ state: 'detached' });
    await expect(focused(s)).resolves.toMatchObject({ testId: 'map-columns' });
    await expect(rules()).resolves.toEqual(['layout/goal-table-unrecognised']);
  });

  test('no script error and nothing fetched from outside the build', () => {
    expect(s.pageErrors).toEqual([]);
    expect(s.external).toEqual([]);
  });
});
