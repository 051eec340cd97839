import { checkWorkbook } from '../../../src/core/check';
import { reviewWorkbook } from '../../../src/core/review';
import { loadCorpus, toSnapshots } from '../../fixtures/real/load';

/**
 * The review over the corpus of published goal tables (test/fixtures/real): whatever the layout finds in a real
 * table, every finding of a goal sheet lands in exactly one project, and every project gets a finished opinion
 * (numbered, no placeholder left, the conclusion sentence of its grade) — the same text on a second run.
 */
const tables = [...loadCorpus('goal'), ...loadCorpus('department-goal')];

describe('review of the real goal tables', () => {
  it('has real tables to review', () => {
    expect(tables.length).toBeGreaterThan(10);
  });

  it.each(tables.map((t) => [t.id, t] as const))('%s', (_id, table) => {
    const snapshots = toSnapshots(table);
    const review = reviewWorkbook(snapshots);
    const goalFindings = checkWorkbook(snapshots)
      .filter((r) => r.kind === 'goal')
      .reduce((n, r) => n + r.findings.length, 0);
    expect(review.projects.reduce((n, p) => n + p.findings.length, 0)).toBe(goalFindings);
    for (const p of review.projects) {
      const lines = p.opinion.text.split('\n');
      expect(p.opinion.text).not.toMatch(/\{\{|\}\}|undefined|NaN/);
      expect(lines).toHaveLength(Math.max(1, p.opinion.items.length) + 1);
      p.opinion.items.forEach((item, i) => expect(lines[i]).toBe(`${i + 1}. ${item}`));
      expect(lines[lines.length - 1]).toMatch(new RegExp(`^审核结论：${p.conclusionName}（${p.score}分）。`));
      expect(p.opinion.itemOfFinding).toHaveLength(p.findings.length);
    }
    expect(JSON.stringify(reviewWorkbook(toSnapshots(table)))).toBe(JSON.stringify(review));
  });

  // The default bands and points are calibrated on these tables. They were published with their budgets, so
  // each went through a review and entered budget arrangement: the defaults should send few of them back,
  // and 差 (not entering budget arrangement) should be rare — while a table with an error is never 优.
  it('concludes as a bureau that approved these tables might: mostly 优 or 良, rarely 差, never 优 with an error', () => {
    const projects = tables.flatMap((t) => reviewWorkbook(toSnapshots(t)).projects);
    const share = (c: string) => projects.filter((p) => p.conclusion === c).length / projects.length;
    expect(share('excellent') + share('good')).toBeGreaterThanOrEqual(0.5);
    expect(share('poor')).toBeLessThanOrEqual(0.1);
    for (const p of projects) if (p.findings.some((f) => f.severity === 'error')) expect(p.conclusion).not.toBe('excellent');
  });
});
