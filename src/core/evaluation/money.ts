import Big from 'big.js';
import { isCellError, type CellValue } from '../grid/types';
import { normalizeText } from '../text/normalize';

/**
 * Exact decimal arithmetic for money, ratios and scores. Binary floating point gets the budget office's
 * cases wrong (1.45 × 10% is 0.14499… and rounds to 0.14); big.js keeps them exact.
 */

/**
 * A JS number as the decimal the user sees: the shortest representation that reads back as the same
 * number (1.45, not 1.4499999999999999556), which is also what Excel displays.
 */
export function decimal(n: number): Big {
  if (!Number.isFinite(n)) throw new RangeError(`不是有限数值: ${n}`);
  return new Big(String(n));
}

/** Rounds half away from zero, as Excel's ROUND does (big.js's ROUND_HALF_UP is away from zero for negatives). */
export function roundHalfAway(x: Big, decimals = 2): Big {
  return x.round(decimals, Big.roundHalfUp);
}

/** ROUND(base × ratio, 2): the adjustment amount in the base's unit. */
export function adjustmentAmount(base: Big, ratio: Big): Big {
  return roundHalfAway(base.times(ratio), 2);
}

/** "10%", "2.5%", "-10%": a ratio as a percentage for texts. */
export function percentText(ratio: Big): string {
  return `${ratio.times(100).toString()}%`;
}

/** '0%' for whole percentages, '0.00%' otherwise: Excel shows the ratio as written in the policy. */
export function percentFormat(ratio: Big): string {
  return ratio.times(100).round(0).eq(ratio.times(100)) ? '0%' : '0.00%';
}

/** The number format for a value with `decimals` places: '0', '0.00' … */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** 'formula': the cell holds a formula whose result the file does not carry (text is the formula). */
export type AmountProblem = 'blank' | 'text' | 'error' | 'negative' | 'formula';

export type AmountReading =
  | { readonly ok: true; readonly value: Big; readonly text: string; readonly unit?: '万元' | '元' }
  | { readonly ok: false; readonly problem: AmountProblem; readonly text: string };

// "1,234.5", "１２０", "120万元", "120 万", "-3": a number with an optional money unit.
const AMOUNT_TEXT = /^(-?\d[\d,]*(?:\.\d+)?)\s*(万元|万|元)?$/;

/**
 * An amount cell: a number, or numeric text as clerks type it ("1,234.5", "120万元"). A unit typed in the
 * text is returned for the caller to reconcile with the column's unit; a number is in the column's unit.
 */
export function readAmount(value: CellValue, options: { allowNegative?: boolean; formula?: string } = {}): AmountReading {
  if (options.formula && (value === null || value === undefined || (typeof value === 'string' && !value.trim()))) {
    return { ok: false, problem: 'formula', text: options.formula };
  }
  if (value === null || value === undefined) return { ok: false, problem: 'blank', text: '' };
  if (isCellError(value)) return { ok: false, problem: 'error', text: value.error };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, problem: 'text', text: String(value) };
    if (value < 0 && !options.allowNegative) return { ok: false, problem: 'negative', text: String(value) };
    return { ok: true, value: decimal(value), text: String(value) };
  }
  if (typeof value !== 'string') return { ok: false, problem: 'text', text: String(value) };
  const text = normalizeText(value);
  if (!text) return { ok: false, problem: 'blank', text: '' };
  if (/^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i.test(text)) {
    return { ok: false, problem: 'error', text };
  }
  const m = AMOUNT_TEXT.exec(text);
  if (!m) return { ok: false, problem: 'text', text };
  const v = new Big(m[1].replace(/,/g, ''));
  if (v.lt(0) && !options.allowNegative) return { ok: false, problem: 'negative', text };
  const unit = m[2] === '元' ? '元' : m[2] ? '万元' : undefined;
  return { ok: true, value: v, text, unit };
}

/** Big → number for writing into a cell (values are already rounded to a few decimals). */
export function toCellNumber(x: Big): number {
  return Number(x.toString());
}
