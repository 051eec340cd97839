import type { CellValue } from '../../../../src/core/grid/types';
import { placeholder } from '../../../../src/core/rules/goal/placeholder';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests, type InvalidCase, type ValidCase } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';
import { GOOD_SPLIT_ROWS, splitForm } from './split-form';

const withValue = (i: number, value: CellValue) => GOOD_ROWS.map((r, k) => (k === i ? [r[0], r[1], r[2], value] : r));
const withName = (i: number, name: CellValue) => GOOD_ROWS.map((r, k) => (k === i ? [r[0], r[1], name, r[3]] : r));

const valid: ValidCase[] = [
  { name: 'a complete, good form', sheet: goalForm({ rows: GOOD_ROWS }) },
  { name: 'a complete, good split-column form (blank unit beside a deadline is fine)', sheet: splitForm(GOOD_SPLIT_ROWS) },
  { name: 'a single X in a name (X光机) is not template text', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '数量指标', '购置X光机数量', '=1台']] }) },
  { name: 'a single × in a size is not template text', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '展板规格', '=1.2×2.4米']] }) },
  { name: 'a dimension in a name (2×2)', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '数量指标', '购置2×2米展台', '≥3个']] }) },
  { name: 'a zero target', sheet: goalForm({ rows: [...GOOD_ROWS, ['效益指标', '社会效益指标', '安全事故发生数', '0起']] }) },
  { name: 'a Date value', sheet: goalForm({ rows: withValue(2, new Date(Date.UTC(2025, 9, 31))) }) },
  { name: 'a boolean value', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '质量指标', '是否通过验收', true]] }) },
  { name: 'vague values are the unquantified rule’s', sheet: goalForm({ rows: withValue(4, '明显提升') }) },
  { name: 'a goal and project name without template text', sheet: goalForm({ rows: GOOD_ROWS, project: '2025年城区学校校舍维修改造项目' }) },
  { name: 'a spare template row left blank is not an indicator', sheet: goalForm({ rows: [...GOOD_ROWS.slice(0, 3), [null, null, null, null], ...GOOD_ROWS.slice(3)] }) },
  {
    name: 'a placeholder the policy removed from the list',
    sheet: goalForm({ rows: withValue(2, '待定') }),
    policy: { goal: { vocabulary: { placeholders: { remove: ['待定'] } } } },
  },
];

