/**
 * Chinese numerals as clerks write them in targets: 三个月内, 十二所, 二十五人, 一百二十台, 两千, 1.5万.
 * Only the forms that occur in counts and durations; large financial figures are written in digits.
 */
const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Value of a Chinese numeral string such as 二十五 or 一百零八; NaN when it is not one. */
export function chineseNumeralValue(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      section += (digit < 0 ? 1 : digit) * UNITS[ch]; // 十二 = 12: a leading 十 means one ten
      digit = -1;
    } else if (ch === '万') {
      total += (section + Math.max(digit, 0)) * 10000;
      section = 0;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + section + Math.max(digit, 0);
}
