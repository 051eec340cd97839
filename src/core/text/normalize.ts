/**
 * Text normalisation shared by header matching, vocabularies and the value parser.
 * Clerks type full-width forms (＞＝９５％, （万元）) and stray spaces; NFKC folds them to ASCII.
 */

const WHITESPACE = /[\s\u3000\u00a0]+/g;

// Printable ASCII and CJK unified ideographs are NFKC-stable: such text (most cells) skips the slow path.
const ALREADY_NORMAL = /^[\x21-\x7e\u4e00-\u9fff](?:[\x20-\x7e\u4e00-\u9fff]*[\x21-\x7e\u4e00-\u9fff])?$/;

const NORMAL_CACHE = new Map<string, string>();

/** NFKC, collapsed inner whitespace, trimmed. Keeps the text readable (for messages). Memoised: cells repeat. */
export function normalizeText(s: string): string {
  let n = NORMAL_CACHE.get(s);
  if (n !== undefined) return n;
  n = ALREADY_NORMAL.test(s) && !s.includes('  ') ? s : s.normalize('NFKC').replace(WHITESPACE, ' ').trim();
  if (NORMAL_CACHE.size > 100_000) NORMAL_CACHE.clear(); // bound memory in a long-lived task pane
  NORMAL_CACHE.set(s, n);
  return n;
}

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
