import { checkSheet, planSheetFill } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import type { CellValue, SheetSnapshot } from '../../src/core/grid/types';
import { toA1 } from '../../src/core/grid/address';
import { axe, focused, loadSamples, openSample, serious, shot, startBrowser, typeInto, type Samples, type Session } from './browser';

/*
 * Issue 12, point by point: the task pane in daily use, in the production build in headless Chromium.
 * Each test is one of the issue's nine points (and the keyboard-only run through check → flag → accept →
 * fill → undo); each asserts what a clerk sees, not how the pane does it.
 */

let SAMPLES: Samples;
let s: Session;

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

function sheetOf(file: string, name?: string): SheetSnapshot {
  const sheets = SAMPLES[file].sheets;
  return name ? sheets.find((x) => x.name === name)! : sheets.find((x) => checkSheet(x) !== null)!;
}

const page = () => s.page;
const pane = () => s.page.getByTestId('pane');
const message = () => s.page.getByTestId('pane-message').textContent();

async function check(label = '检查'): Promise<void> {
  await pane().getByRole('button', { name: label, exact: true }).click();
  await page().waitForSelector('[data-testid=check-summary]');
}

async function showSheet(name: string): Promise<void> {
  await page().getByTestId('sheet-tabs').getByRole('tab', { name, exact: true }).click();
  await page().waitForSelector(`[data-testid=sheet-grid][data-sheet="${name}"]`);
}

async function gridFills(): Promise<string[]> {
  return page().locator('[data-testid=sheet-grid] td[data-fill]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.a1!).sort());
}

async function previewFill(label = '预览填充'): Promise<void> {
  await pane().getByRole('tab', { name: label === '预览填充' ? '填充' : 'Fill' }).click();
  await pane().getByRole('button', { name: label }).click();
  await page().waitForSelector('[data-testid=fill-plan]');
}

async function openSettings(name: RegExp = /^设置/): Promise<void> {
  await pane().getByRole('tab', { name }).click();
  await page().getByTestId('settings').waitFor();
}

async function openSection(name: RegExp): Promise<void> {
  const header = pane().getByRole('button', { name });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

/** Presses Tab until `done` holds (at most `max` times); returns how many presses it took. */
async function tabUntil(done: () => Promise<boolean>, max = 40, key = 'Tab'): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page().keyboard.press(key);
    if (await done()) return i;
  }
  throw new Error(`focus never reached its target in ${max} presses of ${key}`);
}

const cellsOf = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.cell))].sort();

beforeAll(async () => {
  SAMPLES = await loadSamples();
  s = await startBrowser();
});

afterAll(async () => {
  await s?.close();
});

