import { normalizeText } from '../text/normalize';
import { bandOf } from '../policy/score-bands';
import { GRADE_KEYS, type EvaluationPolicy, type GradeKey } from './policy';

/** score → grade by the policy's bands; a score exactly on a line belongs to the higher grade. */
export function gradeForScore(score: number, bands: EvaluationPolicy['bands']): GradeKey {
  return bandOf(score, bands);
}

/** The name written into the sheet for a grade (优秀 / 良好 / 合格 / 差 by default). */
export function gradeName(grade: GradeKey, policy: EvaluationPolicy): string {
  return policy.gradeNames[grade];
}

/**
 * A typed grade: the policy's names and aliases (优 → 优秀, 中 → 合格 …), full-width and spaces ignored,
 * "优秀等"/"良好级" suffixes tolerated. null when the text names no grade.
 */
export function gradeFromText(text: string, policy: EvaluationPolicy): GradeKey | null {
  const t = normalizeText(text).replace(/\s+/g, '').replace(/[等级]$/, '');
  if (!t) return null;
  // Exact names first, so a policy that renames 合格 to 中 still reads 中 as that grade.
  for (const g of GRADE_KEYS) if (normalizeText(policy.gradeNames[g]) === t) return g;
  for (const g of GRADE_KEYS) {
    if (policy.gradeAliases[g].some((a) => normalizeText(a).replace(/\s+/g, '') === t)) return g;
  }
  return null;
}

const NATIONAL_NAMES: Readonly<Record<GradeKey, string>> = { excellent: '优', good: '良', pass: '中', poor: '差' };

/**
 * Grade names as the sheet already spells them: where grades typed in the table use the national one-character
 * names (优 / 良 / 中, and nothing else), new ones are written the same way; otherwise the policy's names
 * (优秀 / 良好 / 合格 / 差).
 */
export function gradeNamer(typed: readonly string[], policy: EvaluationPolicy): (grade: GradeKey) => string {
  const texts = typed.map((t) => normalizeText(t).replace(/\s+/g, '')).filter((t) => t !== '');
  const short = texts.some((t) => /^(优|良|中)$/.test(t)) && texts.every((t) => /^(优|良|中|差)$/.test(t));
  return short ? (g) => NATIONAL_NAMES[g] : (g) => gradeName(g, policy);
}
