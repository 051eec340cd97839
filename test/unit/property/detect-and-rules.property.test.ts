import fc from 'fast-check';
import { checkSheet } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import { fromA1 } from '../../../src/core/grid/address';
import { Grid } from '../../../src/core/grid/grid';
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/grid/types';
import { detectGoalSets } from '../../../src/core/layout/detect-goal-sets';
import { parsePolicy, type Policy } from '../../../src/core/policy/policy';
import { GOAL_RULES } from '../../../src/core/rules/goal';
import { RULE_IDS } from '../../../src/core/rules/rule-ids';
import { runGoalRules } from '../../../src/core/rules/run-goal-rules';
import { resolveVocabulary } from '../../../src/core/vocab/resolve';
import { GOOD_ROWS, goalForm } from '../../helpers/goal-form';

/**
 * Whatever a workbook holds, checking it must not throw, and every finding must point at a real cell
 * of that sheet. Sheets are random grids mixing the labels of real forms with arbitrary values, errors
 * and merges (overlapping ones and ones reaching past the used range included).
 */

const LABELS = [
  '项目支出绩效目标申报表', '（2025年度）', '2025年度', '项目名称', '主管部门', '实施单位', '项目资金（万元）', '年度资金总额', '其中：财政拨款', '财政拨款', '其他资金',
  '年度总体目标', '中期目标', '总体目标', '一级指标', '二级指标', '三级指标', '指标值', '年度指标值', '中期指标值', '指标性质', '指标方向', '度量单位', '计量单位',
  '产出指标', '效益指标', '满意度指标', '成本指标', '数量指标', '质量指标', '时效指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标',
  '服务对象满意度指标', '经济成本指标', '实际完成值', '得分', '偏差原因', '填表人：', '注：', '评价得分', '评价等级', '上年度年初预算项目经费（万元）',
];
const VALUES = [
  '≥95%', '＞＝９５％', '４２所', '不少于42所', '95%以上', '三个月内', '十二所', '1.2万人次', '≤860万元', '3‰', '3000-5000人', '2025年12月31日前', '2025-10-31',
  '2026年3月底前', '每学期开学后一个月内', '按月', '符合《生活饮用水卫生标准》', '达到国家二级标准', '验收合格', '无重大安全事故', '明显提升', '有所增强', '及时', '较高',
  'XX套', '≥**%', '待定', '按计划完成', '完成', '学校发展能力 100', '100', '120%', '-5人', '≤-18℃', '/', '——', '#DIV/0!', '≤120万元', '定性', '正向', '反向', '≥', '%',
  '万元', '人', '维修改造校舍面积', '师生满意度', '购置XX装备器材', '为改善办学条件，完成3所学校维修', '改善办学条件', '前期工作', '体育馆建设前期工作', '增加学位',
];

// Braces are replaced so a leftover {{placeholder}} in a message can only come from a rule, not from a cell.
const text = (a: fc.Arbitrary<string>) => a.map((t) => t.replace(/[{}｛｝]/g, '〔'));

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 4, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 2, arbitrary: text(fc.string({ maxLength: 12 })) },
  { weight: 1, arbitrary: text(fc.string({ unit: 'grapheme', maxLength: 8 })) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constantFrom('#DIV/0!', '#N/A', '#VALUE!', '#REF!').map((error) => ({ error })) },
  { weight: 6, arbitrary: fc.constant(null) },
);

const merge: fc.Arbitrary<MergedArea> = fc
  .record({ top: fc.nat({ max: 40 }), left: fc.nat({ max: 14 }), height: fc.integer({ min: -1, max: 8 }), width: fc.integer({ min: -1, max: 5 }) })
  .map(({ top, left, height, width }) => ({ top, left, bottom: top + height, right: left + width }));

const snapshot: fc.Arbitrary<SheetSnapshot> = fc.record({
  name: fc.constantFrom('目标表', 'Sheet1', '汇总', '分列表'),
  origin: fc.record({ row: fc.nat({ max: 6 }), col: fc.nat({ max: 4 }) }),
  values: fc.array(fc.array(cellValue, { maxLength: 10 }), { maxLength: 30 }),
  merges: fc.array(merge, { maxLength: 8 }),
});

