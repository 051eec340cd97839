import type { CellValue } from '../../../../src/core/grid/types';
import { valueFormat } from '../../../../src/core/rules/goal/value-format';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests, type InvalidCase, type ValidCase } from '../../../helpers/rule-tester';
import { GOOD_SPLIT_ROWS, splitForm } from './split-form';

const withValue = (i: number, value: CellValue) => GOOD_ROWS.map((r, k) => (k === i ? [r[0], r[1], r[2], value] : r));
/** GOOD_SPLIT_ROWS with row `i` replaced by [comparator, value, unit] (cells D/E/F{6+i}). */
const withSplit = (i: number, comparator: CellValue, value: CellValue, unit: CellValue) =>
  GOOD_SPLIT_ROWS.map((r, k) => (k === i ? [r[0], r[1], r[2], comparator, value, unit] : r));

const single: [string, number, CellValue][] = [
  ['comparator and unit', 0, '≥4200平方米'],
  ['full-width comparator and percent', 6, '＞＝９０％'],
  ['a unit without comparator', 0, '4200平方米'],
  ['a comparator without unit (a score, an index)', 6, '≥90'],
  ['a percentage without comparator', 1, '100%'],
  ['a word comparator', 4, '不少于3500人'],
  ['a suffix comparator', 6, '90%以上'],
  ['Chinese numerals', 4, '三千五百人'],
  ['1.2万人次', 4, '1.2万人次'],
  ['a deadline', 2, '2025年10月31日前'],
  ['a qualitative value', 1, '验收合格'],
  ['a rate written as a fraction in a number cell (often a percent-formatted cell)', 6, 0.9],
  ['zero needs no unit', 5, '0'],
  ['zero in a number cell', 5, 0],
];

const valid: ValidCase[] = [
  { name: 'a cost per person-day in 元', sheet: splitForm([...GOOD_SPLIT_ROWS, ['产出指标', '成本指标', '检查差旅费', '≤', 470, '元/人·天']]) },
  { name: 'a cost in 万 per month', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '成本指标', '人工成本', '≤620万/月']] }) },
  { name: 'a complete, good form', sheet: goalForm({ rows: GOOD_ROWS }) },
  { name: 'a complete, good split-column form', sheet: splitForm(GOOD_SPLIT_ROWS) },
  ...single.map(([name, i, value]) => ({ name: `${name}: ${String(value)}`, sheet: goalForm({ rows: withValue(i, value) }) })),
  { name: 'split: the same comparator in both places', sheet: splitForm(withSplit(1, '≥', '≥95', '%')) },
  { name: 'split: a word comparator matching the column', sheet: splitForm(withSplit(1, '≥', '不低于95', '%')) },
  { name: 'split: 正向 with a value reaching upward', sheet: splitForm(withSplit(1, '正向', '95%以上', '%')) },
  { name: 'split: 反向 with ≤', sheet: splitForm(withSplit(3, '反向', '≤5', '万元')) },
  { name: 'split: = beside ≥ is not a contradiction', sheet: splitForm(withSplit(0, '≥', '=85', '公里')) },
  { name: 'split: the unit written in the value and in the column alike', sheet: splitForm(withSplit(1, '≥', '95%', '%')) },
  { name: 'split: full-width ％ in the unit column', sheet: splitForm(withSplit(1, '≥', 95, '％')) },
  { name: 'split: 百分比 in the unit column', sheet: splitForm(withSplit(1, '≥', '95%', '百分比')) },
  { name: 'split: percentage points beside a % column', sheet: splitForm(withSplit(1, '≥', '5个百分点', '%')) },
  { name: 'split: 元 beside 万元 (both money)', sheet: splitForm(withSplit(3, '≤', '50000元', '万元')) },
  { name: 'split: the unit only in the value cell', sheet: splitForm(withSplit(0, '≥', '85公里', null)) },
  { name: 'split: a count unit the column does not repeat', sheet: splitForm(withSplit(0, '≥', 85, '公里')) },
  { name: 'split: 定性 with a qualitative value', sheet: splitForm([...GOOD_SPLIT_ROWS, ['产出指标', '质量指标', '出厂水质', '定性', '符合《生活饮用水卫生标准》', null]]) },
  { name: 'split: zero with no unit', sheet: splitForm([...GOOD_SPLIT_ROWS, ['效益指标', '社会效益指标', '安全事故发生数', '=', 0, null]]) },
  { name: 'split: a deadline with no unit', sheet: splitForm(withSplit(2, '≤', '2025年10月31日', null)) },
  { name: 'split: a Date cell with no unit', sheet: splitForm(withSplit(2, '≤', new Date(Date.UTC(2025, 9, 31)), null)) },
  { name: 'unmeasurable values are other rules’ business', sheet: goalForm({ rows: withValue(4, '明显提升') }) },
];

