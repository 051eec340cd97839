import Big from 'big.js';
import { decimal } from '../evaluation/money';
import { fillPlaceholders } from '../findings';
import type { Grid } from '../grid/grid';
import { isBlank, type CellRef, type CellValue } from '../grid/types';
import { isLowerBetter, meetsTarget, parseTarget } from '../values/parse-target';
import type { DeadlineTarget, ParsedTarget, QuantityTarget } from '../values/types';
import type { Vocabulary } from '../vocab/vocabulary';
import type { IndicatorInput } from './layout';
import type { MonitoringPolicy } from './policy';

/**
 * Goal achievement (domain.md §7): each indicator's 全年预计完成值 against its 年度指标值, read with the same
 * value parser as the goal checks ('lower is better' targets — ≤, < — are missed when the projection is
 * above), and the 完成目标可能性 answer against the 偏差原因 given.
 */

export type ProjectionProblemId = 'default' | 'blank' | 'error' | 'unitMismatch';
export type ReasonProblemId = 'default' | 'likelihood' | 'noColumn';

export type IndicatorProblem =
  | { readonly kind: 'projection'; readonly messageId: ProjectionProblemId; readonly cell: CellRef; readonly data: Readonly<Record<string, string>> }
  | { readonly kind: 'missingReason'; readonly messageId: ReasonProblemId; readonly cell: CellRef; readonly data: Readonly<Record<string, string>> };

export interface IndicatorOutcome {
  /** The texts for the 预警 column, in order. */
  readonly warnings: readonly string[];
  readonly problems: readonly IndicatorProblem[];
  /** The projection misses the target. */
  readonly missed: boolean;
}

const stripCount = (u: string) => u.replace(/^个/, '');

/**
 * The projection as a number in the target's unit, 'mismatch' when the units differ, null when it is no
 * number. A percentage stored as a fraction (0.96 shown as 96%) is recognised by its number format, or,
 * without one, by being ≤ 1 against a target above 1 (the same reading as self-evaluation's actuals).
 */
export function projectedNumber(target: QuantityTarget, projected: ParsedTarget, raw: CellValue, numberFormat: string | null): Big | 'mismatch' | null {
  if (projected.kind !== 'quantity') return null;
  const n = decimal(projected.number);
  if (target.isPercent) {
    if (projected.isPercent) return n;
    if (projected.unit !== '') return 'mismatch';
    const fraction = numberFormat ? numberFormat.includes('%') : typeof raw === 'number' && projected.number <= 1 && target.number > 1;
    return fraction ? n.times(100) : n;
  }
  if (projected.isPercent) return target.unit === '' ? n : 'mismatch';
  if (target.moneyScale !== undefined && projected.moneyScale !== undefined) {
    return n.times(decimal(projected.moneyScale)).div(decimal(target.moneyScale));
  }
  if (target.unit && projected.unit && stripCount(target.unit) !== stripCount(projected.unit)) return 'mismatch';
  return n;
}

function dayNumber(d: DeadlineTarget, fallbackYear: number): number {
  return (d.year ?? fallbackYear) * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31);
}

/** A projected date later than a "before" deadline (or earlier than an "after" one). */
function lateFor(target: DeadlineTarget, projected: DeadlineTarget): boolean {
  if (target.month === undefined || projected.month === undefined) return false;
  const year = target.year ?? projected.year ?? 2000;
  const t = dayNumber(target, year);
  const p = dayNumber(projected, year);
  return target.comparator === '>=' ? p < t : p > t;
}

export function assessIndicator(input: IndicatorInput, grid: Grid, vocabulary: Vocabulary, policy: MonitoringPolicy): IndicatorOutcome {
  const warnings: string[] = [];
  const problems: IndicatorProblem[] = [];
  const texts = policy.texts;
  const targetText = grid.text(input.target.cell.row, input.target.cell.col);
  const base = { name: input.name, target: targetText };
  const target = parseTarget(input.target.value, vocabulary, { numberFormat: grid.numberFormat(input.target.cell.row, input.target.cell.col) ?? undefined });
  let missed = false;

  const p = input.projection;
  if (p && target.kind === 'quantity') {
    const shown = grid.text(p.cell.row, p.cell.col);
    const data = { ...base, projected: shown };
    if (isBlank(p.value)) {
      problems.push({ kind: 'projection', messageId: 'blank', cell: p.cell, data });
    } else {
      const format = grid.numberFormat(p.cell.row, p.cell.col);
      const projected = parseTarget(p.value, vocabulary, format ? { numberFormat: format } : {});
      const n = projectedNumber(target, projected, p.value, format);
      if (projected.kind === 'unmeasurable' && projected.reason === 'error-value') {
        problems.push({ kind: 'projection', messageId: 'error', cell: p.cell, data });
      } else if (n === null) {
        problems.push({ kind: 'projection', messageId: 'default', cell: p.cell, data });
      } else if (n === 'mismatch') {
        problems.push({ kind: 'projection', messageId: 'unitMismatch', cell: p.cell, data });
      } else if (meetsTarget(target, n.toNumber()) === false) {
        missed = true;
        // As typed ("1.1万人"), unless the cell holds a bare number (0.93 stored for 93%).
        const unit = target.isPercent ? '%' : target.unit;
        const text = typeof p.value === 'string' ? shown : `${n.toString()}${unit}`;
        const template = isLowerBetter(target) ? texts.projectionAbove : texts.projectionBelow;
        warnings.push(fillPlaceholders(template, { projected: text, target: targetText }));
      }
    }
  } else if (p && target.kind === 'deadline' && !isBlank(p.value)) {
    const format = grid.numberFormat(p.cell.row, p.cell.col);
    const projected = parseTarget(p.value, vocabulary, format ? { numberFormat: format } : {});
    if (projected.kind === 'deadline' && lateFor(target, projected)) {
      missed = true;
      warnings.push(fillPlaceholders(texts.projectionLate, { projected: grid.text(p.cell.row, p.cell.col), target: targetText }));
    }
  }

  const reason = input.deviation.text;
  const reasonCell = input.deviation.cell;
  const like = input.likelihood;
  let reasonReported = false;
  if (like && (like.key === 'possible' || like.key === 'impossible')) {
    if (!reason) {
      warnings.push(fillPlaceholders(texts.likelihoodWithoutReason, { likelihood: like.text }));
      problems.push({ kind: 'missingReason', messageId: reasonCell ? 'likelihood' : 'noColumn', cell: reasonCell ?? like.cell, data: { ...base, likelihood: like.text } });
      reasonReported = true;
    } else if (like.key === 'impossible') {
      warnings.push(fillPlaceholders(texts.impossible, { likelihood: like.text }));
    }
  }
  if (missed && !reason && !reasonReported) {
    warnings.push(texts.missingReason);
    const cell = reasonCell ?? p!.cell;
    problems.push({ kind: 'missingReason', messageId: reasonCell ? 'default' : 'noColumn', cell, data: { ...base, projected: grid.text(p!.cell.row, p!.cell.col), likelihood: like?.text ?? '' } });
  }
  return { warnings, problems, missed };
}
