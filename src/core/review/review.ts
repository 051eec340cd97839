import { checkWorkbook } from '../check';
import type { Finding, Locale } from '../findings';
import { toA1 } from '../grid/address';
import { cellText, Grid } from '../grid/grid';
import type { CellValue, SheetSnapshot } from '../grid/types';
import { detectGoalSets } from '../layout/detect-goal-sets';
import type { GoalSet } from '../layout/goal-model';
import { defaultPolicy, type Policy } from '../policy/policy';
import type { SheetKind } from '../sheet-kinds';
import { draftOpinion, projectLabel, reviewTexts, type Opinion } from './opinion';
import { findingsByProject } from './project-map';
import { scoreProject, type CategoryScore } from './score';
import type { ConclusionKey } from './texts';

/** One project's review result. JSON-safe (the CLI's workers send it between threads and print it). */
export interface ProjectReview {
  readonly sheet: string;
  /** A1 of the project-name cell (else the table's anchor): where a link to the project points. */
  readonly cell: string;
  readonly projectName: string;
  readonly department: string | null;
  readonly implementer: string | null;
  /** 年度资金总额 as written: a number, or the text of a cell that is not one; null when absent. */
  readonly funds: number | string | null;
  readonly findings: readonly Finding[];
  /** Findings per rule id. */
  readonly counts: Readonly<Record<string, number>>;
  readonly score: number;
  readonly conclusion: ConclusionKey;
  /** 优 / 良 / 中 / 差 (or the policy's names; English names in English). */
  readonly conclusionName: string;
  readonly breakdown: readonly CategoryScore[];
  readonly opinion: Opinion;
}

/** A sheet holding another kind of table (evaluation, monitoring …): not part of a goal review. */
export interface SkippedSheet {
  readonly sheet: string;
  readonly kind: SheetKind;
}

export interface WorkbookReview {
  readonly projects: readonly ProjectReview[];
  readonly skippedSheets: readonly SkippedSheet[];
}

export interface ReviewOptions {
  readonly policy?: Policy;
  readonly locale?: Locale;
}

function fundsOf(v: CellValue | undefined): number | string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  return cellText(v).trim() || null;
}

function reviewProject(set: GoalSet, findings: readonly Finding[], policy: Policy, locale: Locale): ProjectReview {
  const texts = reviewTexts(policy, locale);
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  const score = scoreProject(findings, policy.review);
  return {
    sheet: set.sheet,
    cell: toA1(set.projectName?.cell ?? set.anchor),
    projectName: projectLabel(set, texts),
    department: set.department?.value.trim() || null,
    implementer: set.implementer?.value.trim() || null,
    funds: fundsOf(set.funds.total?.value),
    findings,
    counts,
    score: score.score,
    conclusion: score.conclusion,
    conclusionName: texts.conclusionNames[score.conclusion],
    breakdown: score.breakdown,
    opinion: draftOpinion(findings, set, score, policy, locale),
  };
}

/**
 * Reviews every goal project of a workbook: its findings (from the same check as everywhere else), a score
 * and conclusion, and a drafted opinion. Projects come in sheet order, then in the order the layout found them.
 */
export function reviewWorkbook(snapshots: readonly SheetSnapshot[], options: ReviewOptions = {}): WorkbookReview {
  const policy = options.policy ?? defaultPolicy();
  const locale = options.locale ?? 'zh';
  const projects: ProjectReview[] = [];
  const skippedSheets: SkippedSheet[] = [];
  const byName = new Map(snapshots.map((s) => [s.name, s]));
  for (const report of checkWorkbook(snapshots, { policy, locale })) {
    const snapshot = byName.get(report.name);
    if (report.kind !== 'goal' || !snapshot) {
      skippedSheets.push({ sheet: report.name, kind: report.kind });
      continue;
    }
    const sets = detectGoalSets(new Grid(snapshot));
    const grouped = findingsByProject(sets, report.findings);
    sets.forEach((set, i) => projects.push(reviewProject(set, grouped[i], policy, locale)));
  }
  return { projects, skippedSheets };
}
