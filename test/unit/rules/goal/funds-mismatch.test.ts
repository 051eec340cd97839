import { fundsMismatch, readAmount } from '../../../../src/core/rules/goal/funds-mismatch';
import type { CellValue } from '../../../../src/core/grid/types';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';
import fc from 'fast-check';
import { Grid } from '../../../../src/core/grid/grid';
import { detectGoalSets } from '../../../../src/core/layout/detect-goal-sets';
import { runGoalRules } from '../../../../src/core/rules/run-goal-rules';
import { defaultPolicy } from '../../../../src/core/policy/policy';
import { resolveVocabulary } from '../../../../src/core/vocab/resolve';

const funds = (total: CellValue, fiscal: CellValue, other: CellValue) => goalForm({ rows: GOOD_ROWS, total, fiscal, other });

/** The split-value form with its funds laid out in one row: 年度资金总额 B3 · 财政拨款 D3 · 其他资金 F3. */
const splitFunds = (total: CellValue, fiscal: CellValue, other: CellValue) =>
  sheet('分列表', [
    ['项目名称', '农村饮水安全巩固提升工程', null, null, null, null],
    [null, null, null, null, null, null],
    ['年度资金总额', total, '财政拨款', fiscal, '其他资金', other],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
    ['产出指标', '数量指标', '新建改造管网长度', '≥', 85, '公里'],
  ]);

/** A department summary table that carries the funds columns. */
const summary = (rows: CellValue[][]) =>
  sheet('汇总', [['项目名称', '年度资金总额（万元）', '财政拨款（万元）', '其他资金（万元）', '一级指标', '二级指标', '三级指标', '指标值'], ...rows]);

runRuleTests(fundsMismatch, {
  valid: [
    { name: '100 = 80 + 20', sheet: funds(100, 80, 20) },
    { name: '0.1 + 0.2 = 0.3 in exact decimals (binary floating point says otherwise)', sheet: funds(0.3, 0.1, 0.2) },
    { name: '3.3 = 1.1 + 2.2 (binary: 3.3000000000000003)', sheet: funds(3.3, 1.1, 2.2) },
    { name: 'a total computed by a formula with binary noise (0.1 + 0.2 in Excel)', sheet: funds(0.1 + 0.2, 0.1, 0.2) },
    { name: 'numbers typed as text', sheet: funds('100', '80', '20') },
    { name: 'amounts with units: "100万元" = "80万元" + "20万"', sheet: funds('100万元', '80万元', '20万') },
    { name: 'amounts in 元 with thousands separators: "1,000,000元" = 80 + "200,000元"', sheet: funds('1,000,000元', 80, '200,000元') },
    { name: 'currency sign and decimals: "¥1,000,000.00元" = "¥800,000.00元" + "￥200,000元"', sheet: funds('¥1,000,000.00元', '¥800,000.00元', '￥200,000元') },
    { name: 'full-width digits: "１００" = "８０．５" + "１９．５"', sheet: funds('１００', '８０．５', '１９．５') },
    { name: 'a blank 其他资金 means none: 100 = 100 + (blank)', sheet: funds(100, 100, null) },
    { name: '其他资金 written as "—", "/" or "无": none', sheet: funds(100, 100, '—') },
    { name: '其他资金 "无"', sheet: funds(100, 100, '无') },
    { name: 'a whitespace-only 其他资金', sheet: funds(100, 100, '  ') },
    { name: 'the project is all other funds: 50 = (blank) + 50', sheet: funds(50, null, 50) },
    { name: 'a blank total: nothing to compare (not this rule’s concern)', sheet: funds(null, 80, 20) },
    { name: 'under half a hundredth of the unit is display rounding: 100 vs 99.996', sheet: funds(100, 99.996, 0) },
    { name: 'funds laid out in one row on the split-value form: 500 = 450 + 50', sheet: splitFunds(500, 450, 50) },
    { name: 'the same with 其他资金 left blank: 450 = 450 + (blank)', sheet: splitFunds(450, 450, null) },
    {
      name: 'a summary table with only a total column: nothing to add up',
      sheet: sheet('汇总', [
        ['项目名称', '年度资金总额（万元）', '一级指标', '二级指标', '三级指标', '指标值'],
        ['高标准农田建设', 1500, '产出指标', '数量指标', '建成面积', '≥10000亩'],
      ]),
    },
    {
      name: 'a summary table with consistent sources, per project',
      sheet: summary([
        ['高标准农田建设', 1500, 1200, 300, '产出指标', '数量指标', '建成面积', '≥10000亩'],
        ['动物疫病防控', 80.5, 80.5, null, '产出指标', '数量指标', '免疫数量', '≥50万头'],
      ]),
    },
  ],
  invalid: [
    {
      name: '100 ≠ 80 + 10: on the total (C5), with the figures and the difference',
      sheet: funds(100, 80, 10),
      errors: [{ cell: 'C5', messageId: 'default', message: '年度资金总额 100 ≠ 财政拨款 80 + 其他资金 10 = 90' }],
    },
    {
      name: 'a difference of 0.1 shown exactly, not as 0.09999999999999998',
      sheet: funds(0.3, 0.1, 0.3),
      errors: [{ cell: 'C5', message: '= 0.4' }],
    },
    {
      name: 'a blank 其他资金 leaves the sources short: 100 ≠ 80',
      sheet: funds(100, 80, null),
      errors: [{ cell: 'C5', message: '其他资金 0 = 80' }],
    },
    {
      name: 'amounts with units are compared in 万元 and say so',
      sheet: funds('100万元', '800,000元', 10),
      errors: [{ cell: 'C5', message: '年度资金总额 100 万元 ≠ 财政拨款 80 + 其他资金 10 = 90 万元' }],
    },
    {
      name: 'a difference of one cent of 万元 counts',
      sheet: funds(100.01, 80, 20),
      errors: [{ cell: 'C5', message: '= 100' }],
    },
    {
      name: 'an error value (#DIV/0!) in 财政拨款: unreadable, on that cell',
      sheet: funds(100, { error: '#DIV/0!' }, 20),
      errors: [{ cell: 'C6', messageId: 'unreadable', message: '财政拨款「#DIV/0!」无法读取为金额' }],
    },
    {
      name: 'an error value in the total',
      sheet: funds({ error: '#REF!' }, 80, 20),
      errors: [{ cell: 'C5', messageId: 'unreadable', message: '#REF!' }],
    },
    {
      name: 'words where a number belongs ("待定") in 其他资金',
      sheet: funds(100, 80, '待定'),
      errors: [{ cell: 'C7', messageId: 'unreadable', message: '其他资金「待定」' }],
    },
    {
      name: 'an amount in Chinese numerals is not read (reported, not guessed)',
      sheet: funds('一百万元', 80, 20),
      errors: [{ cell: 'C5', messageId: 'unreadable' }],
    },
    {
      name: 'a date where an amount belongs',
      sheet: funds(100, new Date(Date.UTC(2025, 0, 8)), 20),
      errors: [{ cell: 'C6', messageId: 'unreadable', message: '2025-01-08' }],
    },
    {
      name: 'funds laid out in one row: 500 ≠ 450 + 40, on B3',
      sheet: splitFunds(500, 450, 40),
      errors: [{ cell: 'B3', message: '年度资金总额 500 ≠ 财政拨款 450 + 其他资金 40 = 490' }],
    },
    {
      name: 'a summary table: the mismatching project only, on its total cell',
      sheet: summary([
        ['高标准农田建设', 1500, 1200, 300, '产出指标', '数量指标', '建成面积', '≥10000亩'],
        ['动物疫病防控', 80, 60, 10, '产出指标', '数量指标', '免疫数量', '≥50万头'],
      ]),
      errors: [{ cell: 'B3', message: '年度资金总额 80 ≠ 财政拨款 60 + 其他资金 10 = 70' }],
    },
  ],
});

