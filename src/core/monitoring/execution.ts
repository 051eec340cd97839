import Big from 'big.js';
import { fillPlaceholders } from '../findings';
import type { CellRef } from '../grid/types';
import { decimal, readAmount, roundHalfAway } from '../evaluation/money';
import type { ExecutionInput, MonitoringTable } from './layout';
import type { MonitoringPolicy } from './policy';

/**
 * Execution progress (domain.md §7): 执行率 = 执行数 ÷ 年度预算数 against 时间进度 = N ÷ 12, in exact
 * decimals. Warnings compare exact values by cross-multiplication (no division, so no rounding at the
 * boundary): a lag exactly equal to the tolerance is not a warning; exactly equal to the strong level stays
 * yellow. In 'ratio' mode, a ratio exactly on a line belongs to the better colour (0.8 is green, 0.6 yellow).
 */

export type WarningLevel = 'ok' | 'yellow' | 'red';

export type AmountField = 'budget' | 'executed';
export type AmountProblem = 'blank' | 'text' | 'error' | 'negative' | 'formula' | 'zeroBudget';

export type ExecutionOutcome =
  /** Nothing to monitor: no budget and no execution (a spare row, or a source of funds this project lacks). */
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly field: AmountField; readonly problem: AmountProblem; readonly text: string; readonly cell: CellRef }
  | { readonly kind: 'overBudget'; readonly budget: Big; readonly executed: Big; readonly cell: CellRef }
  | { readonly kind: 'noMonth' }
  | {
      readonly kind: 'ok';
      /** Exact ratios (0.5 = 50%); `gap` = rate − time, negative when execution lags. */
      readonly rate: Big;
      readonly time: Big;
      readonly gap: Big;
      readonly level: WarningLevel;
      /** The 预警 text ('' for none). */
      readonly text: string;
    };

const ZERO = new Big(0);
const TWELVE = new Big(12);

function amount(input: ExecutionInput['budget'], scale: number): { ok: true; value: Big } | { ok: false; problem: Exclude<AmountProblem, 'zeroBudget'>; text: string } {
  const a = readAmount(input.value, { formula: input.formula });
  if (!a.ok) return a;
  // A unit typed in the cell wins over the column's: "3.5万元" in a column in 元 is 3.5 万元.
  const perUnit = a.unit === '元' ? 0.0001 : a.unit === '万元' ? 1 : scale;
  return { ok: true, value: perUnit === 1 ? a.value : a.value.times(decimal(perUnit)) };
}

/** The lag as clerks read it, in percentage points with at most two decimals ("12.5"); more when two would hide that it exceeds the line. */
export function pointsText(x: Big, line?: Big): string {
  const points = x.times(100);
  const two = roundHalfAway(points, 2);
  if (line && !points.eq(line.times(100)) && two.eq(roundHalfAway(line.times(100), 2))) return roundHalfAway(points, 4).toString();
  return two.toString();
}

/** "55%", "66.67%": a ratio as a percentage with at most two decimals. */
export function percentText(x: Big): string {
  return `${roundHalfAway(x.times(100), 2).toString()}%`;
}

/**
 * Warning level of one project. Exact: with rate = E/B and time = N/12,
 * lag > t  ⇔  N·B − 12·E > 12·t·B;   rate/time < k  ⇔  12·E < k·N·B.
 */
export function executionLevel(budget: Big, executed: Big, month: number, policy: MonitoringPolicy): { level: WarningLevel; text: string } {
  const n = new Big(month);
  // Divisions only for the texts of rows that warn (big.js division is the costly operation).
  const rate = () => executed.div(budget);
  const time = () => n.div(TWELVE);
  if (policy.mode === 'ratio') {
    const twelveE = executed.times(TWELVE);
    const nB = n.times(budget);
    const ratio = () => ({ ratio: percentText(twelveE.div(nB)) });
    if (twelveE.lt(nB.times(decimal(policy.ratio.red)))) return { level: 'red', text: fillPlaceholders(policy.texts.ratioRed, ratio()) };
    if (twelveE.lt(nB.times(decimal(policy.ratio.yellow)))) return { level: 'yellow', text: fillPlaceholders(policy.texts.ratioYellow, ratio()) };
    return { level: 'ok', text: '' };
  }
  const excess = n.times(budget).minus(executed.times(TWELVE));
  const twelveB = TWELVE.times(budget);
  const strong = decimal(policy.gap.strong);
  const tolerance = decimal(policy.gap.tolerance);
  if (excess.gt(twelveB.times(strong))) return { level: 'red', text: fillPlaceholders(policy.texts.gapRed, { lag: pointsText(time().minus(rate()), strong) }) };
  if (excess.gt(twelveB.times(tolerance))) return { level: 'yellow', text: fillPlaceholders(policy.texts.gapYellow, { lag: pointsText(time().minus(rate()), tolerance) }) };
  return { level: 'ok', text: '' };
}

const TIME_PROGRESS = Array.from({ length: 13 }, (_, n) => new Big(n).div(TWELVE));

/** N ÷ 12, computed once per month. */
export function timeProgress(month: number): Big {
  return TIME_PROGRESS[month] ?? new Big(month).div(TWELVE);
}

/** One project's execution: its figures and warning, or why it has none. */
export function assessExecution(input: ExecutionInput, table: MonitoringTable, policy: MonitoringPolicy): ExecutionOutcome {
  const budget = amount(input.budget, table.budgetScale);
  const executed = amount(input.executed, table.executedScale);
  const blank = (a: typeof budget) => !a.ok && a.problem === 'blank';
  const zero = (a: typeof budget) => a.ok && a.value.eq(ZERO);
  if ((blank(budget) || zero(budget)) && (blank(executed) || zero(executed))) return { kind: 'empty' };
  if (!budget.ok) return { kind: 'invalid', field: 'budget', problem: budget.problem, text: budget.text, cell: input.budget.cell };
  if (!executed.ok) return { kind: 'invalid', field: 'executed', problem: executed.problem, text: executed.text, cell: input.executed.cell };
  if (executed.value.gt(budget.value)) return { kind: 'overBudget', budget: budget.value, executed: executed.value, cell: input.executed.cell };
  if (budget.value.eq(ZERO)) return { kind: 'invalid', field: 'budget', problem: 'zeroBudget', text: '0', cell: input.budget.cell };
  if (!table.month) return { kind: 'noMonth' };
  const rate = executed.value.div(budget.value);
  const time = timeProgress(table.month.value);
  const { level, text } = executionLevel(budget.value, executed.value, table.month.value, policy);
  return { kind: 'ok', rate, time, gap: rate.minus(time), level, text };
}

/** A ratio as written into a cell: rounded to 0.01% (four decimals), half away from zero. */
export function ratioCell(x: Big): number {
  return Number(roundHalfAway(x, 4).toString());
}
