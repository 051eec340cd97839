/**
 * npm run bench:million — a 1,000,000-row results table checked and filled by the command line, each in
 * its own process: wall time and peak resident memory (the aim is under 1 GB), plus 100k and 250k rows to
 * show the time is linear in the cells present. Too slow for the default bench (several minutes).
 * `npm run bench:million -- 200000` runs one size only.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, statSync } from 'fs';
import path from 'path';
import { writeLargeResults } from './large-results';

const ROOT = path.join(__dirname, '..');
const DIR = path.join(ROOT, '.bench');

/** Runs the built CLI in a child and reports its wall time and peak RSS (process.resourceUsage, in the child). */
function measure(args: string[]): { ms: number; rssMb: number; code: number | null; out: string } {
  const runner = `
    const { main } = require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'cli', 'main.js'))});
    main(process.argv.slice(1), { out: (s) => { process.stdout.write(s.length > 400 ? s.slice(0, 400) + '…\\n' : s); }, err: (s) => process.stderr.write(s) })
      .then((code) => { process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n'); process.exitCode = code; });
  `;
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', runner, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  if (r.status !== 0 && r.status !== 1) process.stderr.write(r.stderr);
  return { ms, rssMb: rss, code: r.status, out: r.stdout };
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'cli', 'main.js'))) throw new Error('run npm run build:cli first');
  const sizes = process.argv[2] ? [Number(process.argv[2])] : [100_000, 250_000, 1_000_000];
  process.stdout.write('| rows | file | check: time | check: peak RSS | fill: time | fill: peak RSS | µs per row (fill) |\n|---:|---:|---:|---:|---:|---:|---:|\n');
  for (const rows of sizes) {
    const file = path.join(DIR, `results-${rows}.xlsx`);
    if (!existsSync(file)) await writeLargeResults(file, rows);
    const check = measure(['check', '--format', 'json', file]);
    const out = path.join(DIR, `results-${rows}-filled.xlsx`);
    const fill = measure(['fill', '--format', 'json', file, '-o', out]);
    const mb = (statSync(file).size / 1e6).toFixed(1);
    process.stdout.write(
      `| ${rows.toLocaleString('en')} | ${mb} MB | ${(check.ms / 1000).toFixed(1)} s | ${check.rssMb.toFixed(0)} MB | ${(fill.ms / 1000).toFixed(1)} s | ${fill.rssMb.toFixed(0)} MB | ${((fill.ms * 1000) / rows).toFixed(1)} |\n`,
    );
    if (fill.code !== 1 && fill.code !== 0) process.stdout.write(`(fill exited ${fill.code})\n`);
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
