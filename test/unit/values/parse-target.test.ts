import fc from 'fast-check';
import type { CellValue } from '../../../src/core/grid/types';
import { defaultPolicy, parsePolicy } from '../../../src/core/policy/policy';
import { comparatorFromColumn, isLowerBetter, matchWork, meetsTarget, mentionsFigure, parseTarget, type TargetColumns } from '../../../src/core/values/parse-target';
import { chineseNumeralValue } from '../../../src/core/values/chinese-numerals';
import type { Comparator, DeadlineTarget, ParsedTarget } from '../../../src/core/values/types';
import { resolveVocabulary } from '../../../src/core/vocab/resolve';

const vocabulary = resolveVocabulary(defaultPolicy());
const parse = (v: CellValue, columns?: TargetColumns) => parseTarget(v, vocabulary, columns);

// Expected-value builders: every field is spelled out, so a wrong unit or a stray moneyScale fails.
const qty = (comparator: Comparator | undefined, number: number, unit: string, extra: { isPercent?: boolean; moneyScale?: number } = {}): ParsedTarget => ({
  kind: 'quantity',
  comparator,
  number,
  unit,
  isPercent: extra.isPercent ?? unit === '%',
  moneyScale: extra.moneyScale,
});
const pct = (comparator: Comparator | undefined, number: number) => qty(comparator, number, '%', { isPercent: true });
const wan = (comparator: Comparator | undefined, number: number, unit = '万元') => qty(comparator, number, unit, { moneyScale: 1 });
const deadline = (fields: Omit<DeadlineTarget, 'kind' | 'comparator'>, comparator: DeadlineTarget['comparator'] = '<='): ParsedTarget => ({ kind: 'deadline', comparator, ...fields });
const qualitative = (standard: string): ParsedTarget => ({ kind: 'qualitative', standard });
const unmeasurable = (reason: Extract<ParsedTarget, { kind: 'unmeasurable' }>['reason'], fragment: string): ParsedTarget => ({ kind: 'unmeasurable', reason, fragment });

type Row = readonly [CellValue, ParsedTarget];

function table(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    it.each(rows.map(([v, e]) => [typeof v === 'string' ? v : JSON.stringify(v), v, e] as const))('%s', (_name, value, expected) => {
      expect(parse(value)).toEqual(expected);
    });
  });
}

table('full-width forms (NFKC) and symbol comparators', [
  ['＞＝９５％', pct('>=', 95)],
  ['＜＝５％', pct('<=', 5)],
  ['４２所', qty(undefined, 42, '所')],
  ['＝１台', qty('=', 1, '台')],
  ['不少于１２所', qty('>=', 12, '所')],
  ['≧90%', pct('>=', 90)],
  ['≦3%', pct('<=', 3)],
  ['≥95%', pct('>=', 95)],
  ['≥ 95 %', pct('>=', 95)],
  ['>=95%', pct('>=', 95)],
  ['=>95%', pct('>=', 95)],
  ['<1%', pct('<', 1)],
  ['>0', qty('>', 0, '')],
  ['=1台', qty('=', 1, '台')],
  ['≥4200平方米', qty('>=', 4200, '平方米')],
  ['≥4200m²', qty('>=', 4200, '平方米')],
  ['≥4200㎡', qty('>=', 4200, '平方米')],
  ['１，２００人', qty(undefined, 1200, '人')],
  ['98.5%', pct(undefined, 98.5)],
  ['95.00%', pct(undefined, 95)],
]);

