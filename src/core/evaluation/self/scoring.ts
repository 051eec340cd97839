import Big from 'big.js';
import type { Grid } from '../../grid/grid';
import { isBlank, type CellRef, type CellValue } from '../../grid/types';
import { normalizeText } from '../../text/normalize';
import { parseTarget } from '../../values/parse-target';
import type { DeadlineTarget, ParsedTarget, QuantityTarget } from '../../values/types';
import type { Vocabulary } from '../../vocab/vocabulary';
import { gradeForScore } from '../grades';
import { decimal, readAmount, roundHalfAway } from '../money';
import type { EvaluationPolicy, GradeKey, SelfEvaluationPolicy } from '../policy';
import type { SelfEvaluationForm, SelfIndicator } from './layout';

/**
 * Self-evaluation scoring (domain.md §5): 执行率 and its score, each indicator's 得分, the total and the
 * grade. Pure: reads the detected form and returns numbers (exact decimals) and the problems found.
 */

export type ScoringMethod = 'proportional' | 'inverse' | 'linearPenalty' | 'zeroTarget' | 'deadline' | 'qualitative' | 'typed';

export type ProblemId =
  | 'actualBlank'
  | 'actualUnreadable'
  | 'unitMismatch'
  | 'targetUnmeasurable'
  | 'weightInvalid'
  | 'budgetInvalid'
  | 'executedInvalid'
  | 'noMoneyBlock'
  | 'totalZero'
  | 'noWeightColumn'
  | 'typedScoreInvalid';

