/**
 * npm run bench — performance figures for the README and issue notes (not a timed test: it prints, it
 * does not fail). Sections:
 *  1. layout + rules in-process: indicator rows/s at 1k, 10k, 50k rows, and the 50k/10k time ratio;
 *  2. CLI: `goal-lint check` on a 10k-row file against a bare ExcelJS read of the same file;
 *  3. the task pane, where its pieces exist: office.js sync counts, bundle size, preview time to findings.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, mkdirSync, readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { checkSheet } from '../src/core/check';
import { goalHandler } from '../src/core/goal-handler';
import { Grid } from '../src/core/grid/grid';
import type { SheetSnapshot } from '../src/core/grid/types';
import { defaultPolicy } from '../src/core/policy/policy';
import { readXlsx } from '../src/adapters/xlsx/read-workbook';
import { largeSummarySheet } from '../scripts/samples/goal-samples';

const ROOT = path.join(__dirname, '..');
const DIR = path.join(ROOT, '.bench');
const SIZES = [1_000, 10_000, 50_000];

async function ensureFile(rows: number): Promise<string> {
  const file = path.join(DIR, `goals-${rows}.xlsx`);
  if (!existsSync(file)) {
    const wb = new ExcelJS.Workbook();
    largeSummarySheet(wb.addWorksheet('汇总表'), rows);
    await wb.xlsx.writeFile(file);
  }
  return file;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

function timeProcessMs(cmd: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const out: string[] = [];
  const line = (s: string) => {
    out.push(s);
    process.stdout.write(s + '\n');
  };

  line('## 1. Layout detection + rules, in-process (median of runs, snapshot already in memory)');
  line('Goal layout + rules = goal detection and the 13 goal rules on a known goal sheet; checkSheet = the whole');
  line('pipeline, which first lets the monitoring, self-evaluation and results-table handlers look at the sheet.');
  line('| indicator rows | goal layout + rules (ms) | rows/s | checkSheet (ms) | rows/s | findings |');
  line('|---:|---:|---:|---:|---:|---:|');
  const times: Record<number, number> = {};
  // Only the snapshots stay alive: the ExcelJS models are garbage before timing starts (they slow every GC).
  const snapshots: Record<number, SheetSnapshot> = {};
  for (const rows of SIZES) [snapshots[rows]] = readXlsx(new Uint8Array(readFileSync(await ensureFile(rows)))).snapshots;
  // Steady state, as in a pane or a batch run: warm the JIT on the mid-size sheet first.
  for (let i = 0; i < 3; i++) checkSheet(snapshots[10_000]);
  (globalThis as { gc?: () => void }).gc?.();
  const context = { policy: defaultPolicy(), locale: 'zh' as const };
  const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000).toLocaleString('en');
  for (const rows of SIZES) {
    let findings = 0;
    const runs = rows >= 50_000 ? 5 : 9;
    const goalMs = timeMs(() => {
      const grid = new Grid(snapshots[rows]);
      const sets = goalHandler.detect(grid, context);
      if (sets) goalHandler.check(sets, grid, context);
    }, runs);
    const ms = timeMs(() => {
      findings = checkSheet(snapshots[rows])?.findings.length ?? 0;
    }, runs);
    times[rows] = goalMs;
    line(`| ${rows.toLocaleString('en')} | ${goalMs.toFixed(1)} | ${rate(rows, goalMs)} | ${ms.toFixed(1)} | ${rate(rows, ms)} | ${findings.toLocaleString('en')} |`);
  }
  line(`50k/10k time ratio (goal layout + rules): ${(times[50_000] / times[10_000]).toFixed(2)} (linear = 5.0; target ≤ 5.5)`);

  line('');
  line('## 2. CLI on a 10k-row file vs a bare ExcelJS read (separate processes, median of 3)');
  const file10k = await ensureFile(10_000);
  const bare = timeProcessMs(process.execPath, ['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file10k)}).then(()=>{})`], 3);
  const cli = timeProcessMs(process.execPath, [path.join(ROOT, 'bin', 'goal-lint.js'), 'check', '--format', 'json', file10k], 3);
  line(`| bare ExcelJS read | ${bare.toFixed(0)} ms |`);
  line(`| goal-lint check --format json | ${cli.toFixed(0)} ms |`);
  line(`ratio CLI / bare read: ${(cli / bare).toFixed(2)} (target ≤ 1.5)`);

  line('');
  line('## 3. Task pane');
  for (const extra of ['pane-bench.ts']) {
    const p = path.join(__dirname, extra);
    if (existsSync(p)) {
      try {
        line(execFileSync(process.execPath, ['--import', 'tsx', p], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim());
      } catch (e) {
        line(`(${extra} failed: ${(e as Error).message.split('\n')[0]})`);
      }
    } else {
      line(`(${extra} not present yet)`);
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
