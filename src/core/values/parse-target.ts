import { isCellError, type CellValue } from '../grid/types';
import { normalizeText } from '../text/normalize';
import { findWord } from '../vocab/matcher';
import type { Vocabulary } from '../vocab/vocabulary';
import { CHINESE_NUMERAL_CHARS, chineseNumeralValue } from './chinese-numerals';
import type { Comparator, DeadlineTarget, ParsedTarget, QuantityTarget } from './types';

/** Optional split-column context: forms with 指标性质 / 度量单位 columns beside the 指标值. */
export interface TargetColumns {
  readonly comparator?: string;
  readonly unit?: string;
}

// Comparator words, longest first so 大于等于 wins over 大于. Checked after NFKC (≥ stays ≥; ＞＝ becomes >=).
const PREFIX_COMPARATORS: readonly [string, Comparator][] = [
  ['大于等于', '>='], ['大于或等于', '>='], ['不少于', '>='], ['不低于', '>='], ['不小于', '>='], ['至少', '>='], ['达到', '>='], ['高于或等于', '>='],
  ['小于等于', '<='], ['小于或等于', '<='], ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['不多于', '<='], ['至多', '<='], ['控制在', '<='], ['低于或等于', '<='],
  ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
  ['小于', '<'], ['低于', '<'], ['少于', '<'],
  ['等于', '='], ['为', '='],
  ['>=', '>='], ['=>', '>='], ['≥', '>='], ['≧', '>='], ['<=', '<='], ['=<', '<='], ['≤', '<='], ['≦', '<='],
  ['>', '>'], ['<', '<'], ['=', '='],
];
const SUFFIX_COMPARATORS: readonly [string, Comparator][] = [
  ['及以上', '>='], ['以上', '>='], ['或以上', '>='], ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='], ['内', '<='],
];

/** The comparator a split 指标性质 / 指标方向 column states, if any ('定性' and blanks give none). */
export function comparatorFromColumn(text: string | undefined): Comparator | undefined {
  if (!text) return undefined;
  const t = normalizeText(text);
  if (t === '正向' || t === '正向指标') return '>=';
  if (t === '反向' || t === '反向指标') return '<=';
  for (const [w, c] of PREFIX_COMPARATORS) if (t === w) return c;
  return undefined;
}