export interface ScoreProblemReport {
  readonly id: ProblemId;
  readonly cell: CellRef;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface ScoredItem {
  readonly row: number;
  readonly name: string;
  /** The 得分 cell, or null when the form has no 得分 column yet. */
  readonly scoreCell: CellRef | null;
  readonly weight: Big | null;
  /** The score this add-in proposes, rounded per policy; null when it cannot be computed. */
  readonly computed: Big | null;
  /** The score counted in the total: the computed one, or the one the user typed and keeps. */
  readonly used: Big | null;
  readonly method: ScoringMethod | null;
  readonly problem: ScoreProblemReport | null;
  /** For 'higher is better' targets: actual ÷ target, exact. */
  readonly achievement: Big | null;
  readonly actualCell: CellRef;
  /**
   * A target that cannot be measured, scored all the same because the actual answers it (达成预期指标, 已完成,
   * 有效, or the target's own words): advice for next year's goal (eval/vague-target).
   */
  readonly vagueTarget: { readonly cell: CellRef; readonly target: string; readonly actual: string } | null;
}

export interface ExecutionScoring {
  readonly item: ScoredItem;
  /** 执行率 per money row (rounded to 4 decimals, i.e. 0.01%), where budget and execution are numbers. */
  readonly rates: readonly { readonly row: number; readonly cell: CellRef | null; readonly rate: Big }[];
}

export interface SelfEvaluationScoring {
  readonly execution: ExecutionScoring | null;
  readonly indicators: readonly ScoredItem[];
  /** Sum of every used score; null when any is missing. */
  readonly total: Big | null;
  readonly grade: GradeKey | null;
  /** Sum of the 分值 read (execution + indicators) and whether every one was readable. */
  readonly weightSum: Big;
  readonly weightsComplete: boolean;
  /** A problem of the form as a whole (no money block …). */
  readonly formProblem: ScoreProblemReport | null;
  /** False for forms with no 分值 or 得分 anywhere (transfer-payment forms): only 执行率 is filled. */
  readonly scored: boolean;
}

export interface ScoringOptions {
  readonly overwrite: boolean;
}

// ---- quantitative ----

/**
 * Share of the 分值 a quantitative indicator earns (domain.md §5): full when the target is reached;
 * short of it, in proportion (actual ÷ target); for 'lower is better', target ÷ actual or a linear penalty
 * reaching 0 at twice the target; a zero target ("=0起", "≤0") full only at 0.
 */
export function quantityShare(
  target: { readonly comparator?: QuantityTarget['comparator']; readonly number: Big },
  actual: Big,
  overshoot: SelfEvaluationPolicy['overshoot'],
): { share: Big; method: ScoringMethod; achievement: Big | null } {
  const t = target.number;
  const lower = target.comparator === '<=' || target.comparator === '<';
  if (t.eq(0)) {
    if (lower || target.comparator === '=') return { share: actual.lte(0) ? new Big(1) : new Big(0), method: 'zeroTarget', achievement: null };
    return { share: new Big(1), method: 'proportional', achievement: null };
  }
  if (lower) {
    if (actual.lte(t)) return { share: new Big(1), method: overshoot === 'linearPenalty' ? 'linearPenalty' : 'inverse', achievement: null };
    if (overshoot === 'linearPenalty') {
      const s = t.times(2).minus(actual).div(t);
      return { share: s.lt(0) ? new Big(0) : s, method: 'linearPenalty', achievement: null };
    }
    return { share: t.div(actual), method: 'inverse', achievement: null };
  }
  const ratio = actual.div(t);
  const share = ratio.gt(1) ? new Big(1) : ratio.lt(0) ? new Big(0) : ratio;
  return { share, method: 'proportional', achievement: ratio };
}

const stripCount = (u: string) => u.replace(/^个/, '');

/**
 * The actual as a number in the target's unit, or why not. Percent cells stored as fractions (0.98 shown
 * as 98%) are recognised by their number format, or, without one, by being ≤ 1 against a target above 1.
 */
function actualNumber(target: QuantityTarget, actual: ParsedTarget, raw: CellValue, numberFormat: string | null): Big | 'mismatch' | null {
  if (actual.kind !== 'quantity') return null;
  const n = decimal(actual.number);
  if (target.isPercent) {
    if (actual.isPercent) return n;
    if (actual.unit !== '') return 'mismatch';
    const fraction = numberFormat ? numberFormat.includes('%') : typeof raw === 'number' && actual.number <= 1 && target.number > 1;
    return fraction ? n.times(100) : n;
  }
  if (actual.isPercent) return target.unit === '' ? n : 'mismatch';
  if (target.moneyScale !== undefined && actual.moneyScale !== undefined) {
    return n.times(decimal(actual.moneyScale)).div(decimal(target.moneyScale));
  }
  if (target.unit && actual.unit && stripCount(target.unit) !== stripCount(actual.unit)) return 'mismatch';
  return n;
}

// ---- qualitative ----

export type QualitativeLevel = 'met' | 'partial' | 'notMet';

const canon = (s: string) => normalizeText(s).replace(/\s+/g, '');
const ZERO_EVENT = /^(?:零|无|未发生|杜绝|不发生|没有)/;

function hasWord(text: string, word: string): boolean {
  const w = canon(word);
  // One-character words (是, 否) only as the whole answer: "不是" must not read as 是.
  return w.length <= 1 ? text === w : text.includes(w);
}

/** The band a written actual falls in: equal to the target, or by the policy's words (未达成 before 达成). */
export function qualitativeLevel(actualText: string, targetText: string, policy: SelfEvaluationPolicy): QualitativeLevel | null {
  const a = canon(actualText);
  if (!a) return null;
  if (a === canon(targetText)) return 'met';
  const w = policy.qualitativeWords;
  if (w.notMet.some((x) => hasWord(a, x))) return 'notMet';
  if (w.partial.some((x) => hasWord(a, x))) return 'partial';
  if (w.met.some((x) => hasWord(a, x))) return 'met';
  return null;
}

// ---- deadlines ----

function dayNumber(d: { year?: number; month?: number; day?: number }, fallbackYear: number): number {
  return (d.year ?? fallbackYear) * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
}

function deadlineMet(target: DeadlineTarget, actual: DeadlineTarget): boolean {
  const year = target.year ?? actual.year ?? 2000;
  const t = dayNumber(target, year);
  const a = dayNumber(actual, year);
  return target.comparator === '>=' ? a >= t : a <= t;
}

// ---- one indicator ----

interface Computed {
  share: Big | null;
  method: ScoringMethod | null;
  achievement: Big | null;
  problem: ScoreProblemReport | null;
  vague?: boolean;
}

/** Pass/fail values against a rule or standard: measurable, so no advice when they are answered (合规 → 达成). */
const PASS_FAIL = /^(合规|合法合规|合格|达标|规范|规范合规|验收合格|通过验收|是|有|无)$/;

function bandShare(level: QualitativeLevel, policy: SelfEvaluationPolicy): Big {
  return decimal(policy.qualitativeShares[level]);
}

function computeShare(ind: SelfIndicator, grid: Grid, vocabulary: Vocabulary, policy: SelfEvaluationPolicy): Computed {
  const none = { share: null, method: null, achievement: null };
  const targetText = typeof ind.target.value === 'string' ? ind.target.value : grid.text(ind.target.cell.row, ind.target.cell.col);
  const actualText = grid.text(ind.actual.cell.row, ind.actual.cell.col);
  const problem = (id: ProblemId, cell: CellRef, data: Record<string, string | number> = {}): Computed => ({
    ...none,
    problem: { id, cell, data: { name: ind.name.value, target: targetText, actual: actualText, ...data } },
  });
  const targetFormat = grid.numberFormat(ind.target.cell.row, ind.target.cell.col);
  const target = parseTarget(ind.target.value, vocabulary, {
    ...(ind.comparator?.value ? { comparator: ind.comparator.value } : {}),
    ...(ind.unit?.value ? { unit: ind.unit.value } : {}),
    ...(targetFormat ? { numberFormat: targetFormat } : {}),
  });
  if (isBlank(ind.actual.value)) return problem(target.kind === 'unmeasurable' && target.reason === 'blank' ? 'targetUnmeasurable' : 'actualBlank', ind.actual.cell);
  const actual = parseTarget(ind.actual.value, vocabulary);
  const words = () => {
    const level = qualitativeLevel(actualText, targetText, policy);
    return level ? { share: bandShare(level, policy), method: 'qualitative' as const, achievement: null, problem: null } : null;
  };
  if (target.kind === 'unmeasurable') {
    // A vague target (及时, 效果明显, 显著提升 …) answered 达成预期指标 / 已完成 / its own words: scored by the
    // bands, as published self-evaluations do; the target becomes advice for next year. No defensible reading
    // otherwise (a number against 效果明显, a blank or template target): refused.
    const answered = target.reason === 'vague' || target.reason === 'no-number' || target.reason === 'work-as-goal' ? words() : null;
    if (answered) return { ...answered, vague: !PASS_FAIL.test(canon(targetText)) };
    return problem('targetUnmeasurable', ind.target.cell);
  }

  if (target.kind === 'quantity') {
    const n = actualNumber(target, actual, ind.actual.value, grid.numberFormat(ind.actual.cell.row, ind.actual.cell.col));
    if (n === 'mismatch') return problem('unitMismatch', ind.actual.cell);
    if (n) {
      const q = quantityShare({ comparator: target.comparator, number: decimal(target.number) }, n, policy.overshoot);
      return { ...q, problem: null };
    }
    return words() ?? problem('actualUnreadable', ind.actual.cell);
  }
  if (target.kind === 'deadline') {
    if (target.within) {
      // "三个月内" against "2个月": a duration, lower is better.
      if (actual.kind === 'quantity' && stripCount(actual.unit) === stripCount(target.within.unit)) {
        const q = quantityShare({ comparator: '<=', number: decimal(target.within.amount) }, decimal(actual.number), policy.overshoot);
        return { ...q, problem: null };
      }
    } else if (actual.kind === 'deadline' && actual.month !== undefined) {
      const met = deadlineMet(target, actual);
      return { share: met ? new Big(1) : decimal(policy.missedDeadlineShare), method: 'deadline', achievement: null, problem: null };
    }
    return words() ?? problem('actualUnreadable', ind.actual.cell);
  }
  // Qualitative target. A zero-event target ("无安全事故", "零投诉") is met by 0 / 无 and nothing else.
  if (ZERO_EVENT.test(canon(target.standard))) {
    if (actual.kind === 'quantity') return { share: actual.number <= 0 ? new Big(1) : new Big(0), method: 'zeroTarget', achievement: null, problem: null };
    if (ZERO_EVENT.test(canon(actualText))) return { share: new Big(1), method: 'zeroTarget', achievement: null, problem: null };
  }
  return words() ?? problem('actualUnreadable', ind.actual.cell);
}

function readWeight(value: CellValue): Big | null {
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*分\s*$/.test(value)) value = value.replace(/分/, '');
  const a = readAmount(value);
  return a.ok ? a.value : null;
}

