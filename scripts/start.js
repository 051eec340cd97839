#!/usr/bin/env node
/**
 * `npm start`.
 *
 * Windows / macOS (desktop Excel present): sideloads the add-in into Excel the way Office's tooling does,
 * by running `office-addin-debugging start manifest.xml` on demand through npx. It is deliberately not a
 * dependency: it does not install on Linux (native module, downloads outside the registry).
 *
 * Elsewhere (Linux, or `npm start -- --preview`): serves the pane over https on localhost with the
 * office-addin-dev-certs certificate (generated offline if missing; its files are read directly) and
 * prints the preview URL. Opened in a plain browser the pane runs in preview mode, against an in-memory
 * workbook holding the bundled samples. Without certificates it falls back to http and says so.
 *
 * Options: --preview (force the preview server), --port N (default 3000, or $PORT).
 */
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.join(__dirname, '..');

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function sideload(port) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const args = ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', 'desktop', '--app', 'excel', '--dev-server', 'npm run dev-server', '--dev-server-port', String(port)];
  process.stdout.write(`Sideloading into Excel: npx ${args.join(' ')}\n`);
  const child = spawn(npx, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** The dev certificate's files, generating them (offline, no CA install, no sudo) when missing. */
async function certificates() {
  const { devCerts } = require('../webpack.config.js');
  let certs = devCerts();
  if (certs) return certs;
  try {
    // Writes ~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}; does not touch the trust store.
    await require('office-addin-dev-certs').generateCertificates();
    certs = devCerts();
  } catch (e) {
    process.stderr.write(`Could not generate a development certificate (${e.message}).\n`);
  }
  return certs;
}

async function servePreview(port) {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const makeConfig = require('../webpack.config.js');
  const certs = await certificates();
  const config = makeConfig({}, { mode: 'development' });
  config.devServer.port = port;
  config.devServer.server = certs ? { type: 'https', options: certs } : { type: 'http' };
  config.infrastructureLogging = { level: 'warn' };
  config.stats = 'errors-warnings';
  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);
  await server.start();
  const scheme = certs ? 'https' : 'http';
  const url = `${scheme}://localhost:${port}/taskpane.html`;
  compiler.hooks.done.tap('print-url', (stats) => {
    if (stats.hasErrors()) return;
    process.stdout.write(
      [
        '',
        '绩效目标审核助手 — 预览 (preview, no Excel needed):',
        `  ${url}`,
        `  ${url}?lang=en            English`,
        `  ${url}?sample=goal-bad-gym.xlsx   open a given sample`,
        '浏览器版审核工具 — 打开自己的 .xlsx (browser checker: open your own workbooks; npm run build puts it in dist/web/):',
        `  ${scheme}://localhost:${port}/web.html`,
        certs
          ? `  (https with the office-addin-dev-certs certificate; to trust it, import ${path.join(require('os').homedir(), '.office-addin-dev-certs', 'ca.crt')} into the browser)`
          : '  (http: no development certificate could be made; Excel needs https, a browser preview does not)',
        'Ctrl+C stops the server.',
        '',
      ].join('\n'),
    );
  });
  const stop = () => server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main() {
  const port = Number(option('--port') || process.env.PORT || 3000);
  const desktop = process.platform === 'win32' || process.platform === 'darwin';
  if (desktop && !process.argv.includes('--preview')) sideload(port);
  else await servePreview(port);
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
