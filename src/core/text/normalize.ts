/**
 * Text normalisation shared by header matching, vocabularies and the value parser.
 * Clerks type full-width forms (＞＝９５％, （万元）) and stray spaces; NFKC folds them to ASCII.
 */

import { memoByText } from './memo';

const WHITESPACE = /[\s\u3000\u00a0]+/g;

// Printable ASCII and CJK unified ideographs are NFKC-stable: such text (most cells) skips the slow path.
const ALREADY_NORMAL = /^[\x21-\x7e\u4e00-\u9fff](?:[\x20-\x7e\u4e00-\u9fff]*[\x21-\x7e\u4e00-\u9fff])?$/;

/** NFKC, collapsed inner whitespace, trimmed. Keeps the text readable (for messages). Memoised: cells repeat. */
export function normalizeText(s: string): string {
  return memoNormal(s);
}

const memoNormal = memoByText(100_000, (s) => (ALREADY_NORMAL.test(s) && !s.includes('  ') ? s : s.normalize('NFKC').replace(WHITESPACE, ' ').trim()));

/**
 * A key for matching labels and headers: NFKC, no whitespace, no required-field stars or trailing
 * colons, brackets unified. "上年度年初预算项目经费（万元）" and "上年度年初预算项目经费 (万元)" match.
 */
export function headerKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(WHITESPACE, '')
    .replace(/[【[]/g, '(')
    .replace(/[】\]]/g, ')')
    .replace(/^[*＊]+|[*＊]+$/g, '')
    .replace(/[:：]+$/g, '');
}

/** The header key without any bracketed part: "调整金额(万元)" → "调整金额". */
export function headerStem(s: string): string {
  return headerKey(s).replace(/\([^)]*\)/g, '');
}
