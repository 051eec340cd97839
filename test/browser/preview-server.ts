import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';

const ROOT = path.join(__dirname, '..', '..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
  '.map': 'application/json',
};

/**
 * Builds the production bundle (office.js served locally) into a fresh folder; returns it. In a child
 * process: the build's samples loader runs TypeScript through tsx, which needs Node's own module loader.
 */
export async function buildPreview(): Promise<string> {
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-preview-'));
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  await new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [cli, '--mode', 'production', '--no-devtool'],
      { cwd: ROOT, env: { ...process.env, ADDIN_OUT_DIR: outDir, OFFICE_JS: 'local' }, maxBuffer: 64 * 1024 * 1024 },
      (err, _stdout, stderr) => (err ? reject(new Error(`build failed: ${err.message}\n${stderr}`)) : resolve()),
    );
  });
  return outDir;
}

/** A static file server for the build, on a free port. */
export async function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = path.join(dir, rel || 'taskpane.html');
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