const invalid: InvalidCase[] = [
  // Blank header-block fields: the layout hands the rule the empty cell beside the label.
  { name: 'an empty overall goal is reported on its cell', sheet: goalForm({ rows: GOOD_ROWS, goal: '' }), errors: [{ cell: 'B8', messageId: 'blankGoal' }] },
  { name: 'an empty project name is reported on its cell', sheet: goalForm({ rows: GOOD_ROWS, project: '' }), errors: [{ cell: 'B3', messageId: 'blankProject' }] },
  { name: 'XX in a value (the deck’s XX套)', sheet: goalForm({ rows: withValue(0, 'XX套') }), errors: [{ cell: 'D10', messageId: 'default', message: '指标值「XX套」是未替换的模板文字（XX）' }] },
  { name: 'lower-case and full-width xx', sheet: goalForm({ rows: withValue(0, 'ｘｘ套') }), errors: [{ cell: 'D10', messageId: 'default', message: '（xx）' }] },
  { name: '≥**%', sheet: goalForm({ rows: withValue(6, '≥**%') }), errors: [{ cell: 'D16', messageId: 'default', message: '（**）' }] },
  { name: 'full-width ＊＊人', sheet: goalForm({ rows: withValue(4, '≥＊＊人') }), errors: [{ cell: 'D14', messageId: 'default', message: '（**）' }] },
  { name: '××人', sheet: goalForm({ rows: withValue(4, '××人') }), errors: [{ cell: 'D14', messageId: 'default', message: '（××）' }] },
  { name: '待定', sheet: goalForm({ rows: withValue(3, '待定') }), errors: [{ cell: 'D13', messageId: 'default', message: '「待定」' }] },
  { name: '请填写', sheet: goalForm({ rows: withValue(3, '请填写') }), errors: [{ cell: 'D13', messageId: 'default' }] },
  { name: 'a blank value', sheet: goalForm({ rows: withValue(5, null) }), errors: [{ cell: 'D15', messageId: 'blankValue', message: '三级指标「校舍安全使用年限」没有填写指标值' }] },
  { name: 'a value of spaces only', sheet: goalForm({ rows: withValue(5, '　 ') }), errors: [{ cell: 'D15', messageId: 'blankValue' }] },
  { name: 'a value of "/" (not applicable) is a missing value', sheet: goalForm({ rows: withValue(5, '/') }), errors: [{ cell: 'D15', messageId: 'blankValue' }] },
  { name: 'a value of "——"', sheet: goalForm({ rows: withValue(5, '——') }), errors: [{ cell: 'D15', messageId: 'blankValue' }] },
  { name: 'a value without an indicator name', sheet: goalForm({ rows: withName(4, null) }), errors: [{ cell: 'C14', messageId: 'blankName', message: '指标值「≥3500人」所在行没有填写三级指标' }] },
  { name: 'an error value without an indicator name names the error', sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '数量指标', null, { error: '#N/A' }]] }), errors: [{ cell: 'C17', messageId: 'blankName', message: '指标值「#N/A」' }, { cell: 'D17', messageId: 'errorValue' }] },
  { name: 'XX in an indicator name (the deck’s 购置XX装备器材)', sheet: goalForm({ rows: withName(0, '购置XX装备器材') }), errors: [{ cell: 'C10', messageId: 'nameTemplate', message: '三级指标「购置XX装备器材」含未替换的模板文字（XX）' }] },
  { name: '#DIV/0! as an error value', sheet: goalForm({ rows: withValue(1, { error: '#DIV/0!' }) }), errors: [{ cell: 'D11', messageId: 'errorValue', message: '错误值 #DIV/0!' }] },
  { name: '#DIV/0! as text', sheet: goalForm({ rows: withValue(1, '#DIV/0!') }), errors: [{ cell: 'D11', messageId: 'errorValue', message: '#DIV/0!' }] },
  { name: 'template text in the overall goal', sheet: goalForm({ rows: GOOD_ROWS, goal: '为解决XX问题，在XX路修建一栋教学楼，建成后可增加学位XX个' }), errors: [{ cell: 'B8', messageId: 'goalTemplate', message: '（XX）' }] },
  { name: 'the deck’s example goal with XX%', sheet: goalForm({ rows: GOOD_ROWS, goal: '确保我县义务教育普及率达到XX%' }), errors: [{ cell: 'B8', messageId: 'goalTemplate' }] },
  { name: 'template text in the project name', sheet: goalForm({ rows: GOOD_ROWS, project: 'XX项目' }), errors: [{ cell: 'B3', messageId: 'projectTemplate', message: '项目名称「XX项目」是模板文字' }] },
  {
    name: 'a split-column form: blank 指标值 with the comparator and unit filled',
    sheet: splitForm([...GOOD_SPLIT_ROWS, ['产出指标', '数量指标', '新建水厂数', '≥', null, '座']]),
    errors: [{ cell: 'E13', messageId: 'blankValue', message: '「新建水厂数」' }],
  },
  {
    name: 'a split-column form: placeholder in the 指标值 column',
    sheet: splitForm([...GOOD_SPLIT_ROWS, ['产出指标', '数量指标', '新建水厂数', '≥', 'XX', '座']]),
    errors: [{ cell: 'E13', messageId: 'default' }],
  },
  {
    name: 'a value merged over two rows is reported once, at the merge’s top cell',
    sheet: sheet(
      '合并',
      [
        ['项目名称', '示范项目'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '购置设备数量', '待定'],
        ['产出指标', '数量指标', '购置车辆数量', null],
      ],
      ['D3:D4'],
    ),
    errors: [{ cell: 'D3', messageId: 'default' }],
  },
  {
    name: 'several problems, reported in cell order',
    sheet: goalForm({ rows: withValue(0, 'XX套').map((r, k) => (k === 2 ? [r[0], r[1], r[2], null] : k === 1 ? [r[0], r[1], '**检测合格率', r[3]] : r)), project: '请填写项目名称' }),
    errors: [
      { cell: 'B3', messageId: 'projectTemplate' },
      { cell: 'D10', messageId: 'default' },
      { cell: 'C11', messageId: 'nameTemplate' },
      { cell: 'D12', messageId: 'blankValue' },
    ],
  },
  {
    name: 'a placeholder the policy added',
    sheet: goalForm({ rows: withValue(0, '□□台') }),
    policy: { goal: { vocabulary: { placeholders: { add: ['□□'] } } } },
    errors: [{ cell: 'D10', messageId: 'default', message: '（□□）' }],
  },
];

runRuleTests(placeholder, { valid, invalid });

