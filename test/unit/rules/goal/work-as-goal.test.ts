import type { CellValue } from '../../../../src/core/grid/types';
import { workAsGoal } from '../../../../src/core/rules/goal/work-as-goal';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests, type InvalidCase, type ValidCase } from '../../../helpers/rule-tester';
import { GOOD_SPLIT_ROWS, splitForm } from './split-form';

const withValue = (i: number, value: CellValue) => GOOD_ROWS.map((r, k) => (k === i ? [r[0], r[1], r[2], value] : r));

const valid: ValidCase[] = [
  { name: 'a goal that opens with the work but names its effect', sheet: goalForm({ rows: GOOD_ROWS, goal: '开展全民健身活动，提高群众身体素质' }) },
  { name: 'one event counted once is a count, not the work', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '数量指标', '开展食品安全宣传周活动', '1次']] }) },
  { name: 'a completion share with a named output is measurable', sheet: goalForm({ rows: GOOD_ROWS, goal: '完成3所学校维修，受益学生3500人' }) },
  { name: 'a complete, good form', sheet: goalForm({ rows: GOOD_ROWS }) },
  { name: 'a complete, good split-column form', sheet: splitForm(GOOD_SPLIT_ROWS) },
  { name: 'a deadline that ends in 完成', sheet: goalForm({ rows: withValue(2, '2025年10月31日前完成') }) },
  { name: 'a month-day deadline that ends in 完成', sheet: goalForm({ rows: withValue(2, '10月31日前完成') }) },
  { name: 'a year-end deadline that ends in 完成', sheet: goalForm({ rows: withValue(2, '年底前全部完成') }) },
  { name: 'a completion rate', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '数量指标', '任务完成率', '100%']] }) },
  { name: 'a count that mentions 完成', sheet: goalForm({ rows: withValue(0, '完成3所学校维修') }) },
  { name: 'a count in Chinese numerals that mentions the plan', sheet: goalForm({ rows: withValue(0, '按计划完成三所学校维修') }) },
  { name: 'an indicator name that contains 完成 is not a value', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '时效指标', '按计划完成率', '≥95%']] }) },
  { name: 'vague values are the unquantified rule’s', sheet: goalForm({ rows: withValue(4, '明显提升') }) },
  { name: 'a qualitative value tied to acceptance', sheet: goalForm({ rows: withValue(1, '验收合格') }) },
  { name: 'a good goal', sheet: goalForm({ rows: GOOD_ROWS, goal: '为改善办学条件，2025年完成3所学校校舍维修改造，维修后校舍安全达标率达到100%。' }) },
  { name: 'a goal with figures in Chinese numerals', sheet: goalForm({ rows: GOOD_ROWS, goal: '按计划完成三所学校维修' }) },
  { name: 'a long goal that also says 按计划完成', sheet: goalForm({ rows: GOOD_ROWS, goal: '为消除校舍安全隐患，对县第一中学教学楼进行加固改造并按计划完成，改造后学生在校安全得到保障' }) },
  {
    name: 'a phrase the policy removed from the list',
    sheet: goalForm({ rows: withValue(3, '足额发放') }),
    policy: { goal: { vocabulary: { workAsGoal: { remove: ['足额发放'] } } } },
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a goal that opens with the work, no figure and no effect (重庆巴南 2022)',
    sheet: goalForm({ rows: GOOD_ROWS, goal: '完成对符合规定的村居下设党支部书记发放补贴,激发为民办事的热情。' }),
    errors: [{ cell: 'B8', messageId: 'goal' }],
  },
  { name: 'a payout goal (重庆潼南 2023)', sheet: goalForm({ rows: GOOD_ROWS, goal: '按月及时足额发放在职村社干部的工资。' }), errors: [{ cell: 'B8', messageId: 'goal' }] },
  { name: 'a completion percentage of the work (岳阳县 2022)', sheet: goalForm({ rows: GOOD_ROWS, goal: '完成项目主体工程70%' }), errors: [{ cell: 'B8', messageId: 'goal', message: '完成项目主体工程70%' }] },
  {
    name: 'a payout counted once is the work itself, on the indicator (井研 2023)',
    sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '按时发放', '≥1人/年']] }),
    errors: [{ cell: 'C17', messageId: 'countedOnce', message: '三级指标「按时发放」就是工作本身' }],
  },
  { name: '按计划完成 (the deck’s example)', sheet: goalForm({ rows: withValue(2, '按计划完成') }), errors: [{ cell: 'D12', messageId: 'default', message: '指标值「按计划完成」把工作本身当作目标' }] },
  { name: '完成补助 (the deck’s example)', sheet: goalForm({ rows: withValue(0, '完成补助') }), errors: [{ cell: 'D10', messageId: 'default', message: '「完成补助」' }] },
  { name: '顺利完成', sheet: goalForm({ rows: withValue(2, '顺利完成') }), errors: [{ cell: 'D12', messageId: 'default' }] },
  { name: 'a bare 完成', sheet: goalForm({ rows: withValue(2, '完成') }), errors: [{ cell: 'D12', messageId: 'default', message: '「完成」' }] },
  { name: '已完成 with punctuation', sheet: goalForm({ rows: withValue(2, '已完成。') }), errors: [{ cell: 'D12', messageId: 'default' }] },
  { name: 'a short sentence around the phrase', sheet: goalForm({ rows: withValue(2, '工程按时完成') }), errors: [{ cell: 'D12', messageId: 'default' }] },
  { name: 'full-width spaces around the phrase', sheet: goalForm({ rows: withValue(2, '　按期完成　') }), errors: [{ cell: 'D12', messageId: 'default' }] },
  { name: 'in a split-column form, on the 指标值 cell', sheet: splitForm([...GOOD_SPLIT_ROWS, ['产出指标', '时效指标', '工程进度', '定性', '按计划推进', null]]), errors: [{ cell: 'E13', messageId: 'default' }] },
  { name: 'a goal that only restates the work', sheet: goalForm({ rows: GOOD_ROWS, goal: '按计划完成项目建设任务' }), errors: [{ cell: 'B8', messageId: 'goal', message: '年度总体目标「按计划完成项目建设任务」' }] },
  { name: 'a goal that is only 完成补助', sheet: goalForm({ rows: GOOD_ROWS, goal: '完成补助' }), errors: [{ cell: 'B8', messageId: 'goal' }] },
  {
    name: 'goal and values together, in cell order',
    sheet: goalForm({ rows: withValue(2, '按计划完成').map((r, k) => (k === 0 ? [r[0], r[1], r[2], '完成补助'] : r)), goal: '顺利完成' }),
    errors: [
      { cell: 'B8', messageId: 'goal' },
      { cell: 'D10', messageId: 'default' },
      { cell: 'D12', messageId: 'default' },
    ],
  },
  {
    name: 'a phrase the policy added',
    sheet: goalForm({ rows: withValue(2, '如期推进') }),
    policy: { goal: { vocabulary: { workAsGoal: { add: ['如期推进'] } } } },
    errors: [{ cell: 'D12', messageId: 'default', message: '「如期推进」' }],
  },
];

runRuleTests(workAsGoal, { valid, invalid });
