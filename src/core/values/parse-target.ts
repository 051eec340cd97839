import Big from 'big.js';
import { isCellError, type CellValue } from '../grid/types';
import { normalizeText } from '../text/normalize';
import { findWord } from '../vocab/matcher';
import type { Vocabulary } from '../vocab/vocabulary';
import { CHINESE_NUMERAL_CHARS, chineseNumeralValue } from './chinese-numerals';
import type { Comparator, DeadlineTarget, ParsedTarget, QuantityTarget } from './types';
import { memoByText } from '../text/memo';

/** Optional split-column context: forms with 指标性质 / 度量单位 columns beside the 指标值. */
export interface TargetColumns {
  readonly comparator?: string;
  readonly unit?: string;
  /** The value cell's Excel number format, when the adapter loaded it: 0.95 shown as "0%" means 95%. */
  readonly numberFormat?: string;
}

// Comparator words. Sorted longest first below, so 不超过 wins over 超过 and >= over >.
// Checked after NFKC (≥ stays ≥; ＞＝ becomes >=).
const PREFIX_COMPARATORS: readonly [string, Comparator][] = (
  [
    ['大于或等于', '>='], ['高于或等于', '>='], ['大于等于', '>='], ['不少于', '>='], ['不低于', '>='], ['不小于', '>='], ['至少', '>='], ['达到', '>='],
    ['小于或等于', '<='], ['低于或等于', '<='], ['小于等于', '<='], ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['至多', '<='], ['最多', '<='], ['控制在', '<='],
    ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
    ['小于', '<'], ['低于', '<'], ['少于', '<'],
    ['等于', '='], ['为', '='],
    ['>=', '>='], ['=>', '>='], ['≥', '>='], ['≧', '>='], ['<=', '<='], ['=<', '<='], ['≤', '<='], ['≦', '<='],
    ['>', '>'], ['<', '<'], ['=', '='], ['═', '='],
  ] as [string, Comparator][]
).sort((a, b) => b[0].length - a[0].length);
const SUFFIX_COMPARATORS: readonly [string, Comparator][] = [
  ['及以上', '>='], ['或以上', '>='], ['以上', '>='], ['及以下', '<='], ['或以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='], ['内', '<='],
];

/** The comparator a split 指标性质 / 指标方向 column states, if any ('定性' and blanks give none). */
export function comparatorFromColumn(text: string | undefined): Comparator | undefined {
  if (!text) return undefined;
  const t = normalizeText(text).replace(/\s/g, '');
  if (t === '正向' || t === '正向指标') return '>=';
  if (t === '反向' || t === '反向指标') return '<=';
  for (const [w, c] of PREFIX_COMPARATORS) if (t === w) return c;
  return undefined;
}

const CN = CHINESE_NUMERAL_CHARS;
/** Every number in a text: digits (with thousands commas) or a run of Chinese numerals. */
const NUMBERS = new RegExp(`-?\\d[\\d,]*(?:\\.\\d+)?|[${CN}]+`, 'g');
/** A year mentioned as a reference point (较2024年, 2024年度), not a target figure. */
const YEAR_REF = /(?:19|20)\d{2}\s*年(?:度)?/g;
const YEAR = '((?:19|20)\\d{2})';

