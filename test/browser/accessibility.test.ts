import { promises as fs } from 'fs';
import path from 'path';
import { axe, openSample, serious, shot, SHOTS, startBrowser, type AxeViolation, type Session } from './browser';

/*
 * axe-core (WCAG 2.1/2.2 A and AA, best practices) on every view of the pane, in Chinese and English, at
 * the narrowest pane Excel allows (320 px) and at about its default width (360 px), with screenshots of
 * each for a human to look at.
 *
 * One exception, documented and not ours to fix: Fluent UI's focus guards. Tabster (Fluent's keyboard
 * navigation) puts <i tabindex="0" aria-hidden="true" data-tabster-dummy> at the edges of TabList,
 * Toolbar, Dialog, Accordion and arrow-navigation groups; axe reports them as `aria-hidden-focus`. They are
 * focusable on purpose (they hand focus on at once) and hidden on purpose (screen readers must not announce
 * them): microsoft/tabster#288, microsoft/fluentui#25133. Only those nodes are excused, and only for that rule.
 */

const REPORT = path.join(SHOTS, 'axe-report.json');

type Lang = 'zh' | 'en';

const T = {
  zh: { check: '检查', findings: '检查结果', fill: '填充', preview: '预览填充', settings: /^设置/, advanced: /高级：完整设置/, rules: /规则开关与级别/, accept: '接受', showAccepted: /显示已接受的问题/ },
  en: { check: 'Check', findings: 'Findings', fill: 'Fill', preview: 'Preview fill', settings: /^Settings/, advanced: /Advanced/, rules: /Rules and severities/, accept: 'Accept', showAccepted: /Show accepted findings/ },
} as const;

let s: Session;
const report: Record<string, { serious: number; excusedFluentFocusGuards: number; other: { id: string; impact: string | null; nodes: number }[] }> = {};

function isFluentFocusGuard(v: AxeViolation): boolean {
  return v.id === 'aria-hidden-focus' && v.nodes.every((n) => n.html.includes('data-tabster-dummy'));
}

/** Runs axe on what is on screen; records the result; returns the serious or critical violations that are ours. */
async function audit(name: string): Promise<AxeViolation[]> {
  const all = await axe(s);
  const bad = serious(all).filter((v) => !isFluentFocusGuard(v));
  report[name] = {
    serious: bad.length,
    excusedFluentFocusGuards: all.filter(isFluentFocusGuard).reduce((n, v) => n + v.nodes.length, 0),
    other: all.filter((v) => !serious([v]).length).map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
  };
  return bad;
}

beforeAll(async () => {
  s = await startBrowser({ viewport: { width: 1280, height: 860 } });
});

afterAll(async () => {
  await fs.writeFile(REPORT, JSON.stringify(report, null, 2));
  await s?.close();
});

describe.each<[Lang, number]>([
  ['zh', 320],
  ['en', 320],
  ['zh', 360],
  ['en', 360],
])('axe-core, %s, %i px pane', (lang, width) => {
  const t = T[lang];
  const tag = `${lang}-${width}`;

  test('findings (with accepted items shown), filter on', async () => {
    await openSample(s, 'goal-bad-gym.xlsx', { lang, pane: width });
    expect(await audit(`${tag} start`)).toEqual([]);
    await s.page.getByTestId('pane').getByRole('button', { name: t.check, exact: true }).click();
    await s.page.waitForSelector('[data-testid=check-summary]');
    await shot(s, `a11y-${tag}-findings`);
    expect(await audit(`${tag} findings`)).toEqual([]);
    await s.page.getByTestId('pane').locator('li[data-cell]').first().getByRole('button', { name: t.accept }).click();
    await s.page.getByTestId('pane').getByRole('checkbox', { name: t.showAccepted }).check();
    await s.page.getByTestId('pane').locator('[data-testid=findings-chart] button').first().click();
    await shot(s, `a11y-${tag}-findings-filtered`);
    expect(await audit(`${tag} findings filtered, accepted shown`)).toEqual([]);
  });

  test('settings, every section open, with errors', async () => {
    await s.page.getByTestId('pane').getByRole('tab', { name: t.settings }).click();
    await s.page.getByTestId('settings').waitFor();
    await shot(s, `a11y-${tag}-settings`);
    for (const name of [t.rules, t.advanced]) await s.page.getByTestId('pane').getByRole('button', { name }).click();
    expect(await audit(`${tag} settings`)).toEqual([]);
    await s.page.getByTestId('pane').locator('[data-path="evaluation.bands.good"]').fill('99');
    await s.page.getByTestId('pane').locator('[data-path="evaluation.rates.good"]').fill('x');
    await shot(s, `a11y-${tag}-settings-errors`);
    expect(await audit(`${tag} settings with errors`)).toEqual([]);
  });

  test('fill preview and the overwrite dialog', async () => {
    await openSample(s, 'results-2025.xlsx', { lang, pane: width });
    await s.page.getByTestId('pane').getByRole('tab', { name: t.fill }).click();
    await s.page.getByTestId('pane').getByRole('button', { name: t.preview }).click();
    await s.page.waitForSelector('[data-testid=fill-plan]');
    await shot(s, `a11y-${tag}-fill-preview`);
    expect(await audit(`${tag} fill preview`)).toEqual([]);
    await s.page.getByTestId('overwrite').getByRole('checkbox').click();
    await s.page.getByRole('dialog').waitFor();
    await shot(s, `a11y-${tag}-dialog`, 'page');
    expect(await audit(`${tag} overwrite dialog`)).toEqual([]);
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('dialog').waitFor({ state: 'detached' });
  });
});
