/**
 * Bureau review at county scale (npm run bench, section 4): `goal-lint review` through the built CLI on
 * 1,000 generated submissions (scripts/samples/review-batch.ts: six kinds of workbook, eight departments),
 * one worker thread against every core, and 250 / 500 / 1,000 files on every core to show the cost is linear.
 * Each run is its own process; peak memory is that process's maximum resident set (worker threads included).
 */
import { execFileSync, spawnSync } from 'child_process';
import { Worker } from 'worker_threads';
import { existsSync, linkSync, mkdirSync, readdirSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { batchWorkbook } from '../scripts/samples/review-batch';

const ROOT = path.join(__dirname, '..');
const DIR = path.join(ROOT, '.bench', 'review');
const ALL = path.join(DIR, 'all');
const CORES = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

async function ensureBatch(count: number): Promise<void> {
  mkdirSync(ALL, { recursive: true });
  for (let i = 0; i < count; i++) {
    const b = batchWorkbook(i);
    const file = path.join(ALL, b.file);
    if (existsSync(file)) continue;
    const wb = new ExcelJS.Workbook();
    b.build(wb);
    await wb.xlsx.writeFile(file);
  }
}

/** A folder with the first `count` files of the batch (hard links: no copy). */
function subset(count: number): string {
  const dir = path.join(DIR, String(count));
  mkdirSync(dir, { recursive: true });
  const names = readdirSync(ALL).sort().slice(0, count);
  for (const n of names) if (!existsSync(path.join(dir, n))) linkSync(path.join(ALL, n), path.join(dir, n));
  return dir;
}

interface Run {
  readonly files: number;
  readonly jobs: number;
  readonly wallS: number;
  /** The review phase as the CLI reports it (reading and reviewing), without start-up and the summary write. */
  readonly reviewS: number;
  readonly peakMiB: number;
  readonly projects: number;
  /** CPU time of the whole process, all threads: what the work costs whatever else the machine is doing. */
  readonly cpuS: number;
  /** The 1-minute load average when the run started (other work on a shared machine slows the wall clock). */
  readonly load: number;
}

function run(dir: string, files: number, jobs: number): Run {
  const out = path.join(DIR, `summary-${files}-${jobs}.xlsx`);
  const main = path.join(ROOT, 'dist', 'cli', 'cli', 'main.js');
  const script = `require(${JSON.stringify(main)}).main(['review', ${JSON.stringify(dir)}, '-o', ${JSON.stringify(out)}, '--jobs', '${jobs}', '--format', 'json'], { out: (s) => { global.__out = (global.__out || '') + s; }, err: (s) => process.stderr.write(s) }).then((code) => { const doc = JSON.parse(global.__out); process.stdout.write(JSON.stringify({ code, projects: doc.summary.projects, maxRSS: process.resourceUsage().maxRSS, cpuUs: process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime })); });`;
  const load = os.loadavg()[0];
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallS = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0) throw new Error(`review failed: ${r.stderr}`);
  const result = JSON.parse(r.stdout) as { code: number; projects: number; maxRSS: number; cpuUs: number };
  const reviewS = Number(/用时 ([\d.]+) 秒/.exec(r.stderr)?.[1] ?? NaN);
  return { files, jobs, wallS, reviewS, peakMiB: result.maxRSS / 1024, projects: result.projects, cpuS: result.cpuUs / 1e6, load };
}

/**
 * How many cores this machine really gives us right now: a pure CPU loop on 1 thread, then the same loop on
 * every core at once. 1.0 means every core is free; 2.0 on two cores means only one is (others are busy).
 */
async function parallelCapacity(): Promise<{ one: number; all: number }> {
  const source = `let x = 0; for (let i = 0; i < 2e8; i++) x = (x + i * 7) % 1000003; require('worker_threads').parentPort.postMessage(x);`;
  const time = async (n: number) => {
    const t = Date.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((resolve) => new Worker(source, { eval: true }).once('message', resolve))));
    return Date.now() - t;
  };
  const one = await time(1);
  const all = await time(CORES);
  return { one, all };
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const line = (s: string) => lines.push(s);
  await ensureBatch(1000);
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'inherit' });
  const dirs = Object.fromEntries([250, 500, 1000].map((n) => [n, subset(n)]));

  const before = await parallelCapacity();
  const runs: Run[] = [];
  runs.push(run(dirs[1000], 1000, 1));
  if (CORES > 1) runs.push(run(dirs[1000], 1000, CORES));
  for (const n of [250, 500]) runs.push(run(dirs[n], n, CORES));
  const fmt = (r: Run) =>
    `| ${r.files.toLocaleString('en')} | ${r.jobs} | ${r.projects.toLocaleString('en')} | ${r.reviewS.toFixed(1)} | ${(r.files / r.reviewS).toFixed(1)} | ${r.wallS.toFixed(1)} | ${(r.files / r.wallS).toFixed(1)} | ${((r.cpuS / r.files) * 1000).toFixed(1)} | ${r.peakMiB.toFixed(0)} | ${r.load.toFixed(1)} |`;
  line(`Machine: ${CORES} cores (os.availableParallelism), Node ${process.versions.node}; one run each. Wall-clock figures depend on what else`);
  line('the machine runs (load = 1-minute load average at the start); CPU ms per file (all threads, the whole command) does not.');
  line('| files | worker threads | projects | review phase (s) | files/s | whole command (s) | files/s | CPU ms/file | peak RSS (MiB) | load |');
  line('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) line(fmt(r));
  const after = await parallelCapacity();
  line(
    `Free cores (a pure CPU loop on ${CORES} threads vs 1; 1.0 = all ${CORES} cores free, ${CORES.toFixed(1)} = one): ` +
      `${(before.all / before.one).toFixed(2)} before the runs, ${(after.all / after.one).toFixed(2)} after.`,
  );
  const one = runs[0];
  const all = runs.find((r) => r.files === 1000 && r.jobs === CORES);
  if (all && all !== one) line(`Scaling 1 → ${CORES} threads on 1,000 files: ${(one.reviewS / all.reviewS).toFixed(2)}× (review phase), ${(one.wallS / all.wallS).toFixed(2)}× (whole command).`);
  const at = (n: number) => runs.find((r) => r.files === n && r.jobs === CORES);
  const [a, b, c] = [at(250), at(500), at(1000)];
  if (a && b && c) {
    line(
      `Linearity on ${CORES} threads, 250 / 500 / 1,000 files: review phase ${((a.reviewS / 250) * 1000).toFixed(1)} / ${((b.reviewS / 500) * 1000).toFixed(1)} / ${((c.reviewS / 1000) * 1000).toFixed(1)} ms per file, ` +
        `CPU ${((a.cpuS / 250) * 1000).toFixed(1)} / ${((b.cpuS / 500) * 1000).toFixed(1)} / ${((c.cpuS / 1000) * 1000).toFixed(1)} ms per file.`,
    );
    // CPU = fixed start-up (process, workers, summary set-up) + a cost per file: the increments show the per-file part.
    const m1 = ((b.cpuS - a.cpuS) / 250) * 1000;
    const m2 = ((c.cpuS - b.cpuS) / 500) * 1000;
    line(`Cost per added file (CPU, all threads): ${m1.toFixed(1)} ms from 250 to 500 files, ${m2.toFixed(1)} ms from 500 to 1,000; fixed start-up ≈ ${(a.cpuS - (250 * m1) / 1000).toFixed(1)} s CPU.`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
