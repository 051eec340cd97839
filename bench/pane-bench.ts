/**
 * Task pane figures for `npm run bench` (run by bench/run.ts in its own process):
 *  - office.js round trips (context.sync) of each pane action, on the mock Excel, at 10 and 5,000 rows;
 *  - the pane's initial JavaScript, gzipped (production build, office.js served locally);
 *  - the preview on a 5,000-row goal sheet, in headless Chromium, when Debian's chromium is installed
 *    (bench/preview-timing.ts): first findings, 标记到单元格, 清除标记, frame time while scrolling;
 *  - the browser checker (dist/web/) opening a 5,000-row .xlsx through its file input
 *    (bench/web-checker-timing.ts): open, first findings, flag, download, clear;
 *    with the load average before and after (the machine is shared).
 */
import { existsSync, promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { buildPreview } from '../test/browser/preview-server';
import { measureSyncs } from '../test/unit/adapters/sync-counts';

async function main(): Promise<void> {
  const lines: string[] = [];
  lines.push('| office.js syncs | 10 rows | 5,000 rows |');
  lines.push('|---|---:|---:|');
  const [small, large] = [await measureSyncs(10), await measureSyncs(5_000)];
  const row = (label: string, key: keyof typeof small) => lines.push(`| ${label} | ${small[key]} | ${large[key]} |`);
  row('check + flag', 'checkAndFlag');
  row('re-check + re-flag', 'recheckAndReflag');
  row('clear flags (清除标记)', 'clear');
  row('fill', 'fill');
  row('undo fill (撤销上次填充)', 'undo');
  lines.push(`flagged cells at 5,000 rows: ${large.flaggedCells}; largest request: ${(large.largestRequest / 1024 / 1024).toFixed(2)} MB (Excel on the web allows 5 MB)`);

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { measureBundle } = require('../scripts/bundle-size.js') as {
    measureBundle(): Promise<{ initial: { gzipBytes: number; bytes: number }; budgetBytes: number; withinBudget: boolean; buildMs: number }>;
  };
  const b = await measureBundle();
  lines.push(
    `initial task pane JS: ${(b.initial.bytes / 1024).toFixed(0)} KiB, ${(b.initial.gzipBytes / 1024).toFixed(0)} KiB gzipped (budget ${(b.budgetBytes / 1024).toFixed(0)} KiB: ${b.withinBudget ? 'within' : 'OVER'}); production build ${(b.buildMs / 1000).toFixed(0)} s`,
  );

  const timing = path.join(__dirname, 'preview-timing.ts');
  const web = path.join(__dirname, 'web-checker-timing.ts');
  if (existsSync(timing) && existsSync(web) && existsSync('/usr/bin/chromium')) {
    const { previewTimings, previewTimingLines } = (await import(timing)) as typeof import('./preview-timing');
    const { webCheckerTimings, webCheckerTimingLines } = (await import(web)) as typeof import('./web-checker-timing');
    // One production build for both runs (each would otherwise build its own).
    const given = process.env.GOAL_LINT_PREVIEW_DIR;
    process.env.GOAL_LINT_PREVIEW_DIR = given ?? (await buildPreview());
    const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');
    try {
      const before = load();
      lines.push('', ...previewTimingLines(await previewTimings(5_000)));
      lines.push('', ...webCheckerTimingLines(await webCheckerTimings(5_000)));
      lines.push(`load average (1, 5, 15 min; ${os.cpus().length} cores, shared) before the Chromium runs: ${before}; after: ${load()}`);
    } finally {
      if (!given) await fs.rm(process.env.GOAL_LINT_PREVIEW_DIR, { recursive: true, force: true });
    }
  } else {
    lines.push('preview and browser checker timings: not measured (needs bench/preview-timing.ts, bench/web-checker-timing.ts and /usr/bin/chromium)');
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
