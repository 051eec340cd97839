import type { Finding } from '../findings';
import { CATEGORY_KEYS, categoryOf, type CategoryKey } from './categories';
import type { ReviewPolicy } from './policy';
import type { ConclusionKey } from './texts';
import { bandOf } from '../policy/score-bands';

export interface CategoryScore {
  readonly category: CategoryKey;
  readonly weight: number;
  /** Points taken off (may exceed the weight: the score stops at 0). */
  readonly deducted: number;
  readonly score: number;
  readonly findings: number;
}

export interface ProjectScore {
  readonly score: number;
  readonly conclusion: ConclusionKey;
  readonly breakdown: readonly CategoryScore[];
}

/** Hundredths, so that sums of decimal deductions (2.5 + 0.1) do not show binary noise. */
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** 优 / 良 / 中 / 差 from a score; a score exactly on a line belongs to the higher grade. */
export function conclusionOf(score: number, bands: ReviewPolicy['bands']): ConclusionKey {
  return bandOf(score, bands);
}

/** The points one finding takes off its principle. */
export function deductionOf(f: Finding, policy: ReviewPolicy): number {
  return policy.ruleDeductions[f.ruleId] ?? policy.deductions[f.severity];
}

/**
 * Each principle starts at its weight; each kind of problem (a rule) takes its points off its principle —
 * the largest of its findings in full, each further one `repeats.factor` of its own, at most `repeats.cap`
 * times the largest (a template copied down ten rows is one problem an opinion names once, not ten) — down
 * to 0, so one badly filled column cannot cost more than its principle is worth. The score is the sum. A
 * project with an error is at most 良 when `excellentNeedsNoErrors` (优 means every requirement is met).
 */
export function scoreProject(findings: readonly Finding[], policy: ReviewPolicy): ProjectScore {
  const byKind = new Map<string, { category: CategoryKey; points: number[] }>();
  const counts = new Map<CategoryKey, number>();
  for (const f of findings) {
    const category = categoryOf(f.ruleId, f.messageId, policy.categories);
    const key = `${category}\u0000${f.ruleId}`;
    let kind = byKind.get(key);
    if (!kind) byKind.set(key, (kind = { category, points: [] }));
    kind.points.push(deductionOf(f, policy));
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const deducted = new Map<CategoryKey, number>();
  for (const { category, points } of byKind.values()) deducted.set(category, (deducted.get(category) ?? 0) + kindPoints(points, policy.repeats));
  const breakdown = CATEGORY_KEYS.map((category): CategoryScore => {
    const weight = policy.weights[category];
    const lost = round2(deducted.get(category) ?? 0);
    return { category, weight, deducted: lost, score: round2(Math.max(0, weight - lost)), findings: counts.get(category) ?? 0 };
  });
  const score = round2(breakdown.reduce((n, b) => n + b.score, 0));
  let conclusion = conclusionOf(score, policy.bands);
  if (conclusion === 'excellent' && policy.excellentNeedsNoErrors && findings.some((f) => f.severity === 'error')) conclusion = 'good';
  return { score, conclusion, breakdown };
}

/** The points of one kind of problem: the largest in full, the others at `factor`, all at most `cap` × the largest. */
function kindPoints(points: readonly number[], repeats: ReviewPolicy['repeats']): number {
  const largest = Math.max(...points);
  const sum = points.reduce((n, p) => n + p, 0);
  return Math.min(repeats.cap * largest, largest + repeats.factor * (sum - largest));
}