describe('issue 12: the task pane in daily use', () => {
  test('1. settings: form fields validated as typed, kept across tabs with a warning, save always in reach, JSON in step', async () => {
    await openSample(s, 'results-2025.xlsx');
    await openSettings();
    const field = (path: string) => pane().locator(`[data-path="${path}"]`);
    // The values in force are shown, not an empty box.
    await expect(field('evaluation.bands.excellent').inputValue()).resolves.toBe('90');
    await expect(field('evaluation.rates.good').inputValue()).resolves.toBe('5');
    await field('evaluation.bands.excellent').fill('95');
    await field('evaluation.rates.good').fill('abc');
    // Validated as typed: the field says what is wrong, and nothing invalid can be saved.
    await expect(pane().locator('[role=alert], .fui-Field__validationMessage').filter({ hasText: '请输入数字' }).count()).resolves.toBeGreaterThan(0);
    const save = pane().getByRole('button', { name: '保存到工作簿' });
    await expect(save.getAttribute('aria-disabled')).resolves.toBe('true');
    await field('evaluation.rates.good').fill('3');
    await field('evaluation.bands.good').fill('96');
    await expect(pane().getByText('等级分数线须满足 优秀 > 良好 > 合格').count()).resolves.toBeGreaterThan(0);
    await field('evaluation.bands.good').fill('80');
    await field('evaluation.excellentUnrecorded').selectOption('asGood');
    await openSection(/运行监控预警/);
    await field('monitoring.month').selectOption('8');
    await field('monitoring.gap.tolerance').fill('15');
    await openSection(/规则开关与级别/);
    await pane().getByRole('combobox', { name: /缺少满意度指标/ }).selectOption('off');
    await shot(s, '12-1-settings-form');

    // Save stays in reach: with every section open and the pane scrolled to the top, it is on screen.
    await openSection(/高级：完整设置/);
    await pane().evaluate((el) => (el.scrollTop = 0));
    const paneBox = (await pane().boundingBox())!;
    const saveBox = (await save.boundingBox())!;
    expect(saveBox.y).toBeGreaterThanOrEqual(paneBox.y);
    expect(saveBox.y + saveBox.height).toBeLessThanOrEqual(paneBox.y + paneBox.height + 1);
    await expect(save.getAttribute('aria-disabled')).resolves.not.toBe('true');

    // The JSON (what --policy reads) says exactly what the form set.
    const expectedDoc = {
      evaluation: { bands: { excellent: 95 }, rates: { good: 0.03 }, excellentUnrecorded: 'asGood' },
      monitoring: { month: 8, gap: { tolerance: 0.15 } },
      rules: { 'goal/missing-satisfaction': 'off' },
    };
    expect(JSON.parse(await pane().getByTestId('policy-json').inputValue())).toEqual(expectedDoc);

    // Leaving the tab keeps the edits and says so; the tab shows there is something unsaved.
    await pane().getByRole('tab', { name: '检查结果' }).click();
    await expect(message()).resolves.toContain('“设置”中有未保存的修改，已保留');
    await expect(pane().getByRole('tab', { name: /^设置/ }).textContent()).resolves.toContain('有未保存的修改');
    await openSettings();
    await expect(field('evaluation.bands.excellent').inputValue()).resolves.toBe('95');
    await expect(field('evaluation.rates.good').inputValue()).resolves.toBe('3');

    await save.click();
    await expect(message()).resolves.toContain('设置已保存到工作簿');
    await expect(pane().getByTestId('settings-status').textContent()).resolves.toBe('设置与工作簿中保存的一致。');
    const stored = await page().evaluate(() => (window as unknown as { goalLintPreview: { port: { loadSettings(k: string): Promise<unknown> } } }).goalLintPreview.port.loadSettings('goal-lint.policy'));
    expect(stored).toEqual(expectedDoc);
    // And it applies: a 良好 row's ratio in the fill preview is the 3% just set.
    await previewFill();
    const good = sheetOf('results-2025.xlsx').values.findIndex((r) => r.includes('特困人员集中供养服务'));
    const row = pane().locator(`[data-testid=fill-rows] li[data-row="${good + sheetOf('results-2025.xlsx').origin.row + 1}"]`);
    await expect(row.textContent()).resolves.toContain('3%');
  });

  test('2. the fill preview never goes stale: undo and an edit in the sheet work it out again', async () => {
    const sheet = sheetOf('results-2025.xlsx');
    const plan = planSheetFill(sheet)!.plan;
    const typed = plan.skippedCells.filter((c) => c.reasonId === 'notEmpty').length;
    await openSample(s, 'results-2025.xlsx');
    await previewFill();
    await expect(pane().getByTestId('fill-plan-summary').textContent()).resolves.toContain(`将写入 ${plan.writes.length} 个单元格`);
    await pane().getByRole('button', { name: '确认填充' }).click();
    await page().waitForSelector('[data-testid=fill-summary]');
    await pane().getByRole('button', { name: '预览填充' }).click();
    await expect(pane().getByTestId('fill-plan-summary').textContent()).resolves.toContain('没有需要写入的单元格');
    await pane().getByRole('button', { name: '撤销上次填充' }).click();
    // The open preview is worked out again from the restored sheet: the outputs are empty again.
    await expect(message()).resolves.toContain('填充预览已按撤销后的内容重新计算');
    await expect(pane().getByTestId('fill-plan-summary').textContent()).resolves.toContain(`将写入 ${plan.writes.length} 个单元格`);
    await expect(pane().getByTestId('overwrite').textContent()).resolves.toContain(`覆盖这 ${typed} 个已有内容的单元格`);
    await shot(s, '12-2-preview-after-undo');

    // A score typed after the preview (not one of the cells to write): nothing is written from the old plan.
    const r = sheet.values.findIndex((row) => row.includes('基层医疗卫生机构设备购置')) + sheet.origin.row;
    const score = toA1({ row: r, col: 4 });
    const grade = toA1({ row: r, col: 7 });
    await typeInto(s, sheet.name, score, 70);
    await pane().getByRole('button', { name: '确认填充' }).click();
    await expect(message()).resolves.toContain('在预览后已被修改，未写入');
    await expect(page().locator(`td[data-a1="${grade}"]`).textContent()).resolves.toBe('');
    await expect(pane().locator(`[data-testid=fill-rows] li[data-row="${r + 1}"]`).textContent()).resolves.toContain('合格');
    await pane().getByRole('button', { name: '确认填充' }).click();
    await page().waitForSelector('[data-testid=fill-summary]');
    await expect(page().locator(`td[data-a1="${grade}"]`).textContent()).resolves.toBe('合格');
  });

  test('3. the preview shows each row\'s values as the sheet will; the overwrite confirmation names cells, old and new', async () => {
    const sheet = sheetOf('results-2025.xlsx');
    const plan = planSheetFill(sheet)!.plan;
    await openSample(s, 'results-2025.xlsx');
    await previewFill();
    const r = sheet.values.findIndex((row) => row.includes('城区中小学校舍维修改造')) + sheet.origin.row;
    const row = pane().locator(`[data-testid=fill-rows] li[data-row="${r + 1}"]`);
    const text = (await row.textContent())!;
    // 95.5, 绩效突出, 360 万元: 优秀, +10%, 36.00, 396.00 — as Excel will show them under the fill's formats.
    expect(text).toContain('城区中小学校舍维修改造');
    for (const v of ['评价等级', '优秀', '调整比例', '10%', '调整金额', '36.00', '396.00', '结果应用']) expect(text).toContain(v);
    expect(text).not.toContain('0.1');
    await shot(s, '12-3-preview-rows');

    await pane().getByTestId('overwrite').getByRole('checkbox').click();
    const dialog = page().getByRole('dialog');
    await dialog.waitFor();
    const lines = await dialog.getByTestId('overwrite-cells').locator('li').allTextContents();
    const typed = plan.skippedCells.filter((c) => c.reasonId === 'notEmpty');
    expect(lines).toHaveLength(typed.length);
    for (const c of typed) {
      const line = lines.find((l) => l.startsWith(`${toA1(c.ref)}（`))!;
      expect(line).toBeDefined();
      if (typeof c.existing === 'string') expect(line).toContain(`${c.existing} →`);
      if (typeof c.proposed === 'string') expect(line).toContain(`→ ${c.proposed}`);
    }
    await shot(s, '12-3-overwrite-dialog', 'page');
    await dialog.getByRole('button', { name: '确认覆盖' }).click();
    await expect(pane().getByTestId('fill-plan-summary').textContent()).resolves.toContain(`将写入 ${plan.writes.length + typed.length} 个单元格`);
  });

  test('4. flag what is shown; clearing one sheet says what was cleared and what remains, and offers the rest', async () => {
    const file = 'monitoring-department.xlsx';
    const [first, second] = ['资金执行监控', '绩效指标监控'];
    const findings = { [first]: checkSheet(sheetOf(file, first))!.findings, [second]: checkSheet(sheetOf(file, second))!.findings };
    // A rule of the first sheet that does not cover all its flagged cells: the filter narrows what is flagged.
    const rule = findings[first].map((f) => f.ruleId).find((id) => cellsOf(findings[first].filter((f) => f.ruleId === id)).length < cellsOf(findings[first]).length)!;
    expect(rule).toBeDefined();
    const all = [...findings[first], ...findings[second]];
    await openSample(s, file);
    await showSheet(first);
    await pane().getByRole('radio', { name: '整个工作簿' }).check();
    await check();
    await pane().getByTestId('rule-filter').selectOption(rule);
    await expect(pane().getByTestId('flag-scope').textContent()).resolves.toContain(`只标记所显示的 ${all.filter((f) => f.ruleId === rule).length} 个`);
    await pane().getByRole('button', { name: '标记到单元格' }).click();
    await expect(message()).resolves.toContain('已按筛选只标记');
    expect(await gridFills()).toEqual(cellsOf(findings[first].filter((f) => f.ruleId === rule)));
    await showSheet(second);
    expect(await gridFills()).toEqual(cellsOf(findings[second].filter((f) => f.ruleId === rule)));

    // Without the filter, everything shown is flagged, on every sheet.
    await pane().getByTestId('rule-filter').selectOption('');
    await pane().getByRole('button', { name: '标记到单元格' }).click();
    await expect(message()).resolves.toContain('个单元格上标记');
    expect(await gridFills()).toEqual(cellsOf(findings[second]));
    await showSheet(first);
    expect(await gridFills()).toEqual(cellsOf(findings[first]));

    // Clear on the active sheet: it says what it cleared, which sheets still carry flags, and offers them.
    await pane().getByRole('radio', { name: '当前工作表' }).check();
    await pane().getByRole('button', { name: '清除标记' }).click();
    const text = (await message())!;
    expect(text).toContain(`已清除“${first}”中 ${cellsOf(findings[first]).length} 个单元格的标记`);
    expect(text).toContain(`其他工作表仍有标记：“${second}”${cellsOf(findings[second]).length} 个单元格`);
    expect(await gridFills()).toEqual([]);
    await shot(s, '12-4-cleared-one-sheet');
    await pane().getByTestId('message-action').click();
    await expect(message()).resolves.toContain(`已清除所有工作表中 ${cellsOf(findings[second]).length} 个单元格的标记`);
    await showSheet(second);
    expect(await gridFills()).toEqual([]);
  });

  test('5. many findings: collapsed groups, accept a whole group (and undo it), no empty rules in the filter, the chart shows the filter, sheets grouped', async () => {
    await openSample(s, 'generated-1000-rows.xlsx', { rows: 1000 });
    await check();
    const toggles = pane().getByTestId('group-toggle');
    const groups = await toggles.count();
    expect(groups).toBeGreaterThan(1);
    // Hundreds of findings open as group headers only.
    await expect(toggles.evaluateAll((els) => els.every((e) => e.getAttribute('aria-expanded') === 'false'))).resolves.toBe(true);
    await expect(pane().locator('li[data-cell]').count()).resolves.toBe(0);
    const first = pane().locator('[data-group]').first();
    const ruleId = (await first.getAttribute('data-group'))!;
    await first.getByTestId('group-toggle').click();
    await expect(first.locator('li[data-cell]').count()).resolves.toBe(50);
    await shot(s, '12-5-groups');

    const acceptAll = first.getByTestId('accept-group');
    const count = Number(/\d+/.exec((await acceptAll.textContent())!)![0]);
    expect(count).toBeGreaterThan(50);
    await acceptAll.click();
    await expect(message()).resolves.toContain(`的 ${count} 个问题，以后检查不再提示`);
    await expect(pane().locator(`[data-group="${ruleId}"]`).count()).resolves.toBe(0);
    // A rule with nothing left open is neither in the filter nor in the chart.
    const options = await pane().getByTestId('rule-filter').locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).not.toContain(ruleId);
    await expect(pane().locator(`[data-testid=findings-chart] [data-bar="${ruleId}"]`).count()).resolves.toBe(0);
    await pane().getByTestId('message-action').click();
    await expect(pane().locator(`[data-group="${ruleId}"]`).count()).resolves.toBe(1);

    // The chart shows the filter in force.
    const other = options.find((o) => o && o !== ruleId)!;
    await pane().getByTestId('rule-filter').selectOption(other);
    await expect(pane().locator(`[data-testid=findings-chart] [data-bar="${other}"] button`).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(pane().getByTestId('chart-filter').count()).resolves.toBe(1);
    await shot(s, '12-5-chart-filter');

    // Checking a workbook: findings grouped by sheet.
    await openSample(s, 'monitoring-department.xlsx');
    await pane().getByRole('radio', { name: '整个工作簿' }).check();
    await check();
    const headings = await pane().locator('[data-sheet-group] h2').allTextContents();
    expect(headings.map((h) => /“(.+)”/.exec(h)![1])).toEqual(['资金执行监控', '绩效指标监控']);
    for (const name of ['资金执行监控', '绩效指标监控']) {
      const cells = await pane().locator(`[data-sheet-group="${name}"] li[data-cell]`).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cell!));
      expect(cells.length).toBeGreaterThan(0);
      expect(cells.every((c) => c.startsWith(`${name}!`))).toBe(true);
    }
    await shot(s, '12-5-by-sheet');
  });

  test('6. keyboard: focus lands on the summary after 检查, on the next item after 接受, on the opener after Esc; the chart is one Tab stop', async () => {
    await openSample(s, 'goal-bad-gym.xlsx');
    await pane().getByRole('button', { name: '检查', exact: true }).focus();
    await page().keyboard.press('Enter');
    await page().waitForSelector('[data-testid=check-summary]');
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus') === 'check-summary');

    // One Tab enters the chart; the next leaves it, however many bars it has.
    const bars = await pane().locator('[data-testid=findings-chart] button').count();
    expect(bars).toBeGreaterThan(3);
    await page().keyboard.press('Tab');
    const inChart = () => page().evaluate(() => !!document.activeElement?.closest('[data-testid=findings-chart]'));
    await expect(inChart()).resolves.toBe(true);
    await page().keyboard.press('ArrowDown');
    await expect(inChart()).resolves.toBe(true);
    await page().keyboard.press('Tab');
    await expect(inChart()).resolves.toBe(false);

    // 接受 from the keyboard: focus moves to the next finding.
    const cellsInOrder = await pane().locator('li[data-cell]').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.cell}|${(e as HTMLElement).dataset.rule}`));
    await tabUntil(async () => (await focused(s)).text === '接受');
    const at = await page().evaluate(() => {
      const li = document.activeElement!.closest('li[data-cell]') as HTMLElement;
      return `${li.dataset.cell}|${li.dataset.rule}`;
    });
    await page().keyboard.press('Enter');
    const next = cellsInOrder[cellsInOrder.indexOf(at) + 1];
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus')?.startsWith('finding:'));
    const now = await page().evaluate(() => {
      const li = document.activeElement!.closest('li[data-cell]') as HTMLElement;
      return `${li.dataset.cell}|${li.dataset.rule}`;
    });
    expect(now).toBe(next);

    // Esc in the overwrite dialog: back to the checkbox that opened it.
    await openSample(s, 'results-2025.xlsx');
    await previewFill();
    const box = pane().getByTestId('overwrite').getByRole('checkbox');
    await box.focus();
    await page().keyboard.press('Space');
    await page().getByRole('dialog').waitFor();
    await page().keyboard.press('Escape');
    await page().getByRole('dialog').waitFor({ state: 'detached' });
    await page().waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox');
    await expect(page().evaluate(() => !!document.activeElement?.closest('[data-testid=overwrite]'))).resolves.toBe(true);
  });

  test('6b. keyboard only: check → flag → accept → fill → undo', async () => {
    await openSample(s, 'goal-bad-gym.xlsx');
    const sheet = sheetOf('goal-bad-gym.xlsx');
    const expected = checkSheet(sheet)!.findings;
    // From the top of the pane, by Tab only.
    await pane().getByRole('tab', { name: '检查结果' }).focus();
    await tabUntil(async () => (await focused(s)).text === '检查');
    await page().keyboard.press('Enter');
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus') === 'check-summary');
    // Back into the toolbar (one stop: it remembers 检查), then → to 标记到单元格.
    await page().keyboard.press('Shift+Tab');
    await expect(focused(s)).resolves.toMatchObject({ text: '检查' });
    await page().keyboard.press('ArrowRight');
    await expect(focused(s)).resolves.toMatchObject({ text: '标记到单元格' });
    await page().keyboard.press('Enter');
    await page().waitForFunction(() => document.querySelectorAll('[data-testid=sheet-grid] td[data-fill]').length > 0);
    expect(await gridFills()).toEqual(cellsOf(expected));
    await expect(focused(s)).resolves.toMatchObject({ text: '标记到单元格' });
    // Accept the first finding.
    await tabUntil(async () => (await focused(s)).text === '接受');
    const before = await pane().locator('li[data-cell]').count();
    await page().keyboard.press('Enter');
    await page().waitForFunction((n) => document.querySelectorAll('li[data-cell]').length === n - 1, before);
    await expect(focused(s).then((f) => f.focus?.startsWith('finding:'))).resolves.toBe(true);

    // Fill and undo on a results sheet, by keyboard.
    await openSample(s, 'results-2025.xlsx');
    const plan = planSheetFill(sheetOf('results-2025.xlsx'))!.plan;
    await pane().getByRole('tab', { name: '检查结果' }).focus();
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('Enter');
    await expect(pane().getByRole('tab', { name: '填充' }).getAttribute('aria-selected')).resolves.toBe('true');
    await tabUntil(async () => (await focused(s)).text === '预览填充');
    await page().keyboard.press('Enter');
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus') === 'fill-plan');
    await tabUntil(async () => (await focused(s)).text === '确认填充', 80);
    await page().keyboard.press('Enter');
    await page().waitForSelector('[data-testid=fill-summary]');
    await page().waitForFunction(() => document.activeElement?.getAttribute('data-focus') === 'message');
    const a1 = toA1(plan.writes.toArray().find((w) => w.role === 'value')!.ref);
    await expect(page().locator(`td[data-a1="${a1}"]`).textContent()).resolves.not.toBe('');
    await tabUntil(async () => (await focused(s)).text === '撤销上次填充', 40, 'Shift+Tab');
    await page().keyboard.press('Enter');
    await page().waitForFunction((cell) => document.querySelector(`td[data-a1="${cell}"]`)?.textContent === '', a1);
    await expect(message()).resolves.toContain('已撤销上次填充');
    await expect(focused(s)).resolves.toMatchObject({ focus: 'message' });
  });

  test('7. every string through the locale: English reasons, errors, brackets and quotes; Chinese JSON errors; notes name the problem first', async () => {
    // English: skipped-cell and skipped-row reasons, the filter's brackets, the messages' quotes.
    await openSample(s, 'results-2025.xlsx', { lang: 'en' });
    await previewFill('Preview fill');
    const reasons = await pane().locator('[data-testid=skipped-cells] [data-role=reason]').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(r).not.toMatch(CJK);
    await shot(s, '12-7-english-fill');
    await openSample(s, 'monitoring-department.xlsx', { lang: 'en' });
    await previewFill('Preview fill');
    const rowReasons = await pane().locator('table').last().locator('tbody tr td:nth-child(2)').allTextContents();
    for (const r of rowReasons) expect(r).not.toMatch(/[「」]/);

    await openSample(s, 'goal-bad-gym.xlsx', { lang: 'en' });
    await check('Check');
    const options = await pane().getByTestId('rule-filter').locator('option').allTextContents();
    for (const o of options) expect(o).not.toMatch(/[（）]/);
    await pane().getByRole('button', { name: 'Flag cells' }).click();
    await expect(message()).resolves.not.toMatch(CJK);
    await openSettings(/^Settings/);
    await pane().locator('[data-path="evaluation.rates.good"]').fill('abc');
    await pane().locator('[data-path="evaluation.bands.excellent"]').fill('70');
    const issues = (await pane().getByTestId('policy-issues').textContent())!;
    expect(issues).toContain('grade bands must satisfy excellent > good > pass');
    expect(issues).not.toMatch(CJK);
    await expect(pane().getByText('Enter a number').count()).resolves.toBeGreaterThan(0);
    await openSection(/Advanced/);
    await pane().getByTestId('policy-json').fill('{ "rules": ');
    await expect(pane().getByTestId('policy-issues').textContent()).resolves.toContain('Not valid JSON: the text ends early');

    // Chinese: a JSON syntax error in Chinese with its place, never the browser's English.
    await openSample(s, 'goal-bad-gym.xlsx');
    await openSettings();
    await openSection(/高级：完整设置/);
    await pane().getByTestId('policy-json').fill('{\n  "rules": {},,\n}');
    const zh = (await pane().getByTestId('policy-issues').textContent())!;
    expect(zh).toContain('JSON 格式错误：第 2 行第');
    expect(zh).not.toMatch(/Unexpected|Expected|JSON at position/);

    // Notes: the problem's Chinese name first, the rule id last.
    const funds = checkSheet(sheetOf('goal-bad-gym.xlsx'))!.findings.find((f) => f.ruleId === 'goal/funds-mismatch')!;
    await pane().getByRole('tab', { name: '检查结果' }).click();
    await check();
    await pane().getByRole('button', { name: '标记到单元格' }).click();
    await page().waitForSelector(`td[data-a1="${funds.cell}"][data-note]`);
    const note = (await page().locator(`td[data-a1="${funds.cell}"]`).getAttribute('title'))!;
    expect(note.startsWith('资金不平衡：')).toBe(true);
    expect(note.trimEnd().endsWith('（规则 goal/funds-mismatch）')).toBe(true);
    expect(note).not.toContain('[goal/');
  });

  test('8. contrast: accepted items are not faded, status colours read at 4.5:1, axe finds nothing serious', async () => {
    await openSample(s, 'goal-bad-gym.xlsx');
    await check();
    await pane().locator('li[data-cell]').first().getByRole('button', { name: '接受' }).click();
    await pane().getByRole('checkbox', { name: /显示已接受的问题/ }).check();
    const acceptedItem = pane().locator('li[data-accepted]').first();
    await acceptedItem.waitFor();
    await expect(acceptedItem.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    // Every severity word and hint against what it is drawn on.
    const ratios = await pane().evaluate((root) => {
      const lum = (rgb: string) => {
        const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const bg = (el: Element): string => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor;
          if (c && !/rgba\(0, 0, 0, 0\)|transparent/.test(c)) return c;
        }
        return 'rgb(255, 255, 255)';
      };
      const targets = [...root.querySelectorAll('section[aria-label] > h2 > span:first-child, li[data-accepted] span, li[data-cell] span')];
      return targets.map((t) => {
        const a = lum(getComputedStyle(t).color);
        const b = lum(bg(t));
        return { text: (t.textContent ?? '').slice(0, 20), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    });
    expect(ratios.length).toBeGreaterThan(5);
    expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([]);
    const found = serious(await axe(s)).filter((v) => !(v.id === 'aria-hidden-focus' && v.nodes.every((n) => n.html.includes('data-tabster-dummy'))));
    expect(found).toEqual([]);
    await shot(s, '12-8-accepted-shown');
  });

  test('9. messages tell the truth: failed and invalid imports, export while invalid, the fill tab\'s texts, values as the sheet shows them', async () => {
    await openSample(s, 'goal-bad-gym.xlsx');
    await openSettings();
    const upload = async (name: string, content: string) => {
      await pane().getByTestId('policy-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    };
    await upload('ok.json', JSON.stringify({ rules: { 'goal/value-format': 'error' } }));
    await expect(message()).resolves.toContain('已导入“ok.json”');
    await upload('broken.json', '{ "rules": { ');
    await page().waitForFunction(() => document.querySelector('[data-testid=pane-message]')?.textContent?.includes('broken.json'));
    const failed = (await message())!;
    expect(failed).toContain('未导入“broken.json”：JSON 格式错误');
    expect(failed).not.toContain('ok.json');
    await upload('wrong.json', JSON.stringify({ evaluation: { bands: { excellent: 50 } } }));
    await page().waitForFunction(() => document.querySelector('[data-testid=pane-message]')?.textContent?.includes('wrong.json'));
    const invalid = (await message())!;
    expect(invalid).toContain('已导入“wrong.json”，但有 1 处设置错误，修正后才能保存');
    expect(invalid).not.toContain('检查无误后点击');
    // Settings with errors cannot be exported, and the pane says why.
    await expect(pane().getByTestId('export').getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(pane().getByText('设置有误时不能导出：请先修正。').count()).resolves.toBe(1);
    await shot(s, '12-9-invalid-import');

    // The 填充 tab speaks of every table it fills.
    await pane().getByRole('tab', { name: '填充' }).click();
    const intro = (await pane().getByRole('region', { name: '填充' }).textContent())!;
    for (const t of ['评价结果表', '自评表', '运行监控表']) expect(intro).toContain(t);
    await pane().getByRole('button', { name: '预览填充' }).click();
    await expect(message()).resolves.toContain('没有可填充的表（评价结果表、自评表或运行监控表）');

    // Skipped cells as the sheet shows them: 55.00% → 56.00%, not 0.55 → 0.56.
    const monitoring = sheetOf('monitoring-department.xlsx', '资金执行监控');
    const skipped = planSheetFill(monitoring)!.plan.skippedCells.find((c) => c.numberFormat?.includes('%') && typeof c.existing === 'number')!;
    const pct = (v: CellValue | string | number) => `${((v as number) * 100).toFixed(2)}%`;
    await openSample(s, 'monitoring-department.xlsx');
    await showSheet('资金执行监控');
    await previewFill();
    const row = (await pane().locator(`[data-testid=skipped-cells] [data-a1="${toA1(skipped.ref)}"]`).textContent())!;
    expect(row).toContain(pct(skipped.existing));
    expect(row).toContain(pct(skipped.proposed));
    expect(row).not.toContain(String(skipped.existing));
  });
});