describe('readAmount', () => {
  it.each<[CellValue, string | null]>([
    [100, '100'],
    ['100', '100'],
    ['100万元', '100'],
    ['1,000,000元', '100'],
    ['１，０００，０００元', '100'],
    ['1 000 000元', '100'],
    ['5千元', '0.5'],
    ['1.2亿元', '12000'],
    ['100万元整', '100'],
    ['RMB 100万元', '100'],
    ['—', '0'],
    ['八十万', null],
    ['约100万元', null],
    [{ error: '#N/A' }, null],
    [true, null],
    [Number.NaN, null],
  ])('%p → %p', (v, expected) => {
    const a = readAmount(v);
    expect(a ? a.value.toString() : null).toBe(expected);
  });
});

describe('goal/funds-mismatch: property', () => {
  const vocabulary = resolveVocabulary(defaultPolicy());
  const check = (total: CellValue, fiscal: CellValue, other: CellValue) =>
    runGoalRules([fundsMismatch], detectGoalSets(new Grid(funds(total, fiscal, other))), defaultPolicy(), vocabulary);
  // Amounts in 万元 with two decimals, as clerks type them: integers of cents divided by 100.
  const cents = fc.integer({ min: 0, max: 10_000_000_00 });

  it('never reports a total typed as the exact sum of its two-decimal sources', () => {
    fc.assert(
      fc.property(cents, cents, (f, o) => {
        const total = Number(((f + o) / 100).toFixed(2));
        expect(check(total, f / 100, o / 100)).toEqual([]);
      }),
    );
  });

  it('always reports a total off by at least one cent', () => {
    fc.assert(
      fc.property(cents, cents, fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), (f, o, off, up) => {
        const totalCents = f + o + (up ? off : -off);
        fc.pre(totalCents >= 0);
        const got = check(totalCents / 100, f / 100, o / 100);
        expect(got.map((x) => x.cell)).toEqual(['C5']);
      }),
    );
  });
});