// ---- deadlines ----
const DATE_YMD = new RegExp(`${YEAR}\\s*(?:年|[-./])\\s*(\\d{1,2})\\s*(?:月|[-./])\\s*(\\d{1,2})(?![\\d.])\\s*日?`);
const DATE_YM_CN = new RegExp(`${YEAR}\\s*年\\s*(\\d{1,2})\\s*月`);
// 2025.10 / 2025-10: only when nothing but deadline words follows (2000.5平方米 is an area, not May 2000).
const DATE_YM_SEP = new RegExp(`${YEAR}\\s*[-./]\\s*(\\d{1,2})(?![\\d.])(?=\\s*(?:底|末|份|前|之前|以前|内|完成|止|$))`);
const DATE_Y_HALF = new RegExp(`${YEAR}\\s*年\\s*(上|下)半年`);
const DATE_Y_QUARTER = new RegExp(`${YEAR}\\s*年\\s*(?:第)?([1-4一二三四])\\s*季度`);
const DATE_Y_END = new RegExp(`${YEAR}\\s*年\\s*(?:年底|年末|底|末|内|度内|全年)`);
const DATE_Y_ONLY = new RegExp(`^${YEAR}\\s*年(?:度)?(?:前|之前)?(?:完成)?$`);
const DATE_MD = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATE_M_END = /(\d{1,2})\s*月\s*(?:底|末|份|中旬|下旬|上旬)/;
const DATE_M_ONLY = /^(\d{1,2})\s*月(?:前|之前|以前)?(?:完成)?$/;
const QUARTER = /(?:^|第|年)([1-4一二三四])\s*季度(?!内)/;
const HALF_YEAR = /^(上|下)半年/;
const WITHIN = new RegExp(`([\\d.]+|[${CN}]+)\\s*个?\\s*(工作日|小时|季度|年|月|周|星期|日|天)\\s*(?:以内|之内|内)`);
const HALF_YEAR_WITHIN = /半年(?:以内|之内|内)/;
// 年底前, 当年完成, 项目于年底前全部完成: a year-end deadline closing the text (not 当年受益3000人).
const YEAR_END = /(?:本?年底|年末|年内|年度内|本年度|当年|本年)(?:前|之前|以前|内)?(?:全部|全面)?(?:完成|完工|建成|到位|实施|发放|交付|投入使用)?$/;
// Deadlines tied to a named event of the year: 开学前, 汛期前, 入冬前, 春节前, 竣工后一个月内 (WITHIN).
const EVENT_DEADLINE = /^(?:每(?:学期|年))?(?:开学|汛期|主汛期|入汛|汛前|入冬|供暖|采暖期|春节|元旦|国庆|春耕|秋收|雨季|冬季|夏季|开工|竣工|验收)(?:前|之前|以前)(?:完成)?$/;
/** A cheap test that a text may hold a date or duration at all, before the many deadline forms are tried. */
const DEADLINE_HINT = /[年月日季前后内底末周天时起旬]|\d\s*[-./]\s*\d|开学|汛|冬|暖|节|耕|收|雨季|开工|竣工/;
const REFERENCE_BEFORE = /(?:较|比|相比|对比|同比|环比|与|相较)\s*$/;
const FREQUENCY = /^(?:按|每)(?:日|天|周|旬|月|季|季度|半年|年|年度|学期)|^(?:定期|常态化|不定期)/;
const BEFORE = /前|之前|以前|截止|截至|内完成|以内|之内|内$/;
const AFTER = /后|以后|之后|起/;

const MONEY_SCALE: Readonly<Record<string, number>> = { 元: 0.0001, 万元: 1, 亿元: 10000, 千元: 0.1 };
// Counting and time units a Chinese numeral may carry (十二所, 两台, 一年); 级/等 are grades, not counts.
const COUNT_UNITS =
  '个|所|台|套|人次|人|次|项|家|户|处|座|辆|份|场|批|期|名|篇|册|本|条|公里|千米|米|平方米|亩|吨|间|张|支|只|头|类|种|块|栋|床|部|件|箱|斤|公斤|千克|元|万元|亿元|年|个月|月|周|天|日|小时|分钟|学期|季度';
/** The whole value is a Chinese-numeral quantity: 十二所, 不少于二十五人, 两台, 三万亩, 一年. */
const CHINESE_QUANTITY = new RegExp(
  `^(?:${PREFIX_COMPARATORS.map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})?\\s*[${CN}]+\\s*(?:${COUNT_UNITS})(?:及以上|或以上|以上|及以下|以下|以内|之内)?$`,
);
/** A Chinese numeral with a counting unit anywhere in a longer text (goals: 维修三所学校). */
const CHINESE_COUNT_IN_TEXT = new RegExp(`([${CN}]+)\\s*(?:${COUNT_UNITS})`, 'g');

