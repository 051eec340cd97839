/**
 * The preview's time to first findings on a generated N-row goal sheet, in Debian's headless Chromium:
 * from the click on 检查 to the first finding in the list (the core, the in-memory adapter and React
 * rendering together). Builds the production preview, serves it on loopback, and times 3 runs.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { chromium } from 'playwright-core';
import { buildPreview, serve } from '../test/browser/preview-server';

export async function previewTimeToFindings(rows: number, runs = 3): Promise<number> {
  const dir = await buildPreview();
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
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${server.url}/taskpane.html?rows=${rows}`);
      const check = page.getByRole('button', { name: '检查', exact: true });
      await check.waitFor({ timeout: 60_000 });
      const started = await page.evaluate(() => performance.now());
      await check.click();
      await page.locator('li[data-cell]').first().waitFor({ timeout: 120_000 });
      times.push((await page.evaluate(() => performance.now())) - started);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    await context.close();
    await server.close();
    await fs.rm(profile, { recursive: true, force: true });
    await fs.rm(dir, { recursive: true, force: true });
  }
}
