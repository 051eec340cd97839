import { missingSatisfaction } from '../../../../src/core/rules/goal/missing-satisfaction';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';

const withoutSatisfaction = GOOD_ROWS.filter((r) => r[0] !== '满意度指标');

/** A department summary table: project A has a satisfaction indicator, project B does not. */
const summary = sheet(
  '汇总',
  [
    ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
    ['高标准农田建设', '产出指标', '数量指标', '建成高标准农田面积', '≥10000亩'],
    [null, '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%'],
    ['动物疫病防控', '产出指标', '数量指标', '畜禽免疫数量', '≥50万头'],
    [null, '效益指标', '社会效益指标', '重大动物疫情发生数', '=0起'],
  ],
  ['A2:A3', 'A4:A5'],
);

runRuleTests(missingSatisfaction, {
  valid: [
    { name: 'the complete good form', sheet: goalForm({ rows: GOOD_ROWS }) },
    { name: 'merged level labels, as real templates', sheet: goalForm({ rows: GOOD_ROWS, mergeLevels: true }) },
    {
      name: 'numbered 一级 label "三、满意度指标"',
      sheet: goalForm({ rows: [...withoutSatisfaction, ['三、满意度指标', '服务对象满意度指标', '师生满意度', '≥90%']] }),
    },
    {
      name: 'satisfaction filed under 效益指标 as on the 2015 national form',
      sheet: goalForm({ rows: [...withoutSatisfaction, ['效益指标', '社会公众或服务对象满意度指标', '受益群众满意度', '≥90%']] }),
    },
    {
      name: 'sloppy form: a …满意度 indicator under the wrong 一级 still counts',
      sheet: goalForm({ rows: [...withoutSatisfaction, ['效益指标', '社会效益指标', '家长满意率', '≥90%']] }),
    },
    {
      name: 'sloppy form: level labels left blank, the name says 满意度',
      sheet: goalForm({ rows: [...withoutSatisfaction, [null, null, '学生及家长满意度', '≥90%']] }),
    },
    {
      name: 'sloppy form: 满意度 written only in the 二级 column',
      sheet: goalForm({ rows: [...withoutSatisfaction, [null, '服务对象满意度', '受益群众评价', '≥90%']] }),
    },
    {
      name: 'sloppy form: a 好评率 survey under 社会效益 is a satisfaction survey by another name',
      sheet: goalForm({ rows: [...withoutSatisfaction, ['效益指标', '社会效益指标', '群众好评率', '≥90%']] }),
    },
    {
      name: 'a satisfaction row whose value is still template text (placeholder reports that, not this rule)',
      sheet: goalForm({ rows: [...withoutSatisfaction, ['满意度指标', '服务对象满意度指标', '师生满意度', '≥**%']] }),
    },
    {
      name: 'a form with no indicator rows at all (nothing to judge yet)',
      sheet: goalForm({ rows: [] }),
    },
    {
      name: 'a table without level columns (指标名称 / 指标值 only) that has a 满意度 row',
      sheet: sheet('简表', [
        ['项目名称', '乡镇卫生院设备购置'],
        ['指标名称', '指标值'],
        ['购置DR设备数量', '=1台'],
        ['就诊患者满意度', '≥90%'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'no satisfaction indicator: reported once, on the table header (A9), naming the project',
      sheet: goalForm({ rows: withoutSatisfaction }),
      errors: [{ cell: 'A9', message: '项目「城区学校校舍维修改造项目」缺少满意度指标' }],
    },
    {
      name: 'merged labels: still one finding',
      sheet: goalForm({ rows: withoutSatisfaction, mergeLevels: true }),
      errors: [{ cell: 'A9' }],
    },
    {
      name: 'a 满意度指标 label with an empty row under it is a spare template row, not an indicator',
      sheet: goalForm({ rows: [...withoutSatisfaction, ['满意度指标', '服务对象满意度指标', null, null]] }),
      errors: [{ cell: 'A9' }],
    },
    {
      name: 'department summary: only the project without one, on its project-name cell',
      sheet: summary,
      errors: [{ cell: 'A4', message: '动物疫病防控' }],
    },
    {
      name: 'a project without a name is called （未命名）',
      sheet: sheet('无名', [
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '购置设备数量', '=1台'],
      ]),
      errors: [{ cell: 'A1', message: '（未命名）' }],
    },
  ],
});
