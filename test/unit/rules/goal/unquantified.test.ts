import type { CellValue } from '../../../../src/core/grid/types';
import { unquantified } from '../../../../src/core/rules/goal/unquantified';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests, type InvalidCase, type ValidCase } from '../../../helpers/rule-tester';
import { GOOD_SPLIT_ROWS, splitForm } from './split-form';

/** GOOD_ROWS with the value of indicator `i` replaced (its value cell is D{10+i}). */
const withValue = (i: number, value: CellValue) => GOOD_ROWS.map((r, k) => (k === i ? [r[0], r[1], r[2], value] : r));

/** One case per value that must not be reported, each in the value cell of a fitting indicator. */
const measurable: [string, number, CellValue][] = [
  ['full-width comparator and percent', 6, '＞＝９０％'],
  ['full-width digits with a counting unit', 0, '４２００平方米'],
  ['≧ (U+2267)', 6, '≧90%'],
  ['不少于 before the number', 0, '不少于4200平方米'],
  ['不低于 before a rate', 1, '不低于98%'],
  ['不超过 before money', 3, '不超过238元'],
  ['以上 after the number', 6, '90%以上'],
  ['及以上 after the number', 4, '3500人及以上'],
  ['控制在…以内', 3, '控制在238元以内'],
  ['达到 before a rate', 1, '达到100%'],
  ['Chinese numerals with a unit', 4, '三千五百人'],
  ['Chinese numerals for a count', 0, '十二所'],
  ['两台', 0, '两台'],
  ['1.2万人次', 4, '1.2万人次'],
  ['a range', 4, '3000-5000人'],
  ['per mille', 1, '≤3‰'],
  ['a date with year, month and day', 2, '2025年10月31日前'],
  ['a month-end deadline', 2, '2025年10月底前'],
  ['a year-end deadline', 2, '2025年底前'],
  ['a deadline without year', 2, '10月31日前完成'],
  ['年底前', 2, '年底前'],
  ['an ISO date', 2, '2025-10-31'],
  ['a dotted date', 2, '2025.10.31'],
  ['a date in Chinese numerals', 2, '二〇二五年十月三十一日前'],
  ['a relative deadline in Chinese numerals', 2, '三个月内'],
  ['a recurring relative deadline', 2, '每学期开学后一个月内'],
  ['a quarter', 2, '2025年第三季度'],
  ['an event deadline', 2, '开学前'],
  ['a Date cell', 2, new Date(Date.UTC(2025, 9, 31))],
  ['a frequency', 5, '每季度'],
  ['a named standard in 《》', 1, '符合《建筑工程施工质量验收统一标准》'],
  ['a national grade', 1, '达到国家二级标准'],
  ['a named standard beside vague words', 1, '达到国家二级标准，安全性明显提升'],
  ['验收合格', 1, '验收合格'],
  ['一次性验收合格', 1, '一次性验收合格'],
  ['a zero-event target', 5, '无重大安全事故'],
  ['全覆盖', 4, '全覆盖'],
  ['a design document as the standard', 1, '符合设计要求'],
  ['relative to last year', 4, '不低于上年水平'],
  ['a binary outcome (a mechanism established)', 5, '健全'],
  ['a binary outcome (a document issued)', 5, '已出台'],
  ['a quantity in a sentence', 0, '维修改造三所学校'],
  ['a bare number (value-format’s business, not this rule’s)', 4, 3500],
];