/**
 * The score counted for an item: the computed one when it will be written (blank cell, or overwrite),
 * otherwise what the user typed; junk text in a 得分 cell that will not be overwritten is a problem.
 */
function settle(
  computed: Big | null,
  existing: CellValue | undefined,
  cell: CellRef | null,
  overwrite: boolean,
  name: string,
): { used: Big | null; typed: boolean; problem: ScoreProblemReport | null } {
  const blank = existing === undefined || isBlank(existing);
  if (computed && (overwrite || blank)) return { used: computed, typed: false, problem: null };
  if (blank) return { used: null, typed: false, problem: null };
  const typed = readAmount(existing as CellValue);
  if (typed.ok) return { used: typed.value, typed: true, problem: null };
  return { used: null, typed: false, problem: { id: 'typedScoreInvalid', cell: cell!, data: { name, text: typed.text } } };
}

export function scoreIndicator(
  ind: SelfIndicator,
  grid: Grid,
  vocabulary: Vocabulary,
  policy: SelfEvaluationPolicy,
  options: ScoringOptions,
): ScoredItem {
  const weightCell = ind.weight;
  const weight = weightCell ? readWeight(weightCell.value) : null;
  const c: Computed = !weightCell
    ? { share: null, method: null, achievement: null, problem: null }
    : weight
      ? computeShare(ind, grid, vocabulary, policy)
      : {
          share: null,
          method: null,
          achievement: null,
          problem: { id: 'weightInvalid', cell: weightCell.cell, data: { name: ind.name.value, text: grid.text(weightCell.cell.row, weightCell.cell.col) } },
        };
  const computed = weight && c.share ? roundHalfAway(weight.times(c.share), policy.indicatorScoreDecimals) : null;
  const s = settle(computed, ind.score?.value, ind.score?.cell ?? null, options.overwrite, ind.name.value);
  return {
    row: ind.row,
    name: ind.name.value,
    scoreCell: ind.score?.cell ?? null,
    weight,
    computed,
    used: s.used,
    method: s.typed ? 'typed' : c.method,
    // A typed score stands in for one the add-in cannot compute: no problem to report then.
    problem: s.typed ? null : (s.problem ?? c.problem),
    achievement: c.achievement,
    actualCell: ind.actual.cell,
    vagueTarget: c.vague && !s.typed ? { cell: ind.target.cell, target: grid.text(ind.target.cell.row, ind.target.cell.col), actual: grid.text(ind.actual.cell.row, ind.actual.cell.col) } : null,
  };
}

