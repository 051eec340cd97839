import type { Page } from 'playwright-core';
import { checkSheet } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { FLAG_FILL } from '../../src/adapters/workbook-port';
import { largeSummaryRows } from '../../scripts/samples/large-summary';
import { hexToRgb, openSample, shot, startBrowser, typeInto, type Session } from './browser';

/*
 * Issue 11, big sheets: the preview's generated 5,000-row goal sheet (the benchmark's) in the production
 * build. The grid draws a window of rows, not the sheet; scrolling and jumping from the pane bring far rows,
 * and their flags, on screen. No timings here: `npm run bench` measures them.
 */

const ROWS = 5_000;
const FILE = `generated-${ROWS}-rows.xlsx`;

let s: Session;
let findings: readonly Finding[];
const page = (): Page => s.page;
const grid = () => page().getByTestId('sheet-grid');

/** Table rows in the grid's DOM that draw sheet rows (not the header or the empty space around them). */
async function drawnRows(): Promise<number[]> {
  return grid()
    .locator('tbody tr[data-index]')
    .evaluateAll((trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.index)));
}

/** Whether the cell is drawn and inside the grid's visible area (not under the sticky headers). */
async function onScreen(a1: string): Promise<boolean> {
  return page().evaluate((cell) => {
    const td = document.querySelector(`[data-testid=sheet-grid] td[data-a1="${cell}"]`);
    const box = document.querySelector('[data-testid=sheet-grid]')!.getBoundingClientRect();
    if (!td) return false;
    const r = td.getBoundingClientRect();
    return r.top >= box.top + 20 && r.bottom <= box.bottom && r.left >= box.left + 40 && r.right <= box.right;
  }, a1);
}

async function waitForMessage(text: string): Promise<void> {
  await page().waitForFunction((t) => document.querySelector('[data-testid=pane-message]')?.textContent?.includes(t), text);
}

beforeAll(async () => {
  findings = checkSheet({ name: '汇总表', origin: { row: 0, col: 0 }, values: largeSummaryRows(ROWS), merges: [] })!.findings;
  s = await startBrowser();
  await openSample(s, FILE, { rows: ROWS });
});

afterAll(async () => {
  await s?.close();
});