table('word comparators before and after the number', [
  ['不少于42所', qty('>=', 42, '所')],
  ['不低于95%', pct('>=', 95)],
  ['不超过860万元', wan('<=', 860)],
  ['超过1000人', qty('>', 1000, '人')],
  ['大于等于90%', pct('>=', 90)],
  ['小于或等于5%', pct('<=', 5)],
  ['至少2次', qty('>=', 2, '次')],
  ['达到100%', pct('>=', 100)],
  ['控制在5%以内', pct('<=', 5)],
  ['95%以上', pct('>=', 95)],
  ['95%及以上', pct('>=', 95)],
  ['3人及以上', qty('>=', 3, '人')],
  ['90%(含)以上', pct('>=', 90)],
  ['90%以上（含90%）', pct('>=', 90)],
  ['≥95%（含）', pct('>=', 95)],
  ['85分以上', qty('>=', 85, '分')],
  ['100万元以内', wan('<=', 100)],
  ['30分钟内', qty('<=', 30, '分钟')],
  ['1200余人', qty('>=', 1200, '人')],
  ['1200多人', qty('>=', 1200, '人')],
  ['约1200人', qty(undefined, 1200, '人')],
]);

table('Chinese numerals', [
  ['十二所', qty(undefined, 12, '所')],
  ['二十五人', qty(undefined, 25, '人')],
  ['两台', qty(undefined, 2, '台')],
  ['一套', qty(undefined, 1, '套')],
  ['一百二十台', qty(undefined, 120, '台')],
  ['不少于十二所', qty('>=', 12, '所')],
  ['三万亩', qty(undefined, 30000, '亩')],
  ['一年', qty(undefined, 1, '年')],
  ['两个月', qty(undefined, 2, '个月')],
  ['百分之九十五', pct(undefined, 95)],
  ['百分之百', pct(undefined, 100)],
]);

table('units, multipliers, money and per-mille', [
  ['1.2万人次', qty(undefined, 12000, '人次')],
  ['1.2亿人次', qty(undefined, 120000000, '人次')],
  ['3万亩', qty(undefined, 30000, '亩')],
  ['1.2万', qty(undefined, 12000, '')],
  ['≤860万元', wan('<=', 860)],
  ['1000.5万元', wan(undefined, 1000.5)],
  ['≤238元', qty('<=', 238, '元', { moneyScale: 0.0001 })],
  ['1.5亿元', qty(undefined, 1.5, '亿元', { moneyScale: 10000 })],
  ['50千元', qty(undefined, 50, '千元', { moneyScale: 0.1 })],
  ['5万元/人', wan(undefined, 5, '万元/人')],
  ['≤50元/平方米', qty('<=', 50, '元/平方米', { moneyScale: 0.0001 })],
  ['3‰', pct(undefined, 0.3)],
  ['≤5‰', pct('<=', 0.5)],
  ['0.5‰', pct(undefined, 0.05)],
  ['≥1次/年', qty('>=', 1, '次/年')],
  ['≤-18℃', qty('<=', -18, '°C')],
  ['-5%', pct(undefined, -5)],
  ['提高5个百分点', qty(undefined, 5, '个百分点')],
]);

table('several numbers: the committed one wins', [
  ['一次验收合格率≥95%', pct('>=', 95)],
  ['每万人拥有床位≥3张', qty('>=', 3, '张')],
  ['较2024年增长5%', pct(undefined, 5)],
  ['较2024年底增长10%', pct(undefined, 10)],
  ['较上年提高5%', pct(undefined, 5)],
  ['不少于三所，覆盖率100%', qty('>=', 3, '所')],
  ['≥3所,覆盖率100%', qty('>=', 3, '所')],
  ['当年受益3000人', qty(undefined, 3000, '人')],
  ['2025年完成3所学校改造', qty(undefined, 3, '所学校改造')],
  ['维修三所学校', qty(undefined, 3, '所学校')],
  ['按计划完成三所学校维修', qty(undefined, 3, '所学校维修')],
]);

table('ranges: the lower bound is the commitment', [
  ['3000-5000人', qty('>=', 3000, '人')],
  ['3000～5000人', qty('>=', 3000, '人')],
  ['3000至5000人', qty('>=', 3000, '人')],
  ['80-90%', pct('>=', 80)],
  ['≥2000.5平方米', qty('>=', 2000.5, '平方米')],
]);