function scoreExecution(form: SelfEvaluationForm, policy: SelfEvaluationPolicy, options: ScoringOptions, scored: boolean): ExecutionScoring | null {
  const money = form.money;
  if (!money) return null;
  const rates: { row: number; cell: CellRef | null; rate: Big }[] = [];
  for (const m of money.rows) {
    const b = readAmount(m.budget.value);
    const e = readAmount(m.executed.value);
    if (b.ok && e.ok && b.value.gt(0)) rates.push({ row: m.row, cell: m.rate?.cell ?? null, rate: roundHalfAway(e.value.div(b.value), 4) });
  }
  const main = money.rows.find((m) => m.kind === 'total') ?? money.rows[0];
  const name = main.label;
  const weightValue = main.weight?.value;
  const weight = weightValue === undefined || isBlank(weightValue) ? decimal(policy.defaultExecutionWeight) : readWeight(weightValue);
  const budget = readAmount(main.budget.value);
  const executed = readAmount(main.executed.value);
  let problem: ScoreProblemReport | null = null;
  let computed: Big | null = null;
  let achievement: Big | null = null;
  // A zero total over parts that hold money: the total row was not filled in, not a project without money.
  const part = budget.ok && budget.value.eq(0) ? money.rows.find((m) => m !== main && readAmountPositive(m.budget.value)) : undefined;
  if (!scored) {
    // A form with no 分值 or 得分 anywhere: only the 执行率 is filled.
  } else if (!weight) {
    problem = { id: 'weightInvalid', cell: main.weight!.cell, data: { name, text: String(weightValue) } };
  } else if (part) {
    problem = { id: 'totalZero', cell: main.budget.cell, data: { name, part: part.label, partBudget: readAmount(part.budget.value).text } };
  } else if (!budget.ok || budget.value.lte(0)) {
    problem = { id: 'budgetInvalid', cell: main.budget.cell, data: { name, text: budget.text } };
  } else if (!executed.ok) {
    problem = { id: 'executedInvalid', cell: main.executed.cell, data: { name, text: executed.text } };
  } else {
    // The score uses the exact rate; only the written 执行率 is rounded.
    achievement = executed.value.div(budget.value);
    const share = achievement.gt(1) ? new Big(1) : achievement;
    computed = roundHalfAway(weight.times(share), policy.executionScoreDecimals);
  }
  const s = settle(computed, main.score?.value, main.score?.cell ?? null, options.overwrite, name);
  return {
    rates,
    item: {
      row: main.row,
      name,
      scoreCell: main.score?.cell ?? null,
      weight,
      computed,
      used: s.used,
      method: s.typed ? 'typed' : computed ? 'proportional' : null,
      problem: s.typed ? null : (s.problem ?? problem),
      achievement: null,
      actualCell: main.executed.cell,
      vagueTarget: null,
    },
  };
}

