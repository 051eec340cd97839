import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { SheetSnapshot } from '../../src/core/grid/types';
import { buildPreview, serve } from './preview-server';

/*
 * What every browser test file shares: the production build of the pane (built once by global-setup.ts),
 * served on a free port, in Debian's headless Chromium with no network beyond the build, and helpers to
 * open a sample, take screenshots and run axe-core.
 */

export const SHOTS = path.join(__dirname, '..', '..', 'test-results', 'browser');

export type Samples = Record<string, { about: string; sheets: SheetSnapshot[] }>;

/** The samples the preview bundles (built from scripts/samples/), for the results to expect. */
export async function loadSamples(): Promise<Samples> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { buildSampleSnapshots } = require('../../scripts/preview-samples.js') as { buildSampleSnapshots(load: (f: string) => unknown): Promise<Samples> };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return buildSampleSnapshots((file) => require(file));
}

export interface Session {
  readonly page: Page;
  readonly base: string;
  /** Requests for anything outside the build (refused). */
  readonly external: string[];
  /** Script errors and console errors on the page. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** `subdir`: serve only that folder of the build (the browser checker's dist/web/, which must stand alone). */
export async function startBrowser(options: { viewport?: { width: number; height: number }; subdir?: string } = {}): Promise<Session> {
  await fs.mkdir(SHOTS, { recursive: true });
  let dir = process.env.GOAL_LINT_PREVIEW_DIR;
  let built = false;
  if (!dir) {
    // Run without the global setup (a single file from an editor): build here.
    dir = await buildPreview();
    built = true;
  }
  const server = await serve(options.subdir ? path.join(dir, options.subdir) : dir);
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'zh-CN',
    // Fluent's motion honours it: dialogs and panels appear at once, and screenshots catch them at rest.
    reducedMotion: 'reduce',
  });
  const external: string[] = [];
  const pageErrors: string[] = [];
  // Nothing in the pane may call a server: anything not from our own build is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Content Security Policy/.test(m.text())) pageErrors.push(m.text());
  });
  return {
    page,
    base: server.url,
    external,
    pageErrors,
    async close() {
      await context.close();
      await server.close();
      await fs.rm(profile, { recursive: true, force: true });
      if (built) await fs.rm(dir!, { recursive: true, force: true });
    },
  };
}

/** Opens a bundled sample in the preview; `lang` en for English, `pane` a pane width in px. */
export async function openSample(session: Session, file: string, opts: { lang?: 'zh' | 'en'; pane?: number; rows?: number } = {}): Promise<void> {
  const q = new URLSearchParams({ sample: file });
  if (opts.lang) q.set('lang', opts.lang);
  if (opts.pane) q.set('pane', String(opts.pane));
  if (opts.rows) q.set('rows', String(opts.rows));
  await session.page.goto(`${session.base}/taskpane.html?${q.toString()}`);
  await session.page.waitForSelector('[data-testid=sheet-grid] td[data-a1="A1"]');
}

/** A screenshot of the pane alone (what a clerk sees beside the sheet), or of the whole page. */
export async function shot(session: Session, name: string, what: 'pane' | 'page' = 'pane'): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`);
  await session.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  if (what === 'pane') await session.page.getByTestId('pane').screenshot({ path: file });
  else await session.page.screenshot({ path: file, fullPage: false });
  return file;
}

/** The clerk typing into a cell (between two clicks in the pane), through the preview's workbook. */
export async function typeInto(session: Session, sheet: string, a1: string, value: string | number | null): Promise<void> {
  await session.page.evaluate(([s, a, v]) => (window as unknown as { goalLintPreview: { edit(s: string, a: string, v: unknown): void } }).goalLintPreview.edit(s as string, a as string, v), [sheet, a1, value] as const);
}

/** The element that has keyboard focus, described for assertions. */
export async function focused(session: Session): Promise<{ tag: string; testId: string | null; focus: string | null; text: string; role: string | null; cell: string | null }> {
  return session.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      testId: el?.getAttribute('data-testid') ?? null,
      focus: el?.getAttribute('data-focus') ?? null,
      text: (el?.textContent ?? '').trim().slice(0, 200),
      role: el?.getAttribute('role') ?? null,
      cell: el?.closest('li[data-cell]')?.getAttribute('data-cell') ?? null,
    };
  });
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: { target: string[]; html: string; summary: string }[];
}

let axeSource: string | null = null;

/**
 * axe-core on the pane (and any open dialog, which Fluent portals to the page's body); the preview's
 * sheet grid and sample bar are not the product and are left out. WCAG 2.1 A/AA and best practices.
 */
export async function axe(session: Session): Promise<AxeViolation[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  axeSource ??= (require('axe-core') as { source: string }).source;
  const loaded = await session.page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol: the preview's Content-Security-Policy is not in the way.
  if (!loaded) await session.page.evaluate(axeSource);
  // Colours are measured at rest: a panel still fading in (Fluent's motion) reads as low contrast.
  await session.page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  return session.page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string; failureSummary: string }[] }[] }> } };
    const include = [['[data-testid=pane]'], ...(document.querySelector('[role=dialog], [role=alertdialog]') ? [['[role=dialog], [role=alertdialog]']] : [])];
    const result = await w.axe.run({ include }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), summary: n.failureSummary })) }));
  });
}

export function serious(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