const valid: ValidCase[] = [
  { name: 'a yes/no answering a 是否 indicator', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '是否通过竣工验收', '是']] }) },
  { name: 'a percentage of a named rate', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '隐患整改率', '≥95%']] }) },
  { name: 'a percentage of a payout', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '补贴按时足额发放', '100%']] }) },
  { name: 'a grade of a named scale', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '工程质量等级', '优良']] }) },
  { name: '优良 for air quality is the statutory AQI grade', sheet: goalForm({ rows: [...GOOD_ROWS, ['效益指标', '生态效益指标', '服务周期内空气质量', '优良']] }) },
  { name: 'everyone of a named whole is 100%', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '数量指标', '宣传教育', '覆盖全区所有人员']] }) },
  { name: 'a complete, good form', sheet: goalForm({ rows: GOOD_ROWS }) },
  // Effect verbs make the goal's effect clause; a goal of them lacks its output (goal/overall-goal-incomplete says so).
  { name: 'a goal of effect verbs only is left to overall-goal-incomplete', sheet: goalForm({ rows: GOOD_ROWS, goal: '改善办学条件，提升教育质量' }) },
  { name: 'a complete, good split-column form', sheet: splitForm(GOOD_SPLIT_ROWS) },
  ...measurable.map(([name, i, value]) => ({ name: `${name}: ${String(value instanceof Date ? value.toISOString() : value)}`, sheet: goalForm({ rows: withValue(i, value) }) })),
  { name: 'a split-column value with its direction in its own column', sheet: splitForm([['产出指标', '质量指标', '水质达标率', '正向', 95, '%'], ...GOOD_SPLIT_ROWS.slice(2)]) },
  { name: 'a qualitative value marked 定性 with a standard', sheet: splitForm([...GOOD_SPLIT_ROWS, ['产出指标', '质量指标', '出厂水质', '定性', '符合《生活饮用水卫生标准》', null]]) },
  { name: 'blank, placeholder and error values are the placeholder rule’s', sheet: goalForm({ rows: [...withValue(0, 'XX套').slice(0, 6), ['满意度指标', '服务对象满意度指标', '师生满意度', { error: '#DIV/0!' }], ['产出指标', '数量指标', '维修学校数', null]] }) },
  { name: 'the work itself is the work-as-goal rule’s', sheet: goalForm({ rows: withValue(2, '按计划完成') }) },
  { name: 'a goal stating figures in words', sheet: goalForm({ rows: GOOD_ROWS, goal: '为改善办学条件，维修改造三所学校校舍，消除安全隐患' }) },
  { name: 'a goal with digits and vague words', sheet: goalForm({ rows: GOOD_ROWS, goal: '完成3所学校维修改造，办学条件明显改善' }) },
  { name: 'a long goal is judged by overall-goal-incomplete, not here', sheet: goalForm({ rows: GOOD_ROWS, goal: '为进一步改善全县城区学校的办学条件，切实保障广大师生的生命安全，按照县委县政府的统一部署，对城区各学校存在安全隐患的老旧校舍开展全面的维修改造，确保校舍安全，逐步提升学校的教育教学水平和群众满意度。' }) },
  {
    name: 'a word the policy removed from the vague list',
    sheet: goalForm({ rows: withValue(2, '及时') }),
    policy: { goal: { vocabulary: { vagueWords: { remove: ['及时'] }, standardMarkers: { add: ['及时'] } } } },
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a percentage of nothing countable, on the indicator (甘孜 2024)',
    sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '食安委成员单位食品安全工作齐抓共管', '100%']] }),
    errors: [{ cell: 'C17', messageId: 'percentOfNothing', message: '配「100%」' }],
  },
  {
    name: 'a slogan with a lower bound (井研 2023)',
    sheet: goalForm({ rows: [...GOOD_ROWS, ['效益指标', '社会效益指标', '维护社会稳定', '≥95%']] }),
    errors: [{ cell: 'C17', messageId: 'percentOfNothing', message: '配「≥95%」' }],
  },
  { name: '是 answering no question (临海 2024)', sheet: goalForm({ rows: [...GOOD_ROWS, ['效益指标', '生态效益指标', '生态效益指标', '是']] }), errors: [{ cell: 'D17', messageId: 'default', message: '「是」' }] },
  { name: 'a bare grade word with no scale (广元昭化 2021)', sheet: goalForm({ rows: [...GOOD_ROWS, ['效益指标', '可持续影响指标', '项目实施情况', '良好']] }), errors: [{ cell: 'D17', messageId: 'default', message: '「良好」' }] },
  { name: '明显提升', sheet: goalForm({ rows: withValue(4, '明显提升') }), errors: [{ cell: 'D14', messageId: 'default', message: '「明显提升」' }] },
  { name: '有所增强', sheet: goalForm({ rows: withValue(5, '有所增强') }), errors: [{ cell: 'D15', messageId: 'default', message: '指标值「有所增强」无法衡量' }] },
  { name: '及时', sheet: goalForm({ rows: withValue(2, '及时') }), errors: [{ cell: 'D12', messageId: 'default', message: '「及时」' }] },
  { name: '较高', sheet: goalForm({ rows: withValue(1, '较高') }), errors: [{ cell: 'D11', messageId: 'default', message: '「较高」' }] },
  { name: '有效保障', sheet: goalForm({ rows: withValue(5, '有效保障') }), errors: [{ cell: 'D15', messageId: 'default', message: '「有效保障」' }] },
  { name: '效果明显', sheet: goalForm({ rows: withValue(4, '效果明显') }), errors: [{ cell: 'D14', messageId: 'default', message: '「效果明显」' }] },
  { name: '逐步提高', sheet: goalForm({ rows: withValue(4, '逐步提高') }), errors: [{ cell: 'D14', messageId: 'default', message: '「逐步提高」' }] },
  { name: 'the deck’s 增强救援能力', sheet: goalForm({ rows: withValue(4, '增强救援能力') }), errors: [{ cell: 'D14', messageId: 'default', message: '「增强」' }] },
  { name: 'a vague value beside a reference year', sheet: goalForm({ rows: withValue(4, '较2024年明显提升') }), errors: [{ cell: 'D14', messageId: 'default', message: '「明显提升」' }] },
  { name: 'a comparative with nothing to compare against', sheet: goalForm({ rows: withValue(5, '管理更加规范') }), errors: [{ cell: 'D15', messageId: 'default', message: '「更加」' }] },
  { name: 'a vague value with a Chinese numeral', sheet: goalForm({ rows: withValue(4, '有效提升一个档次') }), errors: [{ cell: 'D14', messageId: 'default', message: '「有效提升」' }] },
  { name: 'full-width vague text', sheet: goalForm({ rows: withValue(4, '明显提升　') }), errors: [{ cell: 'D14', messageId: 'default' }] },
  { name: 'text with no number, deadline or standard', sheet: goalForm({ rows: withValue(5, '正常运行') }), errors: [{ cell: 'D15', messageId: 'noNumber', message: '指标值「正常运行」没有数字' }] },
  { name: '符合要求 without saying which', sheet: goalForm({ rows: withValue(1, '符合要求') }), errors: [{ cell: 'D11', messageId: 'noNumber' }] },
  {
    name: 'several vague values, reported in cell order',
    sheet: goalForm({ rows: withValue(4, '明显提升').map((r, k) => (k === 1 ? [r[0], r[1], r[2], '较高'] : r)) }),
    errors: [
      { cell: 'D11', messageId: 'default', message: '「较高」' },
      { cell: 'D14', messageId: 'default', message: '「明显提升」' },
    ],
  },
  {
    name: 'a vague value in a split-column form, on the 指标值 cell',
    sheet: splitForm([...GOOD_SPLIT_ROWS, ['效益指标', '社会效益指标', '群众饮水安全保障水平', '定性', '有效提升', null]]),
    errors: [{ cell: 'E13', messageId: 'default', message: '「有效提升」' }],
  },
  { name: 'a goal of vague comparatives only', sheet: goalForm({ rows: GOOD_ROWS, goal: '进一步改善办学条件，教育质量明显提升' }), errors: [{ cell: 'B8', messageId: 'goal', message: '「进一步改善」' }] },
  { name: 'a goal whose only digits are the year', sheet: goalForm({ rows: GOOD_ROWS, goal: '2025年进一步改善办学条件' }), errors: [{ cell: 'B8', messageId: 'goal', message: '「进一步改善」' }] },
  {
    name: 'a word the policy added to the vague list',
    sheet: goalForm({ rows: withValue(5, '稳定运行') }),
    policy: { goal: { vocabulary: { vagueWords: { add: ['稳定运行'] } } } },
    errors: [{ cell: 'D15', messageId: 'default', message: '「稳定运行」' }],
  },
];

runRuleTests(unquantified, { valid, invalid });