describe('a 5,000-row sheet in the preview grid', () => {
  test('only a window of rows is in the page; the grid still says how many rows the sheet has', async () => {
    const rows = await drawnRows();
    expect(rows[0]).toBe(0);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(150);
    // Header row + 5,000 indicator rows, and two empty rows below them, as Excel shows.
    await expect(grid().getByRole('grid').getAttribute('aria-rowcount')).resolves.toBe(String(ROWS + 1 + 2 + 1));
    await expect(page().locator('[data-testid=sheet-grid] td[data-a1="A2"]').textContent()).resolves.toBe('第1号人居环境整治项目');
  });

  test('scrolling brings later rows into the page, and takes earlier ones out', async () => {
    // A few wheel notches, as a clerk would scroll.
    await grid().hover();
    for (let i = 0; i < 5; i++) await page().mouse.wheel(0, 400);
    await page().waitForFunction(() => !document.querySelector('[data-testid=sheet-grid] tr[data-index="0"]'));
    expect((await drawnRows())[0]).toBeGreaterThan(0);
    // Dragged to the end: the last rows are drawn, with their numbers; the first ones are gone.
    await grid().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page().waitForSelector(`[data-testid=sheet-grid] td[data-a1="G${ROWS + 1}"]`);
    await expect(page().locator(`[data-testid=sheet-grid] tr[data-index="${ROWS}"] th`).textContent()).resolves.toBe(String(ROWS + 1));
    const rows = await drawnRows();
    expect(rows.length).toBeLessThan(150);
    expect(Math.min(...rows)).toBeGreaterThan(ROWS - 150);
    await shot(s, 'big-sheet-end', 'page');
  });

  test('flags on far rows are drawn when they are scrolled to', async () => {
    await grid().evaluate((el) => (el.scrollTop = 0));
    await page().getByTestId('pane').getByRole('button', { name: '检查', exact: true }).click();
    await page().waitForSelector('[data-testid=check-summary]');
    await page().getByTestId('pane').getByRole('button', { name: '标记到单元格', exact: true }).click();
    await waitForMessage(`已在 ${findings.length} 个单元格上标记`);
    // Flags near the top are drawn at once; the grid holds no flag it does not show.
    await page().waitForSelector('[data-testid=sheet-grid] td[data-fill]');
    const top = new Set(findings.filter((f) => f.ref.row < 30).map((f) => f.cell));
    const drawnFlags = await grid()
      .locator('td[data-fill]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.a1!));
    for (const a1 of top) expect(drawnFlags).toContain(a1);
    expect(drawnFlags.length).toBeLessThan(findings.length / 5);

    // About four fifths down: the flagged cells there are drawn, filled and noted.
    const far = findings.filter((f) => f.ref.row > ROWS * 0.8)[0];
    await grid().evaluate((el, row) => (el.scrollTop = (el.scrollHeight * row) / 5_003), far.ref.row);
    const td = page().locator(`[data-testid=sheet-grid] td[data-a1="${far.cell}"]`);
    await td.waitFor();
    await expect(td.evaluate((e) => getComputedStyle(e).backgroundColor)).resolves.toBe(hexToRgb(FLAG_FILL[far.severity]));
    await expect(td.getAttribute('title')).resolves.toContain(far.message);
  });

  test('a finding on the last row, chosen in the pane, is scrolled into view, selected and flagged', async () => {
    await grid().evaluate((el) => (el.scrollTop = 0));
    const last = findings[findings.length - 1];
    expect(last.ref.row).toBe(ROWS);
    // A group of 625 is closed at first, and shows 50 until asked for the rest.
    const group = page().getByTestId('pane').locator(`[data-group="${last.ruleId}"]`);
    await group.getByTestId('group-toggle').click();
    await group.getByRole('button', { name: /^显示其余/ }).click();
    await group.locator(`li[data-cell="${last.sheet}!${last.cell}"] button`).first().click();
    const selected = page().locator('[data-testid=sheet-grid] td[aria-selected=true]');
    await expect(selected.getAttribute('data-a1')).resolves.toBe(last.cell);
    await page().waitForFunction((a1) => {
      const td = document.querySelector(`[data-testid=sheet-grid] td[data-a1="${a1}"]`);
      const box = document.querySelector('[data-testid=sheet-grid]')!.getBoundingClientRect();
      const r = td?.getBoundingClientRect();
      return !!r && r.top >= box.top + 20 && r.bottom <= box.bottom;
    }, last.cell);
    expect(await onScreen(last.cell)).toBe(true);
    await expect(selected.getAttribute('data-fill')).resolves.toBe(FLAG_FILL[last.severity]);
    await shot(s, 'big-sheet-jump-to-last', 'page');

    // And back to one near the top: the grid follows.
    const first = findings.find((f) => f.ruleId === last.ruleId)!;
    await group.locator(`li[data-cell="${first.sheet}!${first.cell}"] button`).first().click();
    await expect(page().locator('[data-testid=sheet-grid] td[aria-selected=true]').getAttribute('data-a1')).resolves.toBe(first.cell);
    await page().waitForFunction((a1) => {
      const td = document.querySelector(`[data-testid=sheet-grid] td[data-a1="${a1}"]`);
      const box = document.querySelector('[data-testid=sheet-grid]')!.getBoundingClientRect();
      const r = td?.getBoundingClientRect();
      return !!r && r.top >= box.top + 20 && r.bottom <= box.bottom;
    }, first.cell);
    expect((await drawnRows()).length).toBeLessThan(150);
  });

  test('clearing the flags leaves no flag in the rows drawn, wherever the grid is', async () => {
    await page().getByTestId('pane').getByRole('button', { name: '清除标记', exact: true }).click();
    await waitForMessage(`已清除“汇总表”中 ${findings.length} 个单元格的标记`);
    await page().waitForFunction(() => document.querySelectorAll('[data-testid=sheet-grid] td[data-fill]').length === 0);
    await grid().evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page().waitForSelector(`[data-testid=sheet-grid] td[data-a1="G${ROWS + 1}"]`);
    await expect(grid().locator('td[data-fill]').count()).resolves.toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  test('columns too: only those on screen are drawn, and a far cell selected is scrolled to', async () => {
    await grid().evaluate((el) => (el.scrollTop = 0));
    // A note typed far to the right (column AD) makes the sheet wider than the screen.
    await typeInto(s, '汇总表', 'AD3', '备注：远处的单元格');
    await page().waitForFunction(() => Number(document.querySelector('[data-testid=sheet-grid] [role=grid]')?.getAttribute('aria-colcount')) >= 31);
    const heads = () => grid().locator('thead th[scope=col]').allTextContents();
    expect(await heads()).toContain('A');
    expect(await heads()).not.toContain('AD');
    await page().evaluate(() => (window as unknown as { goalLintPreview: { port: { selectCell(s: string, r: { row: number; col: number }): Promise<void> } } }).goalLintPreview.port.selectCell('汇总表', { row: 2, col: 29 }));
    await page().waitForSelector('[data-testid=sheet-grid] td[data-a1="AD3"][aria-selected=true]');
    await page().waitForFunction(() => {
      const td = document.querySelector('[data-testid=sheet-grid] td[data-a1="AD3"]');
      const box = document.querySelector('[data-testid=sheet-grid]')!.getBoundingClientRect();
      const r = td?.getBoundingClientRect();
      return !!r && r.left >= box.left + 40 && r.right <= box.right;
    });
    await expect(page().locator('[data-testid=sheet-grid] td[data-a1="AD3"]').textContent()).resolves.toBe('备注：远处的单元格');
    expect(await heads()).not.toContain('A');
    await shot(s, 'big-sheet-far-column', 'page');
  });
});
