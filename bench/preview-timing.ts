/**
 * The preview on a generated N-row goal sheet, in Debian's headless Chromium (the core, the in-memory
 * adapter and React rendering together). Builds the production preview, serves it on loopback, and per run:
 *  - first findings: the click on 检查 → the findings summary on screen;
 *  - 标记到单元格: the click → the pane's message, with the flags drawn in the grid;
 *  - 清除标记: the click → the pane's message, with no flag left in the grid;
 *  - scrolling: the grid scrolled down by a wheel notch (100 px) per frame, then by a screen per frame,
 *    N frames each: the median and the 90th percentile of the intervals between frames (a display at
 *    60 Hz draws every 16.7 ms).
 * Each figure is the median of the runs.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type Page } from 'playwright-core';
import { buildPreview, serve } from '../test/browser/preview-server';

export interface PreviewTimings {
  readonly rows: number;
  readonly runs: number;
  readonly findingsMs: number;
  readonly flagMs: number;
  readonly clearMs: number;
  /** Intervals between frames while scrolling by a mouse-wheel notch per frame, and by a screen per frame. */
  readonly wheel: FrameTimes;
  readonly page: FrameTimes;
  readonly scrollFrames: number;
  /** Table rows in the grid's DOM at the end (the virtualised grid keeps this bounded). */
  readonly domRows: number;
}

export interface FrameTimes {
  readonly median: number;
  readonly p90: number;
}

/** How far a mouse-wheel notch scrolls in Chromium. */
const WHEEL_PX = 100;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function frameTimes(intervals: readonly number[]): FrameTimes {
  const sorted = [...intervals].sort((a, b) => a - b);
  return { median: median(sorted), p90: sorted[Math.floor(sorted.length * 0.9)] };
}

/** Milliseconds from clicking `button` until `done` holds in the page. */
export async function timeClick(page: Page, name: string, done: string): Promise<number> {
  const button = page.getByTestId('pane').getByRole('button', { name, exact: true });
  await button.waitFor({ timeout: 60_000 });
  const started = await page.evaluate(() => performance.now());
  await button.click();
  await page.waitForFunction(done, undefined, { timeout: 120_000, polling: 'raf' });
  return (await page.evaluate(() => performance.now())) - started;
}

/**
 * Scrolls the grid a screen down per frame for `frames` frames; returns the intervals between frames.
 * A string, not a function: tsx's helpers must not end up in the page.
 */
async function scrollFrames(page: Page, frames: number, stepPx: number | 'screen'): Promise<number[]> {
  return page.evaluate(`(async (n, px) => {
    const grid = document.querySelector('[data-testid=sheet-grid]');
    grid.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const step = px === 'screen' ? grid.clientHeight - 40 : px;
    const times = [];
    await new Promise((resolve) => {
      let last = performance.now();
      const frame = (now) => {
        times.push(now - last);
        last = now;
        if (times.length > n) return resolve();
        // Back to the top at the bottom: every frame brings rows not drawn before.
        grid.scrollTop = grid.scrollTop + step >= grid.scrollHeight - grid.clientHeight ? 0 : grid.scrollTop + step;
        requestAnimationFrame(frame);
      };
      grid.scrollTop += step;
      requestAnimationFrame(frame);
    });
    return times.slice(1);
  })(${frames}, ${JSON.stringify(stepPx)})`);
}

export const FLAGGED = `(() => { const m = document.querySelector('[data-testid=pane-message]'); return !!m && m.textContent.includes('已在') && document.querySelector('[data-testid=sheet-grid] td[data-fill]') !== null; })()`;
export const CLEARED = `(() => { const m = document.querySelector('[data-testid=pane-message]'); return !!m && m.textContent.includes('已清除') && document.querySelector('[data-testid=sheet-grid] td[data-fill]') === null; })()`;
export const FOUND = `document.querySelector('[data-testid=check-summary]') !== null`;

export async function previewTimings(rows: number, runs = 3, frames = 120): Promise<PreviewTimings> {
  // GOAL_LINT_PREVIEW_DIR: a build made already (as the browser tests' global setup does).
  const given = process.env.GOAL_LINT_PREVIEW_DIR;
  const dir = given ?? (await buildPreview());
  const server = await serve(dir);
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
  });
  // Loopback only: the preview calls no server, and the bench must not either.
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const found: number[] = [];
    const flag: number[] = [];
    const clear: number[] = [];
    const wheel: FrameTimes[] = [];
    const screen: FrameTimes[] = [];
    let domRows = 0;
    for (let i = 0; i < runs; i++) {
      await page.goto(`${server.url}/taskpane.html?rows=${rows}`);
      await page.waitForSelector('[data-testid=sheet-grid] td[data-a1="A1"]', { timeout: 60_000 });
      found.push(await timeClick(page, '检查', FOUND));
      flag.push(await timeClick(page, '标记到单元格', FLAGGED));
      // Scrolling with the flags drawn: the grid's heaviest state.
      wheel.push(frameTimes(await scrollFrames(page, frames, WHEEL_PX)));
      screen.push(frameTimes(await scrollFrames(page, frames, 'screen')));
      domRows = await page.locator('[data-testid=sheet-grid] tbody tr').count();
      await page.evaluate(() => (document.querySelector<HTMLElement>('[data-testid=sheet-grid]')!.scrollTop = 0));
      clear.push(await timeClick(page, '清除标记', CLEARED));
    }
    return {
      rows,
      runs,
      findingsMs: median(found),
      flagMs: median(flag),
      clearMs: median(clear),
      wheel: { median: median(wheel.map((w) => w.median)), p90: median(wheel.map((w) => w.p90)) },
      page: { median: median(screen.map((w) => w.median)), p90: median(screen.map((w) => w.p90)) },
      scrollFrames: frames,
      domRows,
    };
  } finally {
    await context.close();
    await server.close();
    await fs.rm(profile, { recursive: true, force: true });
    if (!given) await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` prints (section 5). */
export function previewTimingLines(t: PreviewTimings): string[] {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  return [
    `| preview, ${t.rows.toLocaleString('en')}-row goal sheet, headless Chromium (median of ${t.runs} runs) | |`,
    '|---|---:|',
    `| first findings (click 检查 → findings summary shown) | ${ms(t.findingsMs)} |`,
    `| 标记到单元格 (click → message shown, flags drawn in the grid) | ${ms(t.flagMs)} |`,
    `| 清除标记 (click → message shown, no flag left in the grid) | ${ms(t.clearMs)} |`,
    `| scrolling ${WHEEL_PX} px (a wheel notch) per frame, ${t.scrollFrames} frames: median / 90th percentile frame time (60 Hz = 16.7 ms) | ${t.wheel.median.toFixed(1)} / ${t.wheel.p90.toFixed(1)} ms |`,
    `| scrolling a screen per frame (dragging the scroll bar), ${t.scrollFrames} frames: median / 90th percentile frame time | ${t.page.median.toFixed(1)} / ${t.page.p90.toFixed(1)} ms |`,
    `| table rows in the grid's DOM | ${t.domRows.toLocaleString('en')} |`,
  ];
}

if (require.main === module) {
  const rows = Number(process.argv[2]) || 5_000;
  const runs = Number(process.argv[3]) || 3;
  previewTimings(rows, runs)
    .then((t) => process.stdout.write(previewTimingLines(t).join('\n') + '\n'))
    .catch((e) => {
      process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = 1;
    });
}