// Qualitative values that are measurable on their own: a yes/no, a zero-event target, full coverage, a grade.
const CHECKABLE_QUALITATIVE = new RegExp(
  [
    '^(?:是|否|有|无|达标|合格|优|良|优秀|良好|优良|全覆盖|全部覆盖|全部|全部完成|全面完成|实时|全天候|全年|零[^\\d]*)$',
    // Everyone or everything of a named whole: 覆盖全区所有人员, 全县所有学校全覆盖 (that is 100%).
    '^(?:覆盖)?全[县区市镇乡村省][^\\d]{0,10}(?:所有|全部)[^\\d]{0,8}$',
    '^(?:无|未发生|杜绝|不发生|零)[^\\d]{0,12}(?:事故|事件|案件|问题|投诉|违规|违纪|违法|伤亡|发生|上访|纠纷|差错|舆情)$',
    '^(?:未发生|杜绝|不发生)[^\\d]*$',
    // A binary outcome: the mechanism or document exists or it does not (长效管护机制 · 健全).
    '^(?:已|全面)?(?:建立|建成|健全|出台|印发|制定|开通)(?:并(?:运行|实施|执行))?$',
    // Relative to a stated reference: 不低于上年水平, 与上年持平.
    '^(?:不低于|不少于|不高于|不超过|高于|低于|持平于?|达到|与)(?:上年|去年|上一年度?|往年|上年度|(?:19|20)\\d{2}年度?)(?:同期)?(?:水平|持平)?$',
    // A level on a graded scale: 国家级, 省级以上.
    '^(?:国家|省|市|县|区|乡镇?)级(?:及以上|以上)?$',
  ].join('|'),
);
/** A named standard or a graded scale, which makes a value checkable even beside vague words. */
const NAMED_STANDARD = /《[^》]+》|\bGB(?:\/T)?\s*\d|国标|行标|[国省市县部]家?级标准|(?:^|[^\d])[一二三四五12345A-Z]+\s*级(?:标准|以上|及以上)?|[甲乙丙]级|[一二三]级[甲乙丙]等/;
/** 百分之九十五 → 95%. */
const PERCENT_WORDS = new RegExp(`百分之([\\d.]+|[${CN}]+)`, 'g');
/** Comparator symbol, number, and a plain unit that cannot start a date, a grade or a duration. */
const SIMPLE_QUANTITY = new RegExp(
  `^(>=|<=|=>|=<|[<>=≥≤≧≦═])?\\s*(-?\\d+(?:\\.\\d+)?)\\s*(%|‰|万?(?:人次|人|户|所|台|套|个|项|家|处|座|辆|份|场|批|名|篇|册|本|条|公里|千米|米|平方米|立方米|亩|吨|间|张|支|只|头|床|部|件|元|万元|亿元|分|次|km|m2|m3|kg|t))?$`,
);
/** The rest of a range after its lower bound: "-5000", "～5000", "至五千". */
const RANGE_REST = new RegExp(`^(?:-|~|～|—|–|至|到)\\s*(?:\\d[\\d,]*(?:\\.\\d+)?|[${CN}]+)`);
const COUNT_UNIT_AHEAD = new RegExp(`^\\s*(?:${COUNT_UNITS})`);
/** Cells holding only a dash or slash: the clerk marked the value as not applicable. */
const DASH_ONLY = /^[-—–~～/\\_.·…]+$/;
const ERROR_TEXT = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** Units after NFKC: ㎡ → m2, ％ → %. Keep what the clerk wrote otherwise. */
function normaliseUnit(raw: string): string {
  const u = raw.replace(/^[\s(（]+|[\s)）。.,，;；:：]+$/g, '');
  if (u === 'm2' || u === 'm²' || u === '平米' || u === '平方') return '平方米';
  return u;
}

function toNumber(s: string): number {
  if (/\d/.test(s)) return Number(s.replace(/,/g, ''));
  return chineseNumeralValue(s);
}

/** Template text in a value: a listed placeholder, or a run of ×/* where a number belongs ("≥**%", "××人"). */
export function placeholderIn(text: string, vocabulary: Vocabulary): string | undefined {
  return findWord(text, vocabulary.placeholders) ?? /[*×]{2,}/.exec(text)?.[0];
}

// ---- deadlines ----

/** 二〇二五年十二月三十一日 → 2025年12月31日, so Chinese-numeral dates read like digit dates. */
function digitDates(text: string): string {
  if (!/[〇零○一二三四五六七八九十]/.test(text)) return text;
  return text
    .replace(/([〇零○一二三四五六七八九]{4})(?=\s*年)/g, (m) => String(chineseNumeralValue(m)))
    .replace(/(^|年|\d\s*[-./])\s*([一二三四五六七八九十]{1,3})(?=\s*月(?:底|末|份|中旬|上旬|下旬|前|\s*[\d一二三四五六七八九十]{1,3}\s*日))/g, (_m, p: string, n: string) => `${p}${chineseNumeralValue(n)}`)
    .replace(/(月\s*)([一二三四五六七八九十]{1,3})(?=\s*日)/g, (_m, p: string, n: string) => `${p}${chineseNumeralValue(n)}`);
}

