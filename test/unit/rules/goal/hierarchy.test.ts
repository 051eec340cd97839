import { hierarchy } from '../../../../src/core/rules/goal/hierarchy';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';

const HEAD = GOOD_ROWS.slice(0, 4); // the four 产出 rows
const TAIL = GOOD_ROWS.slice(4); // 效益 and 满意度 rows

runRuleTests(hierarchy, {
  valid: [
    { name: 'the complete good form', sheet: goalForm({ rows: GOOD_ROWS }) },
    { name: 'merged level labels', sheet: goalForm({ rows: GOOD_ROWS, mergeLevels: true }) },
    {
      name: 'numbered and annotated labels: "一、产出指标" "（一）数量指标" "2.质量指标" "效益指标（30分）"',
      sheet: goalForm({
        rows: [
          ['一、产出指标', '（一）数量指标', '维修改造校舍面积', '≥4200平方米'],
          ['一、产出指标', '2.质量指标', '工程验收合格率', '100%'],
          ['二、效益指标（30分）', '1、社会效益指标', '受益学生人数', '≥3500人'],
          ['三、满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'],
        ],
        mergeLevels: true,
      }),
    },
    {
      name: 'spaces and full-width characters in labels ("产出 指标", "满意度指标（10分）")',
      sheet: goalForm({ rows: [['产出 指标', '数量 指标', '维修面积', '≥4200平方米'], ['满意度指标（10分）', '服务对象满意度指标', '师生满意度', '≥90%']] }),
    },
    {
      name: '成本指标 as a 一级 with 经济/社会/生态环境成本指标 (财预〔2021〕101号)',
      sheet: goalForm({
        rows: [
          ...HEAD.slice(0, 3),
          ['成本指标', '经济成本指标', '每平方米维修成本', '≤238元'],
          ['成本指标', '社会成本指标', '施工期间停课天数', '=0天'],
          ['成本指标', '生态环境成本指标', '建筑垃圾未处置量', '=0吨'],
          ...TAIL,
        ],
        mergeLevels: true,
      }),
    },
    {
      name: '成本指标 as a 二级 under 产出 (older forms) and 成本指标 under 成本指标',
      sheet: goalForm({ rows: [...HEAD, ['成本指标', '成本指标', '项目总成本', '≤100万元'], ...TAIL] }),
    },
    {
      name: 'satisfaction as a 二级 under 效益指标 (2015 national form)',
      sheet: goalForm({ rows: [...HEAD, ['效益指标', '社会公众或服务对象满意度指标', '师生满意度', '≥90%']] }),
    },
    {
      name: 'short and variant 二级 names: 数量, 时效, 进度指标, 社会效益, 受益对象满意度',
      sheet: goalForm({
        rows: [
          ['产出指标', '数量', '维修面积', '≥4200平方米'],
          ['产出指标', '进度指标', '完工时间', '2025年10月31日前'],
          ['效益指标', '社会效益', '受益学生人数', '≥3500人'],
          ['满意度指标', '受益对象满意度', '师生满意度', '≥90%'],
        ],
      }),
    },
    {
      name: 'a form without a 一级 column: 二级 names alone are fine',
      sheet: sheet('无一级', [
        ['二级指标', '三级指标', '指标值'],
        ['数量指标', '购置DR设备数量', '=1台'],
        ['服务对象满意度指标', '就诊患者满意度', '≥90%'],
      ]),
    },
    {
      name: 'a 一级 label merged across the 一级 and 二级 columns is one label, not a 二级 (layout)',
      sheet: sheet(
        '横向合并',
        [
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', null, '维修面积', '≥4200平方米'],
          ['满意度指标', null, '师生满意度', '≥90%'],
        ],
        ['A2:B2', 'A3:B3'],
      ),
    },
    {
      name: 'the national two-row header with split values and merged labels',
      sheet: sheet(
        '国家表',
        [
          ['一级指标', '二级指标', '三级指标', '指标值', null, null, '中期指标值'],
          [null, null, null, '指标性质', '年度指标值', '度量单位', null],
          ['产出指标', '数量指标', '新建管网长度', '≥', 85, '公里', 300],
          [null, '质量指标', '水质达标率', '≥', 95, '%', 95],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%', 90],
        ],
        ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2', 'A3:A4'],
      ),
    },
    {
      name: 'a table with no level columns at all',
      sheet: sheet('简表', [
        ['指标名称', '指标值'],
        ['购置DR设备数量', '=1台'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a 二级 under the wrong 一级: on the 二级 cell, naming the right parent',
      sheet: goalForm({ rows: [...HEAD, ['产出指标', '社会效益指标', '受益学生人数', '≥3500人'], ...TAIL.slice(1)] }),
      errors: [{ cell: 'B14', messageId: 'default', message: '二级指标「社会效益指标」不应放在一级指标「产出指标」下' }],
    },
    {
      name: 'merged labels: a misfiled 二级 merged over three rows is reported once, on its top cell',
      sheet: goalForm({
        rows: [
          ['效益指标', '数量指标', '受益学生人数', '≥3500人'],
          ['效益指标', '数量指标', '受益教师人数', '≥200人'],
          ['效益指标', '数量指标', '受益家庭户数', '≥3000户'],
          ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'],
        ],
        mergeLevels: true,
      }),
      errors: [{ cell: 'B10', message: '不应放在一级指标「效益指标」下' }],
    },
    {
      name: 'a numbered 一级 quoted as written: "二、满意度指标" with 社会效益指标',
      sheet: goalForm({ rows: [...HEAD, ['二、满意度指标', '社会效益指标', '受益学生人数', '≥3500人']] }),
      errors: [{ cell: 'B14', message: '一级指标「二、满意度指标」' }],
    },
    {
      name: 'under 成本指标 as a 一级, a 数量指标 is misfiled',
      sheet: goalForm({ rows: [['成本指标', '数量指标', '维修面积', '≥4200平方米'], ...TAIL] }),
      errors: [{ cell: 'B10', message: '一级指标「成本指标」' }],
    },
    {
      name: 'satisfaction under 产出',
      sheet: goalForm({ rows: [...HEAD, ['产出指标', '服务对象满意度指标', '师生满意度', '≥90%']] }),
      errors: [{ cell: 'B14' }],
    },
    {
      name: 'an unknown 一级 merged over three rows: one finding on its top cell',
      sheet: goalForm({ rows: [['产出类', '数量指标', '维修面积', '≥4200平方米'], ['产出类', '质量指标', '合格率', '100%'], ['产出类', '时效指标', '完工时间', '2025年10月31日前'], ...TAIL], mergeLevels: true }),
      errors: [{ cell: 'A10', messageId: 'unknownLevel1', message: '一级指标「产出类」不是规定的指标类别' }],
    },
    {
      name: 'an unknown 一级 inherited by blank cells below is still one label cell',
      sheet: goalForm({ rows: [['项目产出', '数量指标', '维修面积', '≥4200平方米'], [null, '质量指标', '合格率', '100%'], ...TAIL] }),
      errors: [{ cell: 'A10', messageId: 'unknownLevel1' }],
    },
    {
      name: 'the same unknown 一级 typed on every row: one finding per label cell',
      sheet: goalForm({ rows: [['项目产出', '数量指标', '维修面积', '≥4200平方米'], ['项目产出', '质量指标', '合格率', '100%'], ...TAIL] }),
      errors: [
        { cell: 'A10', messageId: 'unknownLevel1' },
        { cell: 'A11', messageId: 'unknownLevel1' },
      ],
    },
    {
      name: 'an unknown 二级: the indicator typed in the 二级 column',
      sheet: goalForm({ rows: [['产出指标', '维修改造校舍面积', '维修改造校舍面积', '≥4200平方米'], ...TAIL] }),
      errors: [{ cell: 'B10', messageId: 'unknownLevel2', message: '二级指标「维修改造校舍面积」不是规定的指标类别' }],
    },
    {
      name: 'a 二级 name in the 一级 column (shifted columns) gets its own message',
      sheet: goalForm({ rows: [['数量指标', null, '维修面积', '≥4200平方米'], ...TAIL] }),
      errors: [{ cell: 'A10', messageId: 'level2AsLevel1', message: '「数量指标」是二级指标' }],
    },
    {
      name: 'a 一级 name repeated in the 二级 column',
      sheet: goalForm({ rows: [...HEAD, ['效益指标', '效益指标', '受益学生人数', '≥3500人'], ...TAIL.slice(2)] }),
      errors: [{ cell: 'B14', messageId: 'level1AsLevel2' }],
    },
    {
      name: 'an unknown 一级 is reported; its 二级 parent is not second-guessed',
      sheet: goalForm({ rows: [['产出类', '社会效益指标', '受益学生人数', '≥3500人'], ...TAIL] }),
      errors: [{ cell: 'A10', messageId: 'unknownLevel1' }],
    },
    {
      name: 'the national two-row header: a misfiled 二级 on its cell',
      sheet: sheet(
        '国家表',
        [
          ['一级指标', '二级指标', '三级指标', '指标值', null, null],
          [null, null, null, '指标性质', '年度指标值', '度量单位'],
          ['产出指标', '数量指标', '新建管网长度', '≥', 85, '公里'],
          [null, '生态效益指标', '水土流失治理面积', '≥', 2, '平方公里'],
        ],
        ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'A3:A4'],
      ),
      errors: [{ cell: 'B4', message: '二级指标「生态效益指标」不应放在一级指标「产出指标」下' }],
    },
    {
      name: 'department summary: labels checked per project, cells as on the sheet',
      sheet: sheet(
        '汇总',
        [
          ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
          ['高标准农田建设', '产出指标', '数量指标', '建成高标准农田面积', '≥10000亩'],
          [null, '产出指标', '经济效益指标', '亩均增产粮食', '≥50公斤'],
          ['动物疫病防控', '产出指标', '数量指标', '畜禽免疫数量', '≥50万头'],
          [null, '效益指标', '经济效益指标', '挽回经济损失', '≥100万元'],
        ],
        ['A2:A3', 'A4:A5'],
      ),
      errors: [{ cell: 'C3', message: '经济效益指标' }],
    },
  ],
});
