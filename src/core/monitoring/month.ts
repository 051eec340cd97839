import { normalizeText } from '../text/normalize';
import { chineseNumeralValue } from '../values/chinese-numerals';

/**
 * The month N of a year-to-date monitoring figure, as clerks write it in headers and titles:
 * 1-8月执行数, 1—8月实际完成值, １－８月, 1至8月, 一至八月, 截至8月底执行数, 截止到8月末, 1-8月份, 上半年, 前三季度.
 * Ranges must start in January: a 7-9月 (quarter) figure is not a year-to-date one.
 */

const M = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const DASH = '[-—–~～至到]';
const RANGE = new RegExp(`(?:^|[^\\d])(?:1|一)\\s*月?\\s*${DASH}+\\s*${M}\\s*月`);
const UNTIL = new RegExp(`(?:截至|截止|截止到|截至到|至)\\s*(?:(?:19|20)\\d{2}\\s*年\\s*)?${M}\\s*月`);
const HALF = /上半年/;
const THREE_QUARTERS = /前三季度|(?:1|一)\s*[-—–~～至到]\s*(?:3|三)\s*季度/;
const FIRST_QUARTER = /(?:^|[^\d])(?:第?一季度|1季度)/;

function monthNumber(s: string): number | null {
  const n = /\d/.test(s) ? Number(s) : chineseNumeralValue(s);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : null;
}

/** The month a header or title states, or null. Years (2025年1-8月) do not confuse it. */
export function monthIn(text: string): number | null {
  if (!text) return null;
  const t = normalizeText(text).replace(/\s+/g, '');
  for (const re of [RANGE, UNTIL]) {
    const m = re.exec(t);
    if (m) {
      const n = monthNumber(m[1]);
      if (n !== null) return n;
    }
  }
  if (THREE_QUARTERS.test(t)) return 9;
  if (HALF.test(t)) return 6;
  if (FIRST_QUARTER.test(t)) return 3;
  return null;
}

/** The header without its month part: "1-8月执行数" → "执行数", "截至8月底执行数" → "执行数". */
export function withoutMonth(key: string): string {
  return key
    .replace(new RegExp(`^(?:(?:19|20)\\d{2}年(?:度)?)?(?:1|一)月?${DASH}+${M}月(?:份)?(?:底|末)?(?:累计)?`), '')
    .replace(new RegExp(`^(?:截至|截止|截止到|截至到)(?:(?:19|20)\\d{2}年)?${M}月(?:份)?(?:底|末)?(?:累计)?`), '')
    .replace(/^(?:上半年|前三季度|第?一季度)(?:累计)?/, '');
}
