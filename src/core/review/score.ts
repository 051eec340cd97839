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
 * Each principle starts at its weight; each finding takes its points off its principle, down to 0 (so one
 * badly filled table column cannot cost more than its principle is worth). The score is the sum.
 */
export function scoreProject(findings: readonly Finding[], policy: ReviewPolicy): ProjectScore {
  const deducted = new Map<CategoryKey, number>();
  const counts = new Map<CategoryKey, number>();
  for (const f of findings) {
    const c = categoryOf(f.ruleId, f.messageId, policy.categories);
    deducted.set(c, (deducted.get(c) ?? 0) + deductionOf(f, policy));
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const breakdown = CATEGORY_KEYS.map((category): CategoryScore => {
    const weight = policy.weights[category];
    const lost = round2(deducted.get(category) ?? 0);
    return { category, weight, deducted: lost, score: round2(Math.max(0, weight - lost)), findings: counts.get(category) ?? 0 };
  });
  const score = round2(breakdown.reduce((n, b) => n + b.score, 0));
  return { score, conclusion: conclusionOf(score, policy.bands), breakdown };
}
