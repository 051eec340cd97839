#!/usr/bin/env node
/**
 * The task pane's initial JavaScript, gzipped: what Excel downloads before the pane can show anything.
 * Builds production into a temporary folder (office.js copied locally, as shipped) and measures the
 * entrypoint's own JS files; lazily loaded chunks (settings editor, preview, office adapter) are listed
 * apart. For the bench: `const { measureBundle } = require('./scripts/bundle-size')`.
 *
 *   node scripts/bundle-size.js [--json]
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');

/**
 * @returns {Promise<{ initial: { files: string[], bytes: number, gzipBytes: number }, lazy: { file: string, bytes: number, gzipBytes: number }[], budgetBytes: number, withinBudget: boolean, buildMs: number }>}
 */
async function measureBundle() {
  const webpack = require('webpack');
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'goal-lint-size-'));
  const config = { ...makeConfig({ outDir }, { mode: 'production' }), context: ROOT, devtool: false };
  const started = Date.now();
  try {
    const stats = await new Promise((resolve, reject) =>
      webpack(config, (err, s) => (err ? reject(err) : s.hasErrors() ? reject(new Error(s.toString('errors-only'))) : resolve(s))),
    );
    const buildMs = Date.now() - started;
    const json = stats.toJson({ all: false, entrypoints: true, assets: true, chunks: true, chunkRelations: true });
    const size = (file) => {
      const buf = fs.readFileSync(path.join(outDir, file));
      return { bytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length };
    };
    const initialFiles = json.entrypoints.taskpane.assets.map((a) => a.name).filter((n) => n.endsWith('.js'));
    const initial = initialFiles.map(size).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzipBytes: a.gzipBytes + b.gzipBytes }), { bytes: 0, gzipBytes: 0 });
    const lazy = json.assets
      .map((a) => a.name)
      .filter((n) => n.endsWith('.chunk.js'))
      .map((file) => ({ file, ...size(file) }));
    const { INITIAL_JS_BUDGET } = makeConfig;
    return { initial: { files: initialFiles, ...initial }, lazy, budgetBytes: INITIAL_JS_BUDGET, withinBudget: initial.gzipBytes <= INITIAL_JS_BUDGET, buildMs };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

module.exports = { measureBundle };

if (require.main === module) {
  measureBundle().then(
    (r) => {
      if (process.argv.includes('--json')) {
        process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        return;
      }
      const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
      process.stdout.write(`initial task pane JS: ${kib(r.initial.bytes)} (${kib(r.initial.gzipBytes)} gzipped; budget ${kib(r.budgetBytes)}) ${r.withinBudget ? 'OK' : 'OVER BUDGET'}\n`);
      for (const c of r.lazy) process.stdout.write(`  lazy ${c.file}: ${kib(c.bytes)} (${kib(c.gzipBytes)} gzipped)\n`);
      process.stdout.write(`production build: ${(r.buildMs / 1000).toFixed(1)} s\n`);
      process.exitCode = r.withinBudget ? 0 : 1;
    },
    (e) => {
      process.stderr.write(`${e.stack || e}\n`);
      process.exitCode = 1;
    },
  );
}
