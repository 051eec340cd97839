import { fillPlaceholders, type Finding, type Locale } from '../findings';
import type { GoalSet } from '../layout/goal-model';
import type { Policy } from '../policy/policy';
import { CATEGORY_KEYS, categoryOf } from './categories';
import type { ProjectScore } from './score';
import { DEFAULT_REVIEW_TEXTS, type ReviewTexts } from './texts';

/** Drops the undefined values a partial record may hold. */
function defined(record: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}

/** The built-in texts of a language with the policy's replacements laid over them. */
export function reviewTexts(policy: Policy, locale: Locale): ReviewTexts {
  const base = DEFAULT_REVIEW_TEXTS[locale];
  const o = policy.review.texts[locale];
  return {
    opinions: { ...base.opinions, ...defined(o.opinions) },
    fallback: o.fallback ?? base.fallback,
    noProblems: o.noProblems ?? base.noProblems,
    conclusions: { ...base.conclusions, ...o.conclusions },
    conclusionNames: { ...base.conclusionNames, ...o.conclusionNames },
    categories: { ...base.categories, ...o.categories },
    problems: { ...base.problems, ...defined(o.problems) },
    unnamedProject: o.unnamedProject ?? base.unnamedProject,
  };
}

export interface Opinion {
  /** The numbered points, without their numbers. */
  readonly items: readonly string[];
  /** The closing sentence with the conclusion (财预〔2015〕88号). */
  readonly conclusion: string;
  /** What a reviewer signs: "1. …\n2. …\n审核结论：…". */
  readonly text: string;
  /** For each finding given (same order), the index of the point it became (identical points are merged). */
  readonly itemOfFinding: readonly number[];
}

/** 85 → "85", 87.5 → "87.5": scores are kept to hundredths. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}

export function projectLabel(set: GoalSet, texts: ReviewTexts): string {
  return set.projectName?.value.trim() || texts.unnamedProject;
}

/** One finding as a point of the opinion: its template filled with the finding's data and its row's indicator. */
export function opinionItem(f: Finding, set: GoalSet, texts: ReviewTexts): string {
  // A rule's own key is its default message: a message added later must not borrow it (its data differ).
  const own = texts.opinions[`${f.ruleId}:${f.messageId}`] ?? (f.messageId === 'default' ? texts.opinions[f.ruleId] : undefined);
  const row = set.indicators.find((r) => r.row === f.ref.row);
  const data: Record<string, string | number> = {
    indicator: row?.name.value.trim() || `${f.cell}`,
    project: projectLabel(set, texts),
    cell: f.cell,
    row: f.ref.row + 1,
    message: f.message.replace(/[。.]\s*$/, ''),
    hint: f.hint.replace(/[。.]\s*$/, ''),
    ...f.data,
  };
  const filled = own === undefined ? undefined : fillPlaceholders(own, data);
  // A placeholder the finding has no value for (a policy template naming a field of another message) would
  // reach the reviewer as "{{…}}": the finding's own message and hint say it instead.
  return filled !== undefined && !/\{\{\s*\w+\s*\}\}/.test(filled) ? filled : fillPlaceholders(texts.fallback, data);
}

/**
 * The drafted 审核意见: one numbered point per finding, grouped by principle (全面性, 相关性, 可衡量性, funds,
 * form) and within each in sheet order; identical points once. The same findings always give the same text.
 */
export function draftOpinion(findings: readonly Finding[], set: GoalSet, score: ProjectScore, policy: Policy, locale: Locale): Opinion {
  const texts = reviewTexts(policy, locale);
  const order = (f: Finding) => CATEGORY_KEYS.indexOf(categoryOf(f.ruleId, f.messageId, policy.review.categories));
  const sorted = [...findings].sort(
    (a, b) =>
      order(a) - order(b) ||
      a.ref.row - b.ref.row ||
      a.ref.col - b.ref.col ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0),
  );
  const items: string[] = [];
  const itemOf = new Map<Finding, number>();
  for (const f of sorted) {
    const text = opinionItem(f, set, texts);
    let i = items.indexOf(text);
    if (i < 0) i = items.push(text) - 1;
    itemOf.set(f, i);
  }
  const key = score.conclusion === 'excellent' && items.length > 0 ? 'excellentWithItems' : score.conclusion;
  const conclusion = fillPlaceholders(texts.conclusions[key], { conclusion: texts.conclusionNames[score.conclusion], score: formatScore(score.score) });
  const body = items.length ? items.map((t, i) => `${i + 1}. ${t}`).join('\n') : texts.noProblems;
  return { items, conclusion, text: `${body}\n${conclusion}`, itemOfFinding: findings.map((f) => itemOf.get(f)!) };
}