table('absolute deadlines', [
  ['2025年12月31日前', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年10月31日前', deadline({ year: 2025, month: 10, day: 31 })],
  ['2025年10月31日之前', deadline({ year: 2025, month: 10, day: 31 })],
  ['2025年10月31日', deadline({ year: 2025, month: 10, day: 31 })],
  ['2025年10月31日后', deadline({ year: 2025, month: 10, day: 31 }, '>=')],
  ['2025-10-31', deadline({ year: 2025, month: 10, day: 31 })],
  ['2025.10.31', deadline({ year: 2025, month: 10, day: 31 })],
  ['2025/10/31', deadline({ year: 2025, month: 10, day: 31 })],
  ['２０２５年１０月３１日前', deadline({ year: 2025, month: 10, day: 31 })],
  ['二〇二五年十二月三十一日前', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年10月底前', deadline({ year: 2025, month: 10 })],
  ['二〇二五年十二月底前', deadline({ year: 2025, month: 12 })],
  ['2025年6月', deadline({ year: 2025, month: 6 })],
  ['2025.10', deadline({ year: 2025, month: 10 })],
  ['2025年底前', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年内', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年度内', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年度', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年上半年', deadline({ year: 2025, month: 6, day: 30 })],
  ['2025年下半年', deadline({ year: 2025, month: 12, day: 31 })],
  ['2025年第三季度', deadline({ year: 2025, month: 9 })],
  ['12月底前', deadline({ month: 12 })],
  ['十二月底前', deadline({ month: 12 })],
  ['10月底', deadline({ month: 10 })],
  ['11月中旬前', deadline({ month: 11 })],
  ['6月', deadline({ month: 6 })],
  ['10月31日前完成', deadline({ month: 10, day: 31 })],
  ['12月31日前', deadline({ month: 12, day: 31 })],
  ['第四季度', deadline({ month: 12 })],
  ['3季度末', deadline({ month: 9 })],
  ['上半年', deadline({ month: 6, day: 30 })],
  ['年底前', deadline({ month: 12, day: 31 })],
  ['当年', deadline({ month: 12, day: 31 })],
  ['项目于年底前全部完成', deadline({ month: 12, day: 31 })],
  ['开学前', deadline({})],
  ['汛期前完成', deadline({})],
]);

table('relative deadlines (durations)', [
  ['三个月内', deadline({ within: { amount: 3, unit: '月' } })],
  ['每学期开学后一个月内', deadline({ within: { amount: 1, unit: '月' } })],
  ['30天以内', deadline({ within: { amount: 30, unit: '天' } })],
  ['5个工作日内', deadline({ within: { amount: 5, unit: '工作日' } })],
  ['十五个工作日内', deadline({ within: { amount: 15, unit: '工作日' } })],
  ['接到报修后24小时内', deadline({ within: { amount: 24, unit: '小时' } })],
  ['三日内', deadline({ within: { amount: 3, unit: '日' } })],
  ['两年内', deadline({ within: { amount: 2, unit: '年' } })],
  ['两周内', deadline({ within: { amount: 2, unit: '周' } })],
  ['一个季度内', deadline({ within: { amount: 3, unit: '月' } })],
  ['半年内', deadline({ within: { amount: 6, unit: '月' } })],
]);

table('frequencies and checkable qualitative values', [
  ['按月', qualitative('按月')],
  ['每季度', qualitative('每季度')],
  ['按季度', qualitative('按季度')],
  ['每年1次', qualitative('每年1次')],
  ['定期', qualitative('定期')],
  ['符合《生活饮用水卫生标准》', qualitative('符合《生活饮用水卫生标准》')],
  ['符合《生活饮用水卫生标准》（GB 5749-2022）', qualitative('符合《生活饮用水卫生标准》(GB 5749-2022)')],
  ['符合GB 5749-2022', qualitative('符合GB 5749-2022')],
  ['达到国家二级标准', qualitative('达到国家二级标准')],
  ['达到国家二级标准，水质明显改善', qualitative('达到国家二级标准,水质明显改善')],
  ['有效执行《政府采购法》', qualitative('有效执行《政府采购法》')],
  ['不低于国家标准', qualitative('不低于国家标准')],
  ['符合设计要求', qualitative('符合设计要求')],
  ['验收合格', qualitative('验收合格')],
  ['一次性验收合格', qualitative('一次性验收合格')],
  ['合格', qualitative('合格')],
  ['优良', qualitative('优良')],
  ['达标', qualitative('达标')],
  ['三级甲等', qualitative('三级甲等')],
  ['3A级', qualitative('3A级')],
  ['≥二级', qualitative('≥二级')],
  ['省级以上', qualitative('省级以上')],
  ['无重大安全事故', qualitative('无重大安全事故')],
  ['未发生安全事故', qualitative('未发生安全事故')],
  ['无投诉', qualitative('无投诉')],
  ['零事故', qualitative('零事故')],
  ['全覆盖', qualitative('全覆盖')],
  ['是', qualitative('是')],
  ['健全', qualitative('健全')],
  ['已建立并运行', qualitative('已建立并运行')],
  ['不低于上年水平', qualitative('不低于上年水平')],
  ['不低于2024年水平', qualitative('不低于2024年水平')],
]);

table('unmeasurable: vague words', [
  ['明显提升', unmeasurable('vague', '明显提升')],
  ['有所增强', unmeasurable('vague', '有所增强')],
  ['及时', unmeasurable('vague', '及时')],
  ['较高', unmeasurable('vague', '较高')],
  ['有效保障', unmeasurable('vague', '有效保障')],
  ['效果明显', unmeasurable('vague', '效果明显')],
  ['逐步提高', unmeasurable('vague', '逐步提高')],
  ['增强救援能力', unmeasurable('vague', '增强')],
  ['管理更加规范', unmeasurable('vague', '更加')],
  ['较2024年明显提升', unmeasurable('vague', '明显提升')],
  ['有效提升一个档次', unmeasurable('vague', '有效提升')],
  ['ＸＸ明显', unmeasurable('placeholder', 'XX')],
]);

table('unmeasurable: placeholders, blanks, error values, the work itself, no number', [
  ['XX套', unmeasurable('placeholder', 'XX')],
  ['xx台', unmeasurable('placeholder', 'xx')],
  ['××人', unmeasurable('placeholder', '××')],
  ['≥**%', unmeasurable('placeholder', '**')],
  ['**人', unmeasurable('placeholder', '**')],
  ['≥＊＊％', unmeasurable('placeholder', '**')],
  ['待定', unmeasurable('placeholder', '待定')],
  ['请填写', unmeasurable('placeholder', '请填写')],
  ['/', unmeasurable('placeholder', '/')],
  ['——', unmeasurable('placeholder', '——')],
  ['', unmeasurable('blank', '')],
  ['   ', unmeasurable('blank', '')],
  ['\u3000', unmeasurable('blank', '')],
  [null, unmeasurable('blank', '')],
  [{ error: '#DIV/0!' }, unmeasurable('error-value', '#DIV/0!')],
  [{ error: '#N/A' }, unmeasurable('error-value', '#N/A')],
  ['#DIV/0!', unmeasurable('error-value', '#DIV/0!')],
  ['#REF!', unmeasurable('error-value', '#REF!')],
  ['按计划完成', unmeasurable('work-as-goal', '按计划完成')],
  ['完成', unmeasurable('work-as-goal', '完成')],
  ['完成补助', unmeasurable('work-as-goal', '完成补助')],
  ['顺利完成。', unmeasurable('work-as-goal', '顺利完成')],
  ['符合要求', unmeasurable('no-number', '符合要求')],
  ['正常运行', unmeasurable('no-number', '正常运行')],
  ['千家万户', unmeasurable('no-number', '千家万户')],
  ['万元', unmeasurable('no-number', '万元')],
]);

describe('bare numbers (a number with neither comparator nor unit)', () => {
  it.each([
    ['学校发展能力 100', 100],
    ['100', 100],
    ['0', 0],
    ['0.95', 0.95],
  ])('%s', (text, n) => {
    expect(parse(text)).toEqual(qty(undefined, n, ''));
  });
});

describe('cell values that are not text', () => {
  it('reads a number cell as a bare quantity', () => {
    expect(parse(42)).toEqual(qty(undefined, 42, ''));
    expect(parse(-3)).toEqual(qty(undefined, -3, ''));
  });
  it('keeps very large and very small numbers exact (no "1e+21" re-parsing)', () => {
    expect(parse(1e21)).toEqual(qty(undefined, 1e21, ''));
    expect(parse(1e-7)).toEqual(qty(undefined, 1e-7, ''));
  });
  it('reads NaN and Infinity as unmeasurable', () => {
    expect(parse(NaN)).toEqual(unmeasurable('no-number', 'NaN'));
    expect(parse(Infinity)).toEqual(unmeasurable('no-number', 'Infinity'));
  });
  it('reads a Date as a deadline on that day (UTC, as the adapters deliver dates)', () => {
    expect(parse(new Date(Date.UTC(2025, 9, 31)))).toEqual(deadline({ year: 2025, month: 10, day: 31 }));
    expect(parse(new Date(Date.UTC(2025, 11, 31, 23, 59)))).toEqual(deadline({ year: 2025, month: 12, day: 31 }));
  });
  it('reads an invalid Date as unmeasurable, not as a deadline', () => {
    expect(parse(new Date(NaN)).kind).toBe('unmeasurable');
  });
  it('reads booleans as yes/no qualitative targets', () => {
    expect(parse(true)).toEqual(qualitative('是'));
    expect(parse(false)).toEqual(qualitative('否'));
  });
  it('reads a percent-formatted number cell as a percentage, exactly', () => {
    expect(parse(0.95, { numberFormat: '0%' })).toEqual(pct(undefined, 95));
    expect(parse(0.955, { numberFormat: '0.0%' })).toEqual(pct(undefined, 95.5));
    expect(parse(0.07, { numberFormat: '0.00%', comparator: '≤' })).toEqual(pct('<=', 7));
    // A literal "%" inside quotes is not a percent format.
    expect(parse(95, { numberFormat: '0"%"' })).toEqual(qty(undefined, 95, ''));
  });
  it('reads a date-formatted serial number as the date it shows', () => {
    expect(parse(45961, { numberFormat: 'yyyy-mm-dd' })).toEqual(deadline({ year: 2025, month: 10, day: 31 }));
    expect(parse(45961, { numberFormat: 'yyyy"年"m"月"d"日"' })).toEqual(deadline({ year: 2025, month: 10, day: 31 }));
    expect(parse(45961, { numberFormat: '#,##0' })).toEqual(qty(undefined, 45961, ''));
    expect(parse(45961, { numberFormat: 'General' })).toEqual(qty(undefined, 45961, ''));
  });
});

describe('split columns (指标性质 / 度量单位 beside the 指标值)', () => {
  it.each<[CellValue, TargetColumns, ParsedTarget]>([
    [95, { comparator: '≥', unit: '%' }, pct('>=', 95)],
    ['95', { comparator: '≥', unit: '%' }, pct('>=', 95)],
    [95, { comparator: '正向', unit: '%' }, pct('>=', 95)],
    [95, { comparator: '正向指标', unit: '%' }, pct('>=', 95)],
    [5, { comparator: '反向', unit: '%' }, pct('<=', 5)],
    [5, { comparator: '＜＝', unit: '％' }, pct('<=', 5)],
    [860, { comparator: '≤', unit: '万元' }, wan('<=', 860)],
    [238, { comparator: '≤', unit: '元' }, qty('<=', 238, '元', { moneyScale: 0.0001 })],
    [42, { comparator: '=', unit: '所' }, qty('=', 42, '所')],
    [42, { comparator: '', unit: '所' }, qty(undefined, 42, '所')],
    [42, { comparator: '定量', unit: '' }, qty(undefined, 42, '')],
    [1.2, { unit: '万人次' }, qty(undefined, 12000, '人次')],
    ['1.2万', { unit: '人次' }, qty(undefined, 12000, '人次')],
    // The value's own comparator and unit win over the columns'.
    ['≤95人', { comparator: '≥', unit: '%' }, qty('<=', 95, '人')],
    ['达到国家二级标准', { comparator: '定性' }, qualitative('达到国家二级标准')],
    ['明显提升', { comparator: '定性', unit: '' }, unmeasurable('vague', '明显提升')],
  ])('%p with %p', (value, columns, expected) => {
    expect(parse(value, columns)).toEqual(expected);
  });

  it('comparatorFromColumn reads symbols, words and directions; 定性 and blanks give none', () => {
    expect(['≥', '＞＝', '>=', '≧', '大于等于', '不低于', '正向', '正向指标'].map(comparatorFromColumn)).toEqual(Array(8).fill('>='));
    expect(['≤', '<=', '反向', '不超过'].map(comparatorFromColumn)).toEqual(Array(4).fill('<='));
    expect(['=', '＝', '等于'].map(comparatorFromColumn)).toEqual(Array(3).fill('='));
    expect(['>', '<'].map(comparatorFromColumn)).toEqual(['>', '<']);
    expect(['定性', '定量', '', undefined, '指标性质'].map(comparatorFromColumn)).toEqual(Array(5).fill(undefined));
  });
});

describe('the policy vocabulary drives the word lists', () => {
  it('a word removed from the vague list is no longer vague', () => {
    const v = resolveVocabulary(parsePolicy({ goal: { vocabulary: { vagueWords: { remove: ['及时'] } } } }));
    expect(parseTarget('及时', v).kind).toBe('unmeasurable');
    expect(parseTarget('及时', v)).not.toEqual(unmeasurable('vague', '及时'));
  });
  it('a placeholder added by the policy is found', () => {
    const v = resolveVocabulary(parsePolicy({ goal: { vocabulary: { placeholders: { add: ['□□'] } } } }));
    expect(parseTarget('≥□□%', v)).toEqual(unmeasurable('placeholder', '□□'));
    expect(parse('≥□□%')).not.toEqual(unmeasurable('placeholder', '□□'));
  });
  it('a standard marker added by the policy makes a value qualitative', () => {
    const v = resolveVocabulary(parsePolicy({ goal: { vocabulary: { standardMarkers: { add: ['行业要求'] } } } }));
    expect(parseTarget('符合行业要求', v)).toEqual(qualitative('符合行业要求'));
    expect(parse('符合行业要求').kind).toBe('unmeasurable');
  });
});

describe('helpers', () => {
  it('chineseNumeralValue', () => {
    expect(['十', '十二', '二十五', '一百零八', '一百二十', '两千', '三万', '三万五千', '二〇二五', '〇'].map(chineseNumeralValue)).toEqual([
      10, 12, 25, 108, 120, 2000, 30000, 35000, 2025, 0,
    ]);
    for (const s of ['', '万', '千人', '百', '十x', 'x']) expect(chineseNumeralValue(s)).toBeNaN();
  });

  it('matchWork finds the work phrase only when the value is little more than it', () => {
    expect(matchWork('按计划完成', vocabulary)).toBe('按计划完成');
    expect(matchWork('按计划完成。', vocabulary)).toBe('按计划完成');
    expect(matchWork('已完成', vocabulary)).toBe('已完成');
    expect(matchWork('年度任务按计划完成', vocabulary)).toBe('按计划完成');
    expect(matchWork('完成全县42所学校的校舍安全鉴定并按计划完成', vocabulary)).toBeUndefined();
    expect(matchWork('验收合格', vocabulary)).toBeUndefined();
    expect(matchWork('按计划完成3所', vocabulary)).toBeUndefined();
    expect(matchWork('按计划完成三所学校维修', vocabulary)).toBeUndefined();
    expect(matchWork('2025年按计划完成', vocabulary)).toBe('按计划完成');
  });

  it('mentionsFigure: digits other than a reference year, or a Chinese count', () => {
    expect(mentionsFigure('维修三所学校')).toBe(true);
    expect(mentionsFigure('覆盖率达到95%')).toBe(true);
    expect(mentionsFigure('2025年改善办学条件')).toBe(false);
    expect(mentionsFigure('走进千家万户，进一步提升服务')).toBe(false);
  });

  it('isLowerBetter and meetsTarget follow the comparator', () => {
    expect(isLowerBetter(parse('≤238元'))).toBe(true);
    expect(isLowerBetter(parse('<1%'))).toBe(true);
    expect(isLowerBetter(parse('≥95%'))).toBe(false);
    expect(isLowerBetter(parse('2025年10月31日前'))).toBe(false);
    expect(meetsTarget(parse('≥95%'), 95)).toBe(true);
    expect(meetsTarget(parse('≥95%'), 94.9)).toBe(false);
    expect(meetsTarget(parse('>0'), 0)).toBe(false);
    expect(meetsTarget(parse('≤238元'), 238)).toBe(true);
    expect(meetsTarget(parse('≤238元'), 239)).toBe(false);
    expect(meetsTarget(parse('<1%'), 1)).toBe(false);
    expect(meetsTarget(parse('100%'), 100)).toBe(true);
    expect(meetsTarget(parse('=1台'), 0)).toBe(false);
    expect(meetsTarget(parse('验收合格'), 1)).toBeUndefined();
  });
});

describe('properties', () => {
  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: fc.constantFrom(...'０１２３４５６７８９０≥≤＞＜＝％‰万元亿年月日前内以上下两十百千〇一二三四五XX×*.-~～/《》级标准个所人次'.split('')) }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constant(null),
    fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!').map((error) => ({ error })),
  );
  const columns: fc.Arbitrary<TargetColumns> = fc.record(
    { comparator: fc.oneof(fc.string(), fc.constantFrom('≥', '≤', '正向', '反向', '定性')), unit: fc.oneof(fc.string(), fc.constantFrom('%', '万元', '万人次', '‰')), numberFormat: fc.oneof(fc.string(), fc.constantFrom('0%', 'yyyy-mm-dd', 'General')) },
    { requiredKeys: [] },
  );

  it('never throws, and always returns one of the four kinds with its required fields', () => {
    fc.assert(
      fc.property(cellValue, columns, (v, cols) => {
        const p = parseTarget(v, vocabulary, cols);
        switch (p.kind) {
          case 'quantity':
            expect(typeof p.number).toBe('number');
            expect(typeof p.unit).toBe('string');
            expect(p.isPercent).toBe(p.unit === '%');
            break;
          case 'deadline':
            if (p.month !== undefined) expect(p.month >= 1 && p.month <= 12).toBe(true);
            if (p.day !== undefined) expect(p.day >= 1 && p.day <= 31).toBe(true);
            break;
          case 'qualitative':
            expect(typeof p.standard).toBe('string');
            break;
          case 'unmeasurable':
            expect(typeof p.fragment).toBe('string');
            break;
          default:
            throw new Error(`unknown kind ${JSON.stringify(p)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('a comparator and a whole number with a counting unit always parse back exactly', () => {
    const comparators: [string, Comparator][] = [['≥', '>='], ['＞＝', '>='], ['不少于', '>='], ['≤', '<='], ['不超过', '<='], ['=', '='], ['＝', '=']];
    fc.assert(
      fc.property(fc.constantFrom(...comparators), fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('人', '所', '台', '人次', '平方米', '%'), ([word, c], n, unit) => {
        expect(parse(`${word}${n}${unit}`)).toEqual(qty(c, n, unit));
      }),
    );
  });

  it('a full-width value parses exactly like its half-width form', () => {
    const toFull = (s: string) => s.replace(/[0-9%=<>.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.constantFrom('>=', '<=', '=', '>', '<', ''), fc.integer({ min: 0, max: 99999 }), fc.constantFrom('%', '所', '人', ''), (c, n, unit) => {
        const half = `${c}${n}${unit}`;
        expect(parse(toFull(half))).toEqual(parse(half));
      }),
    );
  });
});