function readAmountPositive(value: CellValue): boolean {
  const a = readAmount(value);
  return a.ok && a.value.gt(0);
}

/** Scores a whole form. With options.overwrite false, scores the user typed are kept and counted. */
export function scoreSelfEvaluation(
  form: SelfEvaluationForm,
  grid: Grid,
  vocabulary: Vocabulary,
  policy: EvaluationPolicy,
  options: ScoringOptions,
): SelfEvaluationScoring {
  const sp = policy.selfEvaluation;
  const scored = isScored(form);
  const indicators = form.indicators.map((ind) => scoreIndicator(ind, grid, vocabulary, sp, options));
  const execution = scoreExecution(form, sp, options, scored);
  let weightSum = new Big(0);
  let weightsComplete = true;
  for (const item of [...(execution ? [execution.item] : []), ...indicators]) {
    if (item.weight) weightSum = weightSum.plus(item.weight);
    else weightsComplete = false;
  }
  let formProblem: ScoreProblemReport | null = null;
  if (!scored) return { execution, indicators, total: null, grade: null, weightSum, weightsComplete: false, formProblem, scored };
  // A form that scores (a 得分 column) but gives no 分值: the indicators cannot be scored by the rule; typed scores count.
  if (form.columns.weight === undefined && form.columns.score !== undefined && indicators.some((i) => i.used === null)) {
    formProblem = { id: 'noWeightColumn', cell: { row: form.headerRow, col: form.columns.score }, data: { name: form.projectName } };
  }
  // Without a money block the indicators alone may carry the full weight; otherwise no total can be made.
  if (!formProblem && !execution && !(weightsComplete && weightSum.eq(decimal(sp.totalWeight)))) {
    const c = form.columns;
    formProblem = { id: 'noMoneyBlock', cell: { row: form.headerRow, col: Math.min(c.level1 ?? Infinity, c.level2 ?? Infinity, c.name) }, data: { name: form.projectName } };
  }
  const items = [...(execution ? [execution.item] : []), ...indicators];
  let total: Big | null = null;
  if (!formProblem && items.length > 0 && items.every((i) => i.used !== null)) {
    total = roundHalfAway(
      items.reduce((sum, i) => sum.plus(i.used!), new Big(0)),
      Math.max(sp.indicatorScoreDecimals, sp.executionScoreDecimals),
    );
  }
  const grade = total ? gradeForScore(Number(total.toString()), policy.bands) : null;
  return { execution, indicators, total, grade, weightSum, weightsComplete, formProblem, scored };
}

/** Whether the form scores at all: a 分值 or 得分 column in the indicator table or the money block. */
export function isScored(form: SelfEvaluationForm): boolean {
  const c = form.columns;
  const m = form.money?.columns;
  return c.weight !== undefined || c.score !== undefined || m?.weight !== undefined || m?.score !== undefined;
}