const NUMBER = new RegExp(`(-?\\d[\\d,]*(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`);
const DATE_YMD = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*(?:月|[-./])\s*(\d{1,2})\s*日?/;
const DATE_YM = /(\d{4})\s*(?:年|[-./])\s*(\d{1,2})\s*月?\s*(?:份|底|末|中旬|下旬|上旬)?/;
const DATE_Y_END = /(\d{4})\s*年\s*(?:年底|年末|底|末|内|度内|上半年|下半年)/;
const DATE_MD = /(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATE_M_END = /(\d{1,2})\s*月\s*(?:底|末|份|中旬|下旬|上旬)/;
const YEAR_END = /年底|年末|年内|年度内|本年度|当年/;
const WITHIN = new RegExp(`([\\d.]+|[${CHINESE_NUMERAL_CHARS}]+)\\s*个?\\s*(工作日|小时|年|月|周|日|天)\\s*(?:以内|之内|内)`);
const FREQUENCY = /^(?:按|每)(?:日|天|周|旬|月|季|季度|半年|年|学期)|^(?:定期|常态化)/;
const BEFORE = /前|之前|以前|截止|截至|内完成|以内|之内|内$/;
const AFTER = /后|以后|之后|起/;

const MONEY_SCALE: Readonly<Record<string, number>> = { 元: 0.0001, 万元: 1, 亿元: 10000, 千元: 0.1 };

/** Units after NFKC: ㎡ → m2, ％ → %. Keep what the clerk wrote otherwise. */
function normaliseUnit(raw: string): string {
  const u = raw.replace(/^[\s(（]+|[\s)）。.,，;；]+$/g, '');
  if (u === 'm2' || u === 'm²' || u === '平米' || u === '平方') return '平方米';
  return u;
}

function toNumber(s: string): number {
  if (/\d/.test(s)) return Number(s.replace(/,/g, ''));
  return chineseNumeralValue(s);
}

const containsAny = findWord;

/** Template text in a value: a listed placeholder, or a run of ×/* where a number belongs ("≥**%", "××人"). */
export function placeholderIn(text: string, vocabulary: Vocabulary): string | undefined {
  return findWord(text, vocabulary.placeholders) ?? /[*×]{2,}/.exec(text)?.[0];
}

/** Deadline forms: absolute dates (with 前/后), year-end forms, and relative durations (三个月内). */
function parseDeadline(text: string): DeadlineTarget | null {
  const comparator: DeadlineTarget['comparator'] = BEFORE.test(text) ? '<=' : AFTER.test(text) ? '>=' : '<=';
  let m = DATE_YMD.exec(text);
  if (m) return { kind: 'deadline', comparator, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = DATE_Y_END.exec(text);
  if (m) return { kind: 'deadline', comparator: '<=', year: Number(m[1]), month: 12, day: 31 };
  m = DATE_YM.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && /年|[-./]\d/.test(text)) return { kind: 'deadline', comparator, year: Number(m[1]), month: Number(m[2]) };
  m = DATE_MD.exec(text);
  if (m) return { kind: 'deadline', comparator, month: Number(m[1]), day: Number(m[2]) };
  m = DATE_M_END.exec(text);
  if (m) return { kind: 'deadline', comparator: '<=', month: Number(m[1]) };
  m = WITHIN.exec(text);
  if (m) {
    const amount = toNumber(m[1]);
    if (Number.isFinite(amount)) return { kind: 'deadline', comparator: '<=', within: { amount, unit: m[2] as NonNullable<DeadlineTarget['within']>['unit'] } };
  }
  if (YEAR_END.test(text) && text.length <= 12) return { kind: 'deadline', comparator: '<=', month: 12, day: 31 };
  return null;
}

function dateTarget(d: Date): DeadlineTarget {
  return { kind: 'deadline', comparator: '<=', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A number with its comparator and unit, from text like "不少于1.2万人次" or "95%以上". */
function parseQuantity(text: string, columns: TargetColumns): QuantityTarget | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  let number = toNumber(m[1]);
  if (!Number.isFinite(number)) return null;
  const before = text.slice(0, m.index).trim();
  let after = text.slice(m.index + m[1].length).trim();
  let comparator: Comparator | undefined;
  for (const [w, c] of PREFIX_COMPARATORS) {
    if (before.endsWith(w)) {
      comparator = c;
      break;
    }
  }
  for (const [w, c] of SUFFIX_COMPARATORS) {
    if (after.endsWith(w)) {
      comparator ??= c;
      after = after.slice(0, -w.length).trim();
      break;
    }
  }
  // A range "3000-5000人" or "3000～5000人": the lower bound is the commitment.
  const range = /^(?:-|~|～|—|至|到)\s*[\d.]+/.exec(after);
  if (range) {
    after = after.slice(range[0].length).trim();
    comparator ??= '>=';
  }
  comparator ??= comparatorFromColumn(columns.comparator);
  let unit = normaliseUnit(after);
  if (!unit && columns.unit) unit = normaliseUnit(normalizeText(columns.unit));
  // 1.2万人次 is 12000 人次; 万元 is a money unit, not a multiplier.
  if (unit.startsWith('万') && !unit.startsWith('万元')) {
    number *= 10000;
    unit = unit.slice(1);
  }
  let isPercent = false;
  if (unit.startsWith('%')) {
    isPercent = true;
    unit = '%';
  } else if (unit.startsWith('‰')) {
    isPercent = true;
    number /= 10;
    unit = '%';
  }
  const moneyKey = Object.keys(MONEY_SCALE).find((k) => unit === k || unit.startsWith(k));
  return { kind: 'quantity', comparator, number, unit, isPercent, moneyScale: moneyKey ? MONEY_SCALE[moneyKey] : undefined };
}

// Qualitative values that are measurable on their own: a yes/no, a zero-event target, full coverage.
const CHECKABLE_QUALITATIVE = /^(?:是|否|有|无|达标|合格|优|良|优秀|良好|优良|全覆盖|全部|全面完成|零[^\d]*|无[^\d]{1,12}(?:事故|事件|案件|问题|投诉|违规|违纪|伤亡|发生)|未发生[^\d]*|杜绝[^\d]*|不发生[^\d]*)$/;

/**
 * Parses a target value as clerks write it (domain.md §2): full-width forms, word comparators, Chinese
 * numerals, percentages, money, dates and durations, values tied to a named standard — and tells the
 * unmeasurable ones apart (blank, placeholder, vague, the work itself, no number, an error value).
 * Never throws.
 */
export function parseTarget(value: CellValue, vocabulary: Vocabulary, columns: TargetColumns = {}): ParsedTarget {
  if (value === null || value === undefined) return { kind: 'unmeasurable', reason: 'blank', fragment: '' };
  if (isCellError(value)) return { kind: 'unmeasurable', reason: 'error-value', fragment: value.error };
  if (value instanceof Date) return isNaN(value.getTime()) ? { kind: 'unmeasurable', reason: 'no-number', fragment: '' } : dateTarget(value);
  if (typeof value === 'boolean') return { kind: 'qualitative', standard: value ? '是' : '否' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'unmeasurable', reason: 'no-number', fragment: String(value) };
    const unitText = columns.unit ? normalizeText(columns.unit) : '';
    return parseQuantity(String(value), columns) ?? { kind: 'quantity', number: value, unit: unitText, isPercent: unitText === '%' };
  }
  const text = normalizeText(String(value));
  if (!text) return { kind: 'unmeasurable', reason: 'blank', fragment: '' };
  if (/^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i.test(text)) {
    return { kind: 'unmeasurable', reason: 'error-value', fragment: text };
  }
  const placeholder = placeholderIn(text, vocabulary);
  if (placeholder) return { kind: 'unmeasurable', reason: 'placeholder', fragment: placeholder };

  const deadline = parseDeadline(text);
  if (deadline) return deadline;
  if (FREQUENCY.test(text)) return { kind: 'qualitative', standard: text };

  const hasNumber = NUMBER.test(text) && /\d/.test(text) ? true : chineseNumberWithUnit(text);
  if (!hasNumber) {
    const work = matchWork(text, vocabulary);
    if (work) return { kind: 'unmeasurable', reason: 'work-as-goal', fragment: work };
    const vague = containsAny(text, vocabulary.vagueWords);
    if (vague) return { kind: 'unmeasurable', reason: 'vague', fragment: vague };
    if (CHECKABLE_QUALITATIVE.test(text)) return { kind: 'qualitative', standard: text };
    const standard = containsAny(text, vocabulary.standardMarkers);
    if (standard) return { kind: 'qualitative', standard: text };
    return { kind: 'unmeasurable', reason: 'no-number', fragment: text };
  }
  // A standard with a grade number ("达到国家二级标准", "符合GB 5749-2022") is qualitative, not a count.
  if (containsAny(text, vocabulary.standardMarkers) && !/^[<>=≥≤]/.test(text) && !/[\d.]+\s*%/.test(text)) {
    const q = parseQuantity(text, columns);
    if (!q || !q.unit || /标准|规范|等级|级/.test(q.unit)) return { kind: 'qualitative', standard: text };
  }
  return parseQuantity(text, columns) ?? { kind: 'unmeasurable', reason: 'no-number', fragment: text };
}

/** 三所, 十二台: a Chinese numeral followed by a counting unit counts as a number. */
function chineseNumberWithUnit(text: string): boolean {
  return new RegExp(`[${CHINESE_NUMERAL_CHARS}]+\\s*(?:个|所|台|套|人|次|项|家|户|处|座|辆|份|场|批|期|名|篇|册|本|条|公里|亩|吨|间|张|支|只|头|类|种|块|栋)`).test(text) && !/^[一]?(?:个|些)/.test(text);
}

/** The work phrase a value consists of ("按计划完成", "完成"), when the value is nothing more than it. */
export function matchWork(text: string, vocabulary: Vocabulary): string | undefined {
  const bare = text.replace(/[\s,，。.;；!！、]/g, '');
  if (bare === '完成' || bare === '已完成' || bare === '完成任务') return bare;
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
