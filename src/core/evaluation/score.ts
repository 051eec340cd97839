import type { CellRef, CellValue } from '../grid/types';
import { isCellError } from '../grid/types';
import { normalizeText } from '../text/normalize';

/** 'formula': a formula whose result the file does not carry (files saved by other tools); text is the formula. */
export type ScoreProblem = 'blank' | 'text' | 'error' | 'range' | 'formula';

/** An evaluation score cell as read: a usable number, or why not (for eval/invalid-score). */
export type ScoreReading =
  | { readonly ok: true; readonly value: number; readonly text: string; readonly cell: CellRef }
  | { readonly ok: false; readonly problem: ScoreProblem; readonly text: string; readonly cell: CellRef };

// "85", "85.5", "85分", "85.5 分" (after NFKC, so "８５" is "85").
const SCORE_TEXT = /^(-?\d+(?:\.\d+)?)\s*分?$/;

/** Reads a score: numbers and numeric text within 0–100; blank, other text, error values and out-of-range are problems. */
export function readScore(value: CellValue, cell: CellRef, max = 100, formula?: string): ScoreReading {
  if (formula && (value === null || value === undefined || (typeof value === 'string' && !value.trim()))) return { ok: false, problem: 'formula', text: formula, cell };
  if (value === null || value === undefined) return { ok: false, problem: 'blank', text: '', cell };
  if (isCellError(value)) return { ok: false, problem: 'error', text: value.error, cell };
  let n: number;
  let text: string;
  if (typeof value === 'number') {
    n = value;
    text = String(value);
  } else if (typeof value === 'string') {
    text = normalizeText(value);
    if (!text) return { ok: false, problem: 'blank', text: '', cell };
    if (/^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i.test(text)) return { ok: false, problem: 'error', text, cell };
    const m = SCORE_TEXT.exec(text.replace(/,/g, ''));
    if (!m) return { ok: false, problem: 'text', text, cell };
    n = Number(m[1]);
  } else {
    // Dates and TRUE/FALSE are not scores.
    return { ok: false, problem: 'text', text: value instanceof Date ? value.toISOString().slice(0, 10) : String(value), cell };
  }
  if (!Number.isFinite(n)) return { ok: false, problem: 'text', text, cell };
  if (n < 0 || n > max) return { ok: false, problem: 'range', text, cell };
  return { ok: true, value: n, text, cell };
}