const QUARTER_VALUE: Readonly<Record<string, number>> = { 1: 1, 2: 2, 3: 3, 4: 4, 一: 1, 二: 2, 三: 3, 四: 4 };

const validMonth = (m: number) => m >= 1 && m <= 12;
const validDay = (d: number) => d >= 1 && d <= 31;

/** Deadline forms: absolute dates (with 前/后), year/half/quarter ends, relative durations (三个月内), events. */
function parseDeadline(input: string): DeadlineTarget | null {
  const text = digitDates(input);
  const comparator: DeadlineTarget['comparator'] = BEFORE.test(text) ? '<=' : AFTER.test(text) ? '>=' : '<=';
  // 较2024年底增长10%: a date after 较/比 is the reference of a comparison, not a deadline.
  const exec = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(text);
    return m && !REFERENCE_BEFORE.test(text.slice(0, m.index)) ? m : null;
  };
  let m = exec(DATE_YMD);
  if (m && validMonth(Number(m[2])) && validDay(Number(m[3]))) {
    return { kind: 'deadline', comparator, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  m = exec(DATE_Y_HALF);
  if (m) return m[2] === '上' ? { kind: 'deadline', comparator: '<=', year: Number(m[1]), month: 6, day: 30 } : { kind: 'deadline', comparator: '<=', year: Number(m[1]), month: 12, day: 31 };
  m = exec(DATE_Y_QUARTER);
  if (m) return { kind: 'deadline', comparator: '<=', year: Number(m[1]), month: QUARTER_VALUE[m[2]] * 3 };
  m = exec(DATE_YM_CN) ?? exec(DATE_YM_SEP);
  if (m && validMonth(Number(m[2]))) return { kind: 'deadline', comparator, year: Number(m[1]), month: Number(m[2]) };
  m = exec(DATE_Y_END);
  if (m) return { kind: 'deadline', comparator: '<=', year: Number(m[1]), month: 12, day: 31 };
  m = DATE_Y_ONLY.exec(text);
  if (m) return { kind: 'deadline', comparator: '<=', year: Number(m[1]), month: 12, day: 31 };
  m = exec(DATE_MD);
  if (m && validMonth(Number(m[1])) && validDay(Number(m[2]))) return { kind: 'deadline', comparator, month: Number(m[1]), day: Number(m[2]) };
  m = DATE_M_END.exec(text) ?? DATE_M_ONLY.exec(text);
  if (m && validMonth(Number(m[1]))) return { kind: 'deadline', comparator: '<=', month: Number(m[1]) };
  m = WITHIN.exec(text);
  if (m) {
    const amount = toNumber(m[1]);
    if (Number.isFinite(amount) && amount > 0) {
      // Quarters are read as months so the unit list stays the one scoring and monitoring know.
      if (m[2] === '季度') return { kind: 'deadline', comparator: '<=', within: { amount: amount * 3, unit: '月' } };
      const unit = (m[2] === '星期' ? '周' : m[2]) as NonNullable<DeadlineTarget['within']>['unit'];
      return { kind: 'deadline', comparator: '<=', within: { amount, unit } };
    }
  }
  if (HALF_YEAR_WITHIN.test(text)) return { kind: 'deadline', comparator: '<=', within: { amount: 6, unit: '月' } };
  m = QUARTER.exec(text);
  if (m && !FREQUENCY.test(text)) return { kind: 'deadline', comparator: '<=', month: QUARTER_VALUE[m[1]] * 3 };
  m = HALF_YEAR.exec(text);
  if (m) return m[1] === '上' ? { kind: 'deadline', comparator: '<=', month: 6, day: 30 } : { kind: 'deadline', comparator: '<=', month: 12, day: 31 };
  if (YEAR_END.test(text) && !/\d/.test(text) && text.length <= 16) return { kind: 'deadline', comparator: '<=', month: 12, day: 31 };
  if (EVENT_DEADLINE.test(text)) return { kind: 'deadline', comparator: '<=' };
  return null;
}

function dateTarget(d: Date): DeadlineTarget {
  return { kind: 'deadline', comparator: '<=', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

// ---- quantities ----

interface NumberMatch {
  readonly text: string;
  readonly index: number;
  readonly value: number;
}

function prefixComparator(before: string): Comparator | undefined {
  const b = before.trimEnd();
  for (const [w, c] of PREFIX_COMPARATORS) if (b.endsWith(w)) return c;
  return undefined;
}

/**
 * The number a target commits to. Texts often carry other numbers (一次验收合格率≥95%, 每万人≥3张,
 * 较2024年增长5%): a number right after a comparator wins, then the first digit number that is not a
 * year of reference, then a Chinese numeral followed by a counting unit.
 */
function pickNumber(text: string): NumberMatch | null {
  const all: NumberMatch[] = [];
  NUMBERS.lastIndex = 0;
  for (let m = NUMBERS.exec(text); m; m = NUMBERS.exec(text)) {
    const value = toNumber(m[0]);
    if (!Number.isFinite(value)) continue;
    const index = m.index;
    if (/^(?:19|20)\d{2}$/.test(m[0]) && /^\s*年/.test(text.slice(index + m[0].length))) continue;
    all.push({ text: m[0], index, value });
  }
  const isDigit = (n: NumberMatch) => /\d/.test(n.text);
  return (
    all.find((n) => prefixComparator(text.slice(0, n.index)) !== undefined) ??
    all.find(isDigit) ??
    all.find((n) => COUNT_UNIT_AHEAD.test(text.slice(n.index + n.text.length))) ??
    null
  );
}

/** A number given as a cell value, with the split columns' comparator and unit. */
function quantityOf(value: number, columns: TargetColumns): QuantityTarget | DeadlineTarget {
  if (columns.numberFormat && isDateFormat(columns.numberFormat) && value > 0 && value < 2958466) {
    // An Excel date serial (days since 1899-12-30) shown as a date.
    return dateTarget(new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86400000));
  }
  if (columns.numberFormat && isPercentFormat(columns.numberFormat)) {
    return { kind: 'quantity', comparator: comparatorFromColumn(columns.comparator), number: new Big(value).times(100).toNumber(), unit: '%', isPercent: true };
  }
  return finishQuantity(value, '', comparatorFromColumn(columns.comparator), columns);
}

/** "yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "m/d/yy" (quoted literals and [colour] sections ignored). */
function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[yd]/i.test(f) || (/m/i.test(f) && !/[hs]/i.test(f) && !/^[#0.,%\s]*$/.test(f));
}

/** "0%", "0.00%" (but not a literal "%" inside quotes). */
function isPercentFormat(format: string): boolean {
  return /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}

/** Unit normalisation shared by text and number cells: 万 multipliers, ‰, money scale, the unit column. */
function finishQuantity(number: number, ownUnit: string, comparator: Comparator | undefined, columns: TargetColumns): QuantityTarget {
  let unit = normaliseUnit(ownUnit);
  let n = number;
  // 1.2万人次 is 12000 人次; 万元 and 亿元 are money units, not multipliers.
  const multiplier = /^(万|亿)(?!元)/.exec(unit);
  if (multiplier) {
    n = new Big(n).times(multiplier[1] === '万' ? 10000 : 100000000).toNumber();
    unit = unit.slice(1);
  }
  if (!unit && columns.unit) {
    const column = finishQuantity(n, normalizeText(columns.unit), comparator, {});
    return column;
  }
  let isPercent = false;
  if (unit.startsWith('%')) {
    isPercent = true;
    unit = '%';
  } else if (unit.startsWith('‰')) {
    isPercent = true;
    n = new Big(n).div(10).toNumber();
    unit = '%';
  }
  const moneyKey = Object.keys(MONEY_SCALE).find((k) => unit === k || unit.startsWith(k));
  return { kind: 'quantity', comparator, number: n, unit, isPercent, moneyScale: moneyKey ? MONEY_SCALE[moneyKey] : undefined };
}

/** A number with its comparator and unit, from text like "不少于1.2万人次" or "95%以上". */
function parseQuantity(text: string, columns: TargetColumns): QuantityTarget | null {
  const picked = pickNumber(text);
  if (!picked) return null;
  let comparator = prefixComparator(text.slice(0, picked.index));
  let after = text.slice(picked.index + picked.text.length).trim();
  // "1200余人", "1200多人": more than the number.
  const more = /^(?:余|多)/.exec(after);
  if (more) {
    after = after.slice(more[0].length);
    comparator ??= '>=';
  }
  // A range "3000-5000人" or "3000～5000人": the lower bound is the commitment.
  const range = RANGE_REST.exec(after);
  if (range) {
    after = after.slice(range[0].length).trim();
    comparator ??= '>=';
  }
  // The unit is the first token after the number: "90%(含)以上" → %, "3所,覆盖率100%" → 所.
  const token = /^[^\s,，;；、(（<>=≥≤]*/.exec(after)?.[0] ?? '';
  let unit = token;
  for (const [w, c] of SUFFIX_COMPARATORS) {
    if (unit.endsWith(w) && (w !== '内' || unit.length > 1 || after.endsWith(w))) {
      comparator ??= c;
      unit = unit.slice(0, -w.length);
      break;
    }
  }
  if (comparator === undefined) {
    for (const [w, c] of SUFFIX_COMPARATORS) {
      if (w !== '内' && after.endsWith(w)) {
        comparator = c;
        break;
      }
    }
  }
  comparator ??= comparatorFromColumn(columns.comparator);
  return finishQuantity(picked.value, unit, comparator, columns);
}

/**
 * Whether a value states a target figure. Years of reference do not count; a Chinese count does when it
 * is the whole value (十二所) or stands in a sentence without vague words (维修三所学校), but not in
 * 有效提升一个档次.
 */
function hasTargetNumber(text: string, vocabulary: Vocabulary): boolean {
  if (/\d/.test(text.replace(YEAR_REF, ''))) return true;
  return CHINESE_QUANTITY.test(text) || (mentionsFigure(text) && !findWord(text, vocabulary.vagueWords));
}

const PLAIN_TEXT_CACHE = new WeakMap<Vocabulary, Map<string, ParsedTarget>>();

/**
 * Parses a target value as clerks write it (domain.md §2): full-width forms, word comparators, Chinese
 * numerals, percentages, money, dates and durations, values tied to a named standard — and tells the
 * unmeasurable ones apart (blank, placeholder, vague, the work itself, no number, an error value).
 * Never throws. Plain text without split columns is memoised per vocabulary: the same targets ("≥90%",
 * "100%") recur on every project; results are read-only and safe to share.
 */
export function parseTarget(value: CellValue, vocabulary: Vocabulary, columns: TargetColumns = {}): ParsedTarget {
  if (typeof value !== 'string' || columns.comparator || columns.unit || columns.numberFormat) return parseTargetUncached(value, vocabulary, columns);
  let cache = PLAIN_TEXT_CACHE.get(vocabulary);
  if (!cache) PLAIN_TEXT_CACHE.set(vocabulary, (cache = new Map()));
  let parsed = cache.get(value);
  if (!parsed) {
    parsed = parseTargetUncached(value, vocabulary, columns);
    if (cache.size > 50_000) cache.clear();
    cache.set(value, parsed);
  }
  return parsed;
}

function parseTargetUncached(value: CellValue, vocabulary: Vocabulary, columns: TargetColumns): ParsedTarget {
  if (value === null || value === undefined) return { kind: 'unmeasurable', reason: 'blank', fragment: '' };
  if (isCellError(value)) return { kind: 'unmeasurable', reason: 'error-value', fragment: value.error };
  if (value instanceof Date) return isNaN(value.getTime()) ? { kind: 'unmeasurable', reason: 'no-number', fragment: '' } : dateTarget(value);
  if (typeof value === 'boolean') return { kind: 'qualitative', standard: value ? '是' : '否' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'unmeasurable', reason: 'no-number', fragment: String(value) };
    return quantityOf(value, columns);
  }
  if (typeof value !== 'string') return { kind: 'unmeasurable', reason: 'no-number', fragment: '' };
  const text = normalizeText(value).replace(PERCENT_WORDS, (m, n: string) => {
    const v = n === '百' ? 100 : toNumber(n);
    return Number.isFinite(v) ? `${v}%` : m;
  });
  if (!text) return { kind: 'unmeasurable', reason: 'blank', fragment: '' };
  if (ERROR_TEXT.test(text)) return { kind: 'unmeasurable', reason: 'error-value', fragment: text };
  const placeholder = placeholderIn(text, vocabulary) ?? (DASH_ONLY.test(text) ? text : undefined);
  if (placeholder) return { kind: 'unmeasurable', reason: 'placeholder', fragment: placeholder };
  // Most values are "≥95%", "=1台", "100": read them without trying every other form.
  const simple = SIMPLE_QUANTITY.exec(text);
  // (2025.10 without a unit is October 2025: left to the deadline forms.)
  if (simple && !(simple[3] === undefined && /^(?:19|20)\d{2}\.\d{1,2}$/.test(simple[2]))) {
    const comparator = simple[1] ? comparatorFromColumn(simple[1]) : comparatorFromColumn(columns.comparator);
    return finishQuantity(Number(simple[2]), simple[3] ?? '', comparator, columns);
  }

  const deadline = DEADLINE_HINT.test(text) ? parseDeadline(text) : null;
  if (deadline) return deadline;
  if (FREQUENCY.test(text)) return { kind: 'qualitative', standard: text };

  if (!hasTargetNumber(text, vocabulary)) {
    const work = matchWork(text, vocabulary);
    if (work) return { kind: 'unmeasurable', reason: 'work-as-goal', fragment: work };
    // A named standard or grade is checkable even when the sentence around it is vague.
    if (NAMED_STANDARD.test(text)) return { kind: 'qualitative', standard: text };
    const vague = findWord(text, vocabulary.vagueWords);
    if (vague) return { kind: 'unmeasurable', reason: 'vague', fragment: vague };
    if (CHECKABLE_QUALITATIVE.test(text)) return { kind: 'qualitative', standard: text };
    if (findWord(text, vocabulary.standardMarkers)) return { kind: 'qualitative', standard: text };
    return { kind: 'unmeasurable', reason: 'no-number', fragment: text };
  }
  // A standard with a grade number ("符合GB 5749-2022", "3A级", "一次性验收合格") is qualitative, not a count.
  if (findWord(text, vocabulary.standardMarkers) && !/^[<>=≥≤≧≦]/.test(text) && !/[\d.]+\s*%/.test(text)) {
    const q = parseQuantity(text, columns);
    if (!q || !q.unit || /标准|规范|等级|级/.test(q.unit) || findWord(q.unit, vocabulary.standardMarkers)) return { kind: 'qualitative', standard: text };
  }
  return parseQuantity(text, columns) ?? { kind: 'unmeasurable', reason: 'no-number', fragment: text };
}

/** Whether a text states a figure (3所, 三所), years aside. Memoised: goals and values repeat across projects. */
export function mentionsFigure(text: string): boolean {
  return memoMentionsFigure(text);
}

const memoMentionsFigure = memoByText(50_000, (text) => {
  if (/\d/.test(text.replace(YEAR_REF, ''))) return true;
  // 三所, 两台 count; 千家万户 is a phrase, not a count: chineseNumeralValue says so.
  for (const m of text.matchAll(CHINESE_COUNT_IN_TEXT)) if (Number.isFinite(chineseNumeralValue(m[1]))) return true;
  return false;
});

/** The work phrase a value or goal consists of ("按计划完成", "完成"), when it is nothing more than that. */
const WORK_PHRASE = /^(?:全面|认真|切实|积极|按时|按期|及时|扎实)?(落实|做好|完成|开展|推进|实施|执行|抓好|组织)[^]{0,30}(?:工作|任务)$/;

export function matchWork(text: string, vocabulary: Vocabulary): string | undefined {
  // A text that states figures (完成3所, 按计划完成三所学校维修) says more than the work.
  if (mentionsFigure(text)) return undefined;
  const bare = text.replace(/[\s,，。.;；!！、]/g, '');
  if (bare === '完成' || bare === '已完成' || bare === '完成任务') return bare;
  // "全面落实学校体育设施向社会开放工作": the value says the work will be done, nothing to check it by.
  const phrase = WORK_PHRASE.exec(bare);
  if (phrase) return phrase[1];
  for (const w of vocabulary.workAsGoal) {
    if (bare === w || (bare.includes(w) && bare.length <= w.length + 6)) return w;
  }
  return undefined;
}

/** For 'lower is better' targets (≤, <): costs, durations, error counts. */
export function isLowerBetter(target: ParsedTarget): boolean {
  return target.kind === 'quantity' && (target.comparator === '<=' || target.comparator === '<');
}

/** Whether an actual number meets a quantity target; undefined when the target is not numeric. */
export function meetsTarget(target: ParsedTarget, actual: number): boolean | undefined {
  if (target.kind !== 'quantity') return undefined;
  const t = target.number;
  switch (target.comparator) {
    case '>=':
      return actual >= t;
    case '>':
      return actual > t;
    case '<=':
      return actual <= t;
    case '<':
      return actual < t;
    default:
      return actual >= t; // "100%", "=1台": reaching the number meets it
  }
}