const invalid: InvalidCase[] = [
  {
    name: 'a cost counted in people and days (甘孜 2024)',
    sheet: splitForm([...GOOD_SPLIT_ROWS, ['产出指标', '成本指标', '检查差旅费', null, 470, '人/天']]),
    errors: [{ cell: 'E13', messageId: 'costUnit', message: '「人/天」' }],
  },
  {
    name: 'an amount as the indicator with a percentage as its value (重庆巴南 2022)',
    sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '成本指标', '20万元', '100%']] }),
    errors: [{ cell: 'D17', messageId: 'amountAsName' }],
  },
  {
    name: 'a bare number (the deck’s 学校发展能力 100)',
    sheet: goalForm({ rows: [...GOOD_ROWS, ['效益指标', '可持续影响指标', '学校发展能力', '100']] }),
    errors: [{ cell: 'D17', messageId: 'default', message: '指标值「100」只有数字，没有比较符号和计量单位' }],
  },
  { name: 'a bare number in a number cell', sheet: goalForm({ rows: withValue(4, 3500) }), errors: [{ cell: 'D14', messageId: 'default', message: '「3500」' }] },
  { name: 'a full-width bare number', sheet: goalForm({ rows: withValue(4, '３５００') }), errors: [{ cell: 'D14', messageId: 'default', message: '「3500」' }] },
  { name: 'a bare number inside a sentence', sheet: goalForm({ rows: withValue(5, '学校发展能力 100') }), errors: [{ cell: 'D15', messageId: 'default' }] },
  { name: 'a fraction for something that is not a rate', sheet: goalForm({ rows: withValue(0, 0.5) }), errors: [{ cell: 'D10', messageId: 'default' }] },
  { name: 'split: no unit anywhere, reported on the unit cell', sheet: splitForm(withSplit(0, '≥', 85, null)), errors: [{ cell: 'F6', messageId: 'missingUnit', message: '指标值 85 没有填写度量单位' }] },
  { name: 'split: % in the value against 万元 in the column', sheet: splitForm(withSplit(4, '≥', '95%', '万元')), errors: [{ cell: 'E10', messageId: 'unitConflict', message: '度量单位列「万元」不一致' }] },
  { name: 'split: a count in the value against % in the column', sheet: splitForm(withSplit(1, '≥', '95人', '%')), errors: [{ cell: 'E7', messageId: 'unitConflict', message: '「%」' }] },
  { name: 'split: money amount written against % (domain: 万元 against %)', sheet: splitForm(withSplit(1, '≥', '500万元', '%')), errors: [{ cell: 'E7', messageId: 'unitConflict' }] },
  { name: 'split: ≤ in the value against ≥ in the column', sheet: splitForm(withSplit(1, '≥', '≤95', '%')), errors: [{ cell: 'E7', messageId: 'comparatorConflict', message: '指标性质列「≥」矛盾' }] },
  { name: 'split: 以上 in the value against 反向', sheet: splitForm(withSplit(3, '反向', '5万元以上', '万元')), errors: [{ cell: 'E9', messageId: 'comparatorConflict', message: '「反向」' }] },
  { name: 'split: a number under 定性', sheet: splitForm(withSplit(1, '定性', 95, '%')), errors: [{ cell: 'E7', messageId: 'qualitativeNumber', message: '指标性质为“定性”，但指标值是数字 95' }] },
  {
    name: 'several problems, reported in cell order',
    sheet: splitForm(withSplit(0, '≥', 85, null).map((r, k) => (k === 1 ? [r[0], r[1], r[2], '定性', 95, '%'] : r))),
    errors: [
      { cell: 'F6', messageId: 'missingUnit' },
      { cell: 'E7', messageId: 'qualitativeNumber' },
    ],
  },
];

runRuleTests(valueFormat, { valid, invalid });