/** A real form with random values, labels and merges: random noise reaches the rules this way. */
const noisyForm: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(fc.tuple(cellValue, cellValue, cellValue, cellValue), { minLength: 0, maxLength: 14 }),
    keepGood: fc.nat({ max: GOOD_ROWS.length }),
    goal: fc.option(fc.constantFrom(...VALUES, ...LABELS), { nil: undefined }),
    total: fc.option(cellValue, { nil: undefined }),
    year: fc.option(fc.integer({ min: 2020, max: 2030 }), { nil: undefined }),
    mergeLevels: fc.boolean(),
    extraMerges: fc.array(merge, { maxLength: 4 }),
  })
  .map(({ rows, keepGood, goal, total, year, mergeLevels, extraMerges }) => {
    const form = goalForm({ rows: [...GOOD_ROWS.slice(0, keepGood), ...rows], goal, total, year, mergeLevels });
    return { ...form, merges: [...form.merges, ...extraMerges] };
  });

const policy: fc.Arbitrary<Policy> = fc.option(fc.integer({ min: 2020, max: 2030 }), { nil: undefined }).map((budgetYear) => parsePolicy(budgetYear ? { goal: { budgetYear } } : {}));

const EXCEL_ROWS = 1_048_576;
const EXCEL_COLS = 16_384;

/** A finding's cell is a valid A1 address on the sheet: in the used range, or the top-left cell of one of its merges. */
function expectOnSheet(f: Finding, s: SheetSnapshot, g: Grid): void {
  expect(f.sheet).toBe(s.name);
  expect(RULE_IDS).toContain(f.ruleId);
  expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9]\d*$/);
  const ref = fromA1(f.cell);
  expect(ref).toEqual(f.ref);
  expect(ref.row).toBeLessThan(EXCEL_ROWS);
  expect(ref.col).toBeLessThan(EXCEL_COLS);
  const inUsedRange = ref.row >= g.top && ref.row <= g.bottom && ref.col >= g.left && ref.col <= g.right;
  const isMergeOwner = s.merges.some((m) => m.top === ref.row && m.left === ref.col && m.bottom >= g.top && m.right >= g.left);
  expect(inUsedRange || isMergeOwner).toBe(true);
  expect(f.message).not.toMatch(/\{\{|undefined|\[object Object\]/);
  expect(f.hint).not.toMatch(/\{\{|\[object Object\]/);
  expect(f.message.trim()).not.toBe('');
}

describe('checking never throws and every finding points at a cell of the sheet', () => {
  let findingsSeen = 0;

  it('checkSheet on random grids', () => {
    fc.assert(
      fc.property(snapshot, policy, (s, p) => {
        const report = checkSheet(s, { policy: p });
        const g = new Grid(s);
        for (const f of report?.findings ?? []) expectOnSheet(f, s, g);
      }),
      { numRuns: 400 },
    );
  });

  it('detectGoalSets + runGoalRules(GOAL_RULES) on random grids and on noisy real forms, in both languages', () => {
    fc.assert(
      fc.property(fc.oneof(snapshot, noisyForm, noisyForm), policy, fc.constantFrom('zh' as const, 'en' as const), (s, p, locale) => {
        const g = new Grid(s);
        const sets = detectGoalSets(g);
        const findings = runGoalRules(GOAL_RULES, sets, p, resolveVocabulary(p), locale);
        findingsSeen += findings.length;
        for (const f of findings) expectOnSheet(f, s, g);
        for (const set of sets) {
          for (const row of set.indicators) {
            expect(row.value.cell.row).toBeGreaterThanOrEqual(0);
            expect(row.name.cell.col).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 400 },
    );
    // The generators must actually reach the rules, or the property proves nothing.
    expect(findingsSeen).toBeGreaterThan(100);
  });

  it('the same sheet checked twice gives the same findings (no hidden state between runs)', () => {
    fc.assert(
      fc.property(noisyForm, policy, (s, p) => {
        const a = checkSheet(s, { policy: p });
        const b = checkSheet(s, { policy: p });
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
