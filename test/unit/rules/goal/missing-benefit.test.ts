import { missingBenefit } from '../../../../src/core/rules/goal/missing-benefit';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';

const OUTPUTS = GOOD_ROWS.filter((r) => r[0] === '产出指标');
const SATISFACTION = GOOD_ROWS.filter((r) => r[0] === '满意度指标');
const outputsOnly = [...OUTPUTS, ...SATISFACTION];

runRuleTests(missingBenefit, {
  valid: [
    { name: 'the complete good form', sheet: goalForm({ rows: GOOD_ROWS }) },
    { name: 'merged level labels', sheet: goalForm({ rows: GOOD_ROWS, mergeLevels: true }) },
    {
      name: 'any one kind of effect is enough (经济效益 only)',
      sheet: goalForm({ rows: [...OUTPUTS, ['效益指标', '经济效益指标', '带动农户增收', '≥500元/户'], ...SATISFACTION] }),
    },
    {
      name: '效果指标 as the 一级 name (an accepted alias)',
      sheet: goalForm({ rows: [...OUTPUTS, ['效果指标', '社会效益指标', '受益学生人数', '≥3500人'], ...SATISFACTION] }),
    },
    {
      name: 'numbered labels "二、效益指标" / "（一）社会效益指标"',
      sheet: goalForm({ rows: [...OUTPUTS, ['二、效益指标', '（一）社会效益指标', '受益学生人数', '≥3500人'], ...SATISFACTION] }),
    },
    {
      name: 'sloppy form: the 二级 name typed into the 一级 column ("社会效益指标")',
      sheet: goalForm({ rows: [...OUTPUTS, ['社会效益指标', null, '受益学生人数', '≥3500人'], ...SATISFACTION] }),
    },
    {
      name: 'sloppy form: an effect 二级 with its 一级 left blank',
      sheet: goalForm({ rows: [...OUTPUTS, [null, '可持续影响指标', '校舍安全使用年限', '≥20年'], ...SATISFACTION] }),
    },
    {
      name: 'an unlisted label that still says 效益 ("项目效益")',
      sheet: goalForm({ rows: [...OUTPUTS, ['项目效益', null, '受益学生人数', '≥3500人'], ...SATISFACTION] }),
    },
    {
      name: 'a table with no level columns: structure unknown, nothing reported',
      sheet: sheet('简表', [
        ['项目名称', '乡镇卫生院设备购置'],
        ['指标名称', '指标值'],
        ['购置DR设备数量', '=1台'],
        ['就诊患者满意度', '≥90%'],
      ]),
    },
    { name: 'a form with no indicator rows', sheet: goalForm({ rows: [] }) },
  ],
  invalid: [
    {
      name: 'outputs and satisfaction only (the deck’s bridge story): one finding on A9',
      sheet: goalForm({ rows: outputsOnly }),
      errors: [{ cell: 'A9', message: '项目「城区学校校舍维修改造项目」缺少效益指标' }],
    },
    {
      name: 'merged labels: still one finding',
      sheet: goalForm({ rows: outputsOnly, mergeLevels: true }),
      errors: [{ cell: 'A9' }],
    },
    {
      name: 'satisfaction filed under 效益指标 (2015 form) is not an effect',
      sheet: goalForm({ rows: [...OUTPUTS, ['效益指标', '服务对象满意度指标', '师生满意度', '≥90%']] }),
      errors: [{ cell: 'A9' }],
    },
    {
      name: 'a …满意度 indicator filed under 社会效益 is not an effect either',
      sheet: goalForm({ rows: [...OUTPUTS, ['效益指标', '社会效益指标', '群众满意度', '≥90%']] }),
      errors: [{ cell: 'A9' }],
    },
    {
      name: 'a 效益指标 label over an empty spare row does not count',
      sheet: goalForm({ rows: [...OUTPUTS, ['效益指标', '社会效益指标', null, null], ...SATISFACTION] }),
      errors: [{ cell: 'A9' }],
    },
    {
      name: 'department summary: each project judged on its own rows, reported on its name cell',
      sheet: sheet(
        '汇总',
        [
          ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
          ['高标准农田建设', '产出指标', '数量指标', '建成高标准农田面积', '≥10000亩'],
          [null, '效益指标', '经济效益指标', '亩均增产粮食', '≥50公斤'],
          ['动物疫病防控', '产出指标', '数量指标', '畜禽免疫数量', '≥50万头'],
          [null, '满意度指标', '服务对象满意度指标', '养殖户满意度', '≥90%'],
          ['农村人居环境整治', '产出指标', '数量指标', '整治村数', '≥20个'],
          [null, '效益指标', '生态效益指标', '农村生活垃圾无害化处理率', '≥95%'],
        ],
        ['A2:A3', 'A4:A5', 'A6:A7'],
      ),
      errors: [{ cell: 'A4', message: '动物疫病防控' }],
    },
  ],
});
