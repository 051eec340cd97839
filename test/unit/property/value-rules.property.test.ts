import fc from 'fast-check';
import { Grid } from '../../../src/core/grid/grid';
import type { CellValue } from '../../../src/core/grid/types';
import { detectGoalSets } from '../../../src/core/layout/detect-goal-sets';
import { parsePolicy } from '../../../src/core/policy/policy';
import { placeholder } from '../../../src/core/rules/goal/placeholder';
import { unquantified } from '../../../src/core/rules/goal/unquantified';
import { valueFormat } from '../../../src/core/rules/goal/value-format';
import { valueOutOfRange } from '../../../src/core/rules/goal/value-out-of-range';
import { workAsGoal } from '../../../src/core/rules/goal/work-as-goal';
import { runGoalRules } from '../../../src/core/rules/run-goal-rules';
import { resolveVocabulary } from '../../../src/core/vocab/resolve';
import { goalForm } from '../../helpers/goal-form';

/**
 * False alarms switch a linter off. Any mix of well-written values, in the many ways clerks write them,
 * must pass the value rules; and spoiling one of them must be caught at exactly that cell.
 */

const VALUE_RULES = [placeholder, workAsGoal, unquantified, valueFormat, valueOutOfRange];
const policy = parsePolicy({});
const vocabulary = resolveVocabulary(policy);

type Row = readonly [string, string, string, CellValue];

// Good rows by kind, each written several ways (symbols, full-width, words, Chinese numerals, dates).
const COUNTS: Row[] = [
  ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米'],
  ['产出指标', '数量指标', '维修学校数量', '４２所'],
  ['产出指标', '数量指标', '维修学校数量', '不少于42所'],
  ['产出指标', '数量指标', '维修学校数量', '十二所'],
  ['产出指标', '数量指标', '购置设备数量', '=1台'],
  ['产出指标', '数量指标', '购置设备数量', '两台'],
  ['产出指标', '数量指标', '培训人次', '1.2万人次'],
  ['产出指标', '数量指标', '培训人次', '500人次以上'],
  ['产出指标', '数量指标', '受益人数', '3000-5000人'],
];
const RATES: Row[] = [
  ['产出指标', '质量指标', '工程验收合格率', '100%'],
  ['产出指标', '质量指标', '工程验收合格率', '＞＝９５％'],
  ['产出指标', '质量指标', '设备完好率', '≧98%'],
  ['产出指标', '质量指标', '设备完好率', '不低于98%'],
  ['产出指标', '质量指标', '设备完好率', '98%及以上'],
  ['产出指标', '质量指标', '返工率', '≤3‰'],
  ['产出指标', '质量指标', '工程质量', '符合《建筑工程施工质量验收统一标准》'],
  ['产出指标', '质量指标', '出厂水质', '达到国家二级标准'],
  ['产出指标', '质量指标', '工程质量', '验收合格'],
];
const DEADLINES: Row[] = [
  ['产出指标', '时效指标', '完工时间', '2025年10月31日前'],
  ['产出指标', '时效指标', '完工时间', '2025年10月底前'],
  ['产出指标', '时效指标', '完工时间', '2025年底前'],
  ['产出指标', '时效指标', '完工时间', '2025-10-31'],
  ['产出指标', '时效指标', '完工时间', '2025.10.31'],
  ['产出指标', '时效指标', '完工时间', '10月31日前完成'],
  ['产出指标', '时效指标', '完工时间', '年底前'],
  ['产出指标', '时效指标', '维修响应时间', '三个月内'],
  ['产出指标', '时效指标', '补助发放时间', '每学期开学后一个月内'],
  ['产出指标', '时效指标', '完工时间', '2025年第三季度'],
];
const COSTS: Row[] = [
  ['产出指标', '成本指标', '每平方米维修成本', '≤238元'],
  ['产出指标', '成本指标', '项目总成本', '≤100万元'],
  ['产出指标', '成本指标', '项目总成本', '不超过100万元'],
  ['产出指标', '成本指标', '生均补助标准', '1000元/生'],
  ['产出指标', '成本指标', '项目总成本', '控制在95万元以内'],
];
const EFFECTS: Row[] = [
  ['效益指标', '社会效益指标', '受益学生人数', '≥3500人'],
  ['效益指标', '社会效益指标', '安全事故', '无重大安全事故'],
  ['效益指标', '社会效益指标', '安全事故发生数', '0起'],
  ['效益指标', '社会效益指标', '适龄儿童入学率', '全覆盖'],
  ['效益指标', '经济效益指标', '游客接待量同比增长率', '≥120%'],
  ['效益指标', '可持续影响指标', '校舍安全使用年限', '≥20年'],
  ['效益指标', '可持续影响指标', '长效管护机制', '健全'],
  ['效益指标', '生态效益指标', '空气质量优良天数比例', '不低于上年水平'],
];
const SATISFACTION: Row[] = [
  ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '师生满意度', '90%以上'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '不低于90%'],
  ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90分'],
];
const GOOD: readonly Row[] = [...COUNTS, ...RATES, ...DEADLINES, ...COSTS, ...EFFECTS, ...SATISFACTION];

const goodRows = fc.array(fc.constantFrom(...GOOD), { minLength: 1, maxLength: 12 });

function valueFindings(rows: readonly Row[], merge = false) {
  const sheet = goalForm({ rows, year: 2025, total: 100, fiscal: 80, other: 20, mergeLevels: merge });
  return runGoalRules(VALUE_RULES, detectGoalSets(new Grid(sheet)), policy, vocabulary);
}

describe('well-written values never raise a value-rule finding', () => {
  it('any mix of good rows, merged or not', () => {
    fc.assert(
      fc.property(goodRows, fc.boolean(), (rows, merge) => {
        expect(valueFindings(rows, merge).map((f) => `${f.cell} ${f.ruleId} ${f.message}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a spoiled value is caught at its own cell', () => {
  const spoil: [string, (v: string) => string][] = [
    ['goal/placeholder', (v) => v.replace(/[\d０-９一二三四五六七八九十两]+/g, 'XX')],
    ['goal/placeholder', () => '待定'],
    ['goal/unquantified', () => '明显提升'],
    ['goal/unquantified', () => '有所增强'],
    ['goal/work-as-goal', () => '按计划完成'],
  ];

  it('replacing one value with template text, a vague word or the work itself', () => {
    fc.assert(
      fc.property(goodRows, fc.nat(), fc.constantFrom(...spoil), (rows, pick, [ruleId, spoilValue]) => {
        const i = pick % rows.length;
        const original = String(rows[i][3]);
        const spoiled = spoilValue(original);
        fc.pre(spoiled !== original);
        const changed = rows.map((r, k): Row => (k === i ? [r[0], r[1], r[2], spoiled] : r));
        const findings = valueFindings(changed);
        const cell = `D${10 + i}`;
        // Exactly one finding, on the spoiled cell, from the expected rule.
        expect(findings.map((f) => `${f.cell} ${f.ruleId}`)).toEqual([`${cell} ${ruleId}`]);
      }),
      { numRuns: 300 },
    );
  });
});
