/**
 * The browser checker (dist/web/) on a clerk's own 5,000-row file, the way a user gets there: a goal
 * workbook written as an .xlsx (the same rows as the preview's `?rows=N` sheet, by ExcelJS), opened through
 * the file input in Debian's headless Chromium. Per run, on a fresh page:
 *  - open: setInputFiles → the file's entry in the list is ready with its counts, and the grid shows the
 *    sheet (its A1 cell drawn);
 *  - first findings, 标记到单元格: as bench/preview-timing.ts times them on the in-memory sheet;
 *  - download: the click on 下载 → Playwright's download event, and the file fully written (download.path());
 *  - 清除标记: after the download (a copy taken after clearing would hold no flags).
 * Each figure is the median of the runs. The first run also fetches the reader's chunk from the server.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { largeSummarySheet } from '../scripts/samples/goal-samples';
import { buildPreview, serve } from '../test/browser/preview-server';
import { CLEARED, FLAGGED, FOUND, median, timeClick } from './preview-timing';

export interface WebCheckerTimings {
  readonly rows: number;
  readonly runs: number;
  readonly fileBytes: number;
  readonly openMs: number;
  readonly findingsMs: number;
  readonly flagMs: number;
  readonly downloadMs: number;
  readonly clearMs: number;
  /** Table rows in the grid's DOM once the file is shown. */
  readonly domRows: number;
  /** The file list's counts for the file, as shown (e.g. `1875 个错误 · …`). */
  readonly counts: string;
  readonly copyName: string;
  readonly copyBytes: number;
}

const SHEET = '汇总表';

/** The file is ready in the list with its counts, and the grid shows its sheet. */
function opened(file: string): string {
  const entry = `[data-testid=file-list] li[data-file=${JSON.stringify(file)}][data-state=ready] [data-testid=file-counts]`;
  const grid = `[data-testid=sheet-grid][data-sheet=${JSON.stringify(SHEET)}] td[data-a1="A1"]`;
  return `(() => { const c = document.querySelector(${JSON.stringify(entry)}); return !!c && c.textContent.trim() !== '' && document.querySelector(${JSON.stringify(grid)}) !== null; })()`;
}

export async function webCheckerTimings(rows: number, runs = 3): Promise<WebCheckerTimings> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-bench-web-'));
  const name = `目标表-${rows}行.xlsx`;
  const file = path.join(work, name);
  const wb = new ExcelJS.Workbook();
  largeSummarySheet(wb.addWorksheet(SHEET), rows);
  await wb.xlsx.writeFile(file);
  const fileBytes = (await fs.stat(file)).size;

  // GOAL_LINT_PREVIEW_DIR: a build made already (as the browser tests' global setup does).
  const given = process.env.GOAL_LINT_PREVIEW_DIR;
  const dir = given ?? (await buildPreview());
  // dist/web/ served alone, as it would be on an intranet server.
  const server = await serve(path.join(dir, 'web'));
  const profile = path.join(work, 'chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  // Loopback only: the checker calls no server, and the bench must not either.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:') ? route.continue() : route.abort();
  });
  try {
    const open: number[] = [];
    const found: number[] = [];
    const flag: number[] = [];
    const down: number[] = [];
    const clear: number[] = [];
    let domRows = 0;
    let counts = '';
    let copyName = '';
    let copyBytes = 0;
    for (let i = 0; i < runs; i++) {
      // A fresh page per run (closing it does not run beforeunload, which would ask about unsaved flags).
      const page = await context.newPage();
      await page.goto(`${server.url}/index.html`);
      await page.getByTestId('empty').waitFor({ timeout: 60_000 });
      const started = await page.evaluate(() => performance.now());
      await page.getByTestId('file-input').setInputFiles(file);
      await page.waitForFunction(opened(name), undefined, { timeout: 120_000, polling: 'raf' });
      open.push((await page.evaluate(() => performance.now())) - started);
      domRows = await page.locator('[data-testid=sheet-grid] tbody tr').count();
      counts = (await page.getByTestId('file-counts').textContent()) ?? '';

      found.push(await timeClick(page, '检查', FOUND));
      flag.push(await timeClick(page, '标记到单元格', FLAGGED));

      const t = performance.now();
      const [d] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('download').click()]);
      const saved = await d.path();
      down.push(performance.now() - t);
      const failure = await d.failure();
      if (failure) throw new Error(`download failed: ${failure}`);
      copyName = d.suggestedFilename();
      copyBytes = (await fs.stat(saved)).size;

      clear.push(await timeClick(page, '清除标记', CLEARED));
      await page.close();
    }
    return {
      rows,
      runs,
      fileBytes,
      openMs: median(open),
      findingsMs: median(found),
      flagMs: median(flag),
      downloadMs: median(down),
      clearMs: median(clear),
      domRows,
      counts,
      copyName,
      copyBytes,
    };
  } finally {
    await context.close();
    await server.close();
    await fs.rm(work, { recursive: true, force: true });
    if (!given) await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` prints (section 5), beside the preview's. */
export function webCheckerTimingLines(t: WebCheckerTimings): string[] {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
  return [
    `| browser checker (dist/web/), the user's own ${t.rows.toLocaleString('en')}-row .xlsx (${kb(t.fileBytes)}) through the file input, headless Chromium (median of ${t.runs} runs) | |`,
    '|---|---:|',
    `| open (setInputFiles → file listed ready with its counts, grid shows A1 of ${SHEET}) | ${ms(t.openMs)} |`,
    `| first findings (click 检查 → findings summary shown) | ${ms(t.findingsMs)} |`,
    `| 标记到单元格 (click → message shown, flags drawn in the grid) | ${ms(t.flagMs)} |`,
    `| download of the annotated copy (click → download event, file written: ${t.copyName}, ${kb(t.copyBytes)}) | ${ms(t.downloadMs)} |`,
    `| 清除标记 (click → message shown, no flag left in the grid) | ${ms(t.clearMs)} |`,
    `| table rows in the grid's DOM | ${t.domRows.toLocaleString('en')} |`,
    `file list counts: ${t.counts}`,
  ];
}

if (require.main === module) {
  const rows = Number(process.argv[2]) || 5_000;
  const runs = Number(process.argv[3]) || 3;
  webCheckerTimings(rows, runs)
    .then((t) => process.stdout.write(webCheckerTimingLines(t).join('\n') + '\n'))
    .catch((e) => {
      process.stderr.write(`${(e as Error).stack}\n`);
      process.exitCode = 1;
    });
}
