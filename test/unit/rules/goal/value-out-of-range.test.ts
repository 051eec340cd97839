import Big from 'big.js';
import type { CellValue } from '../../../../src/core/grid/types';
import { fundsInWan, valueOutOfRange } from '../../../../src/core/rules/goal/value-out-of-range';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests, type InvalidCase, type ValidCase } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';
import { GOOD_SPLIT_ROWS, splitForm } from './split-form';

const withValue = (i: number, value: CellValue) => GOOD_ROWS.map((r, k) => (k === i ? [r[0], r[1], r[2], value] : r));
const plus = (...rows: CellValue[][]) => [...GOOD_ROWS, ...rows];
const form2025 = (rows: readonly (readonly CellValue[])[], extra: Parameters<typeof goalForm>[0] extends infer S ? Partial<S> : never = {}) => goalForm({ year: 2025, ...extra, rows });

/** A department summary table: each project's cost target is compared with that project's own funds. */
const summary = (cost2: string, deadline3: string) =>
  sheet(
    '汇总',
    [
      ['2025年度县农业农村局项目绩效目标汇总表', null, null, null, null, null],
      ['项目名称', '年度资金总额（万元）', '一级指标', '二级指标', '三级指标', '指标值'],
      ['高标准农田建设', 1500, '产出指标', '成本指标', '项目总成本', '≤1500万元'],
      [null, null, '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%'],
      ['动物疫病防控', 80, '产出指标', '成本指标', '项目总成本', cost2],
      [null, null, '产出指标', '质量指标', '抗体合格率', '≥70%'],
      ['人居环境整治', 300, '产出指标', '时效指标', '整治完成时间', deadline3],
    ],
    ['A1:F1', 'A3:A4', 'B3:B4'],
  );

