/**
 * Chinese numerals as clerks write them in targets: 三个月内, 十二所, 二十五人, 一百二十台, 两千, 三万亩,
 * and digit-by-digit years (二〇二五年). Only the forms that occur in counts, durations and dates; large
 * financial figures are written in digits.
 */
const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Value of a Chinese numeral string such as 二十五, 一百零八 or 二〇二五; NaN when it is not one. */
export function chineseNumeralValue(s: string): number {
  if (!s) return NaN;
  // 二〇二五: digits only, read place by place (years, house numbers).
  if (s.length > 1 && [...s].every((ch) => ch in DIGITS && ch !== '两')) {
    return Number([...s].map((ch) => DIGITS[ch]).join(''));
  }
  // 百人, 千人计划, 万元: a multiplier with no digit before it is a word, not a number (十 alone is ten).
  if (s[0] === '百' || s[0] === '千' || s[0] === '万') return NaN;
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGITS) {
      // Two digits in a row outside the digit-only form (一二): not a numeral clerks write.
      if (digit > 0) return NaN;
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