const valid: ValidCase[] = [
  { name: 'a complete, good form (2025)', sheet: form2025(GOOD_ROWS) },
  { name: 'a complete, good split-column form', sheet: splitForm(GOOD_SPLIT_ROWS) },
  { name: 'a rate of exactly 100%', sheet: form2025(withValue(1, '100%')) },
  { name: 'a full-width 100%', sheet: form2025(withValue(1, '＝１００％')) },
  { name: 'growth above 100% is possible', sheet: form2025(plus(['效益指标', '经济效益指标', '游客接待量同比增长率', '≥120%'])) },
  { name: 'a comparison with last year above 100%', sheet: form2025(plus(['效益指标', '经济效益指标', '产量较上年提高比例', '150%'])) },
  { name: 'a percentage that is not a rate (a share of a budget may be a multiple)', sheet: form2025(plus(['效益指标', '经济效益指标', '带动社会投资', '≥200%'])) },
  { name: 'an upper bound above 100% says nothing impossible', sheet: form2025(plus(['产出指标', '成本指标', '成本超支率', '≤110%'])) },
  { name: 'a negative temperature', sheet: form2025(plus(['产出指标', '质量指标', '冷库温度', '≤-18℃'])) },
  { name: 'a negative change', sheet: form2025(plus(['效益指标', '生态效益指标', '能耗同比变化', '≤-5%'])) },
  { name: 'a deadline inside the budget year', sheet: form2025(withValue(2, '2025年12月31日前')) },
  { name: 'a deadline as a Date inside the budget year', sheet: form2025(withValue(2, new Date(Date.UTC(2025, 9, 31)))) },
  { name: 'a start date before the budget year (起 / 后)', sheet: form2025(withValue(2, '2024年10月1日起')) },
  { name: 'a deadline without a year', sheet: form2025(withValue(2, '10月31日前')) },
  { name: 'a relative deadline', sheet: form2025(withValue(2, '三个月内')) },
  { name: 'no budget year known: deadlines are not judged', sheet: goalForm({ rows: withValue(2, '2026年6月30日前') }) },
  { name: 'the budget year from the policy', sheet: goalForm({ rows: withValue(2, '2026年6月30日前') }), policy: { goal: { budgetYear: 2026 } } },
  { name: 'the sheet’s own year wins over the policy', sheet: form2025(withValue(2, '2025年6月30日前')), policy: { goal: { budgetYear: 2026 } } },
  { name: 'a total cost within rounding of the funds (100.004 万元)', sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', '≤1000040元'])) },
  { name: 'a total cost equal to the funds', sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', '≤100万元'])) },
  { name: 'a total cost in 元 below the funds', sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', '≤999999元'])) },
  { name: 'a unit cost is not compared with the total', sheet: form2025(plus(['产出指标', '成本指标', '每平方米维修成本', '≤238万元'])) },
  { name: 'a per-person standard (元/人) is not compared with the total', sheet: form2025(plus(['产出指标', '成本指标', '补助发放', '≤5000万元/人'])) },
  { name: 'funds written as text with a unit', sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', '≤100万元']), { total: '1,000,000元' }) },
  { name: 'funds unreadable: no cost comparison', sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', '≤1000万元']), { total: { error: '#DIV/0!' } }) },
  { name: 'a zero count is not negative', sheet: form2025(plus(['效益指标', '社会效益指标', '安全事故数', '=0起'])) },
  { name: 'summary table: each project within its own funds', sheet: summary('≤80万元', '2025年11月30日前') },
  { name: 'a range whose dash is not a minus sign', sheet: form2025(withValue(4, '3000-5000人')) },
];

const invalid: InvalidCase[] = [
  {
    name: 'a rate above 100%',
    sheet: form2025(withValue(1, '120%')),
    errors: [{ cell: 'D11', messageId: 'default', message: '「工程验收合格率」的指标值 120% 超过100%' }],
  },
  { name: 'a satisfaction above 100% (by its 二级指标)', sheet: form2025(withValue(6, '≥105%')), errors: [{ cell: 'D16', messageId: 'default' }] },
  { name: 'a full-width rate above 100%', sheet: form2025(withValue(1, '＞＝１２０％')), errors: [{ cell: 'D11', messageId: 'default' }] },
  { name: 'a coverage above 100% with a suffix comparator', sheet: form2025(plus(['效益指标', '社会效益指标', '自来水普及率', '101%以上'])), errors: [{ cell: 'D17', messageId: 'default' }] },
  { name: 'a per-mille rate above 1000‰', sheet: form2025(plus(['产出指标', '质量指标', '设备完好率', '1200‰'])), errors: [{ cell: 'D17', messageId: 'default' }] },
  { name: 'a negative count', sheet: form2025(withValue(4, '-3500人')), errors: [{ cell: 'D14', messageId: 'negative', message: '「受益学生人数」的指标值 -3500人 是负数' }] },
  { name: 'a negative amount in a number cell', sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', -5])), errors: [{ cell: 'D17', messageId: 'negative', message: '-5' }] },
  { name: 'a deadline in the year after the budget year', sheet: form2025(withValue(2, '2026年6月30日前')), errors: [{ cell: 'D12', messageId: 'deadlineYear', message: '完成时限 2026年6月30日前 不在预算年度 2025 年内' }] },
  { name: 'a deadline left over from last year’s form', sheet: form2025(withValue(2, '2024年10月31日前')), errors: [{ cell: 'D12', messageId: 'deadlineYear' }] },
  { name: 'a Date outside the budget year', sheet: form2025(withValue(2, new Date(Date.UTC(2026, 2, 31)))), errors: [{ cell: 'D12', messageId: 'deadlineYear', message: '2026-03-31' }] },
  { name: 'a Chinese-numeral date outside the budget year', sheet: form2025(withValue(2, '二〇二六年三月底前')), errors: [{ cell: 'D12', messageId: 'deadlineYear' }] },
  { name: 'a deadline against the policy’s budget year', sheet: goalForm({ rows: withValue(2, '2025年6月30日前') }), policy: { goal: { budgetYear: 2026 } }, errors: [{ cell: 'D12', messageId: 'deadlineYear', message: '2026' }] },
  {
    name: 'a cost target above the project’s funds',
    sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', '≤120万元'])),
    errors: [{ cell: 'D17', messageId: 'costAboveFunds', message: '成本指标「项目总成本」的目标 ≤120万元 超过项目年度资金总额 100 万元' }],
  },
  { name: 'a cost target in 元 above the funds', sheet: form2025(plus(['产出指标', '成本指标', '项目总成本', '≤1010000元'])), errors: [{ cell: 'D17', messageId: 'costAboveFunds' }] },
  { name: 'a cost target in 亿元', sheet: form2025(plus(['产出指标', '成本指标', '工程造价', '≤1.2亿元'])), errors: [{ cell: 'D17', messageId: 'costAboveFunds' }] },
  {
    name: 'summary table: a cost above that project’s funds (not the department’s largest), and a deadline outside the title’s year',
    sheet: summary('≤100万元', '2026年3月31日前'),
    errors: [
      { cell: 'F5', messageId: 'costAboveFunds', message: '80 万元' },
      { cell: 'F7', messageId: 'deadlineYear', message: '2025' },
    ],
  },
  {
    name: 'split form: a rate above 100% in number cells',
    sheet: splitForm(GOOD_SPLIT_ROWS.map((r, k) => (k === 1 ? [r[0], r[1], r[2], '≥', 120, '%'] : r))),
    errors: [{ cell: 'E7', messageId: 'default', message: '120%' }],
  },
  {
    name: 'several problems, reported in cell order',
    sheet: form2025(withValue(1, '120%').map((r, k) => (k === 2 ? [r[0], r[1], r[2], '2026年1月31日前'] : k === 4 ? [r[0], r[1], r[2], '-1人'] : r))),
    errors: [
      { cell: 'D11', messageId: 'default' },
      { cell: 'D12', messageId: 'deadlineYear' },
      { cell: 'D14', messageId: 'negative' },
    ],
  },
];

runRuleTests(valueOutOfRange, { valid, invalid });

describe('fundsInWan', () => {
  it.each<[CellValue, string | null]>([
    [100, '100'],
    ['100', '100'],
    ['100万元', '100'],
    ['100 万', '100'],
    ['1,000,000元', '100'],
    ['1.5亿元', '15000'],
    ['１００万元', '100'],
    [Infinity, null],
    ['一百万', null],
    [{ error: '#DIV/0!' }, null],
    [null, null],
  ])('%p → %p', (v, expected) => {
    const got = fundsInWan(v);
    expect(got === null ? null : got.toString()).toBe(expected);
  });
  it('is exact: 0.1 + 0.2 style figures stay decimal', () => {
    expect(fundsInWan('1234.56元')!.eq(new Big('0.123456'))).toBe(true);
  });
});
