import { missingOutputDimension } from '../../../../src/core/rules/goal/missing-output-dimension';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';

const without = (...dims: string[]) => GOOD_ROWS.filter((r) => !dims.includes(String(r[1])));
const EFFECTS = GOOD_ROWS.filter((r) => r[0] !== '产出指标');

runRuleTests(missingOutputDimension, {
  valid: [
    { name: 'the complete good form', sheet: goalForm({ rows: GOOD_ROWS }) },
    { name: 'merged level labels', sheet: goalForm({ rows: GOOD_ROWS, mergeLevels: true }) },
    {
      name: '成本指标 as a 一级 of its own, with 经济成本指标 under it',
      sheet: goalForm({ rows: [...without('成本指标'), ['成本指标', '经济成本指标', '每平方米维修成本', '≤238元']] }),
    },
    {
      name: '成本指标 as a 一级 with its 二级 left blank',
      sheet: goalForm({ rows: [...without('成本指标'), ['成本指标', null, '项目总成本', '≤100万元']] }),
    },
    {
      name: 'short and numbered 二级 labels: "（一）数量" "2.质量指标" "进度指标" "成本"',
      sheet: goalForm({
        rows: [
          ['一、产出指标', '（一）数量', '维修改造校舍面积', '≥4200平方米'],
          ['一、产出指标', '2.质量指标', '工程验收合格率', '100%'],
          ['一、产出指标', '进度指标', '完工时间', '2025年10月31日前'],
          ['一、产出指标', '成本', '每平方米维修成本', '≤238元'],
          ...EFFECTS,
        ],
        mergeLevels: true,
      }),
    },
    {
      name: 'a dimension filed under the wrong 一级 still counts (goal/hierarchy reports the misfiling)',
      sheet: goalForm({ rows: [...without('时效指标'), ['效益指标', '时效指标', '完工时间', '2025年10月31日前']] }),
    },
    {
      name: 'sloppy form: 二级 left blank, dimensions read from the indicators and their targets',
      sheet: goalForm({
        rows: [
          ['产出指标', null, '维修改造校舍面积', '≥4200平方米'],
          [null, null, '工程验收合格率', '100%'],
          [null, null, '完工时间', '2025年10月31日前'],
          [null, null, '项目总投入', '≤100万元'],
          ...EFFECTS,
        ],
      }),
    },
    {
      name: 'a form with 一级 but no 二级 column',
      sheet: sheet('无二级', [
        ['项目名称', '乡镇卫生院DR设备购置'],
        ['一级指标', '三级指标', '指标值'],
        ['产出指标', '购置DR设备数量', '=1台'],
        ['产出指标', '设备验收合格率', '100%'],
        ['产出指标', '设备安装调试完成时间', '2025年9月30日前'],
        ['产出指标', '设备购置单价', '≤120万元'],
        ['效益指标', '年检查人次', '≥6000人次'],
        ['满意度指标', '就诊患者满意度', '≥90%'],
      ]),
    },
    {
      name: 'split value columns (指标性质 · 指标值 · 度量单位): a blank-二级 row read from its split target (≤ 5 万元/公里 is a cost)',
      sheet: sheet(
        '分列表',
        [
          ['项目名称', '农村饮水安全巩固提升工程', null, null, null, null],
          ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
          ['产出指标', null, '管网改造', '≤', 5, '万元/公里'],
          [null, '数量指标', '新建改造管网长度', '≥', 85, '公里'],
          [null, '质量指标', '水质达标率', '≥', 95, '%'],
          [null, '时效指标', '工程完工时间', '≤', '2025年10月31日', null],
          ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥', 90, '%'],
        ],
        ['A3:A6'],
      ),
    },
    {
      name: 'a table without any level column: nothing to judge',
      sheet: sheet('简表', [
        ['指标名称', '指标值'],
        ['购置DR设备数量', '=1台'],
      ]),
    },
    { name: 'a form with no indicator rows', sheet: goalForm({ rows: [] }) },
  ],
  invalid: [
    {
      name: 'no cost indicator: one finding on A9 naming 成本指标',
      sheet: goalForm({ rows: without('成本指标') }),
      errors: [{ cell: 'A9', message: '产出指标缺少成本指标' }],
    },
    {
      name: 'one finding per missing dimension, in the order 数量, 质量, 时效, 成本',
      sheet: goalForm({ rows: without('质量指标', '成本指标'), mergeLevels: true }),
      errors: [
        { cell: 'A9', message: '缺少质量指标' },
        { cell: 'A9', message: '缺少成本指标' },
      ],
    },
    {
      name: 'no 产出 at all: four findings',
      sheet: goalForm({ rows: EFFECTS }),
      errors: [
        { cell: 'A9', message: '数量指标' },
        { cell: 'A9', message: '质量指标' },
        { cell: 'A9', message: '时效指标' },
        { cell: 'A9', message: '成本指标' },
      ],
    },
    {
      name: 'a 成本指标 label over an empty spare row covers nothing',
      sheet: goalForm({ rows: [...without('成本指标'), ['产出指标', '成本指标', null, null]] }),
      errors: [{ cell: 'A9', message: '成本指标' }],
    },
    {
      name: 'an effect filed under 效益 is not read as an output dimension (受益人数 under 社会效益)',
      sheet: goalForm({ rows: [...without('数量指标')] }),
      errors: [{ cell: 'A9', message: '数量指标' }],
    },
    {
      name: 'sloppy form: an unreadable blank-二级 row covers nothing',
      sheet: goalForm({ rows: [...without('质量指标'), ['产出指标', null, '项目实施情况', '按计划实施']] }),
      errors: [{ cell: 'A9', message: '质量指标' }],
    },
    {
      name: 'department summary: per project, on its name cell',
      sheet: sheet(
        '汇总',
        [
          ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
          ['高标准农田建设', '产出指标', '数量指标', '建成高标准农田面积', '≥10000亩'],
          [null, '产出指标', '质量指标', '工程验收合格率', '100%'],
          [null, '产出指标', '时效指标', '完工时间', '2025年11月30日前'],
          [null, '产出指标', '成本指标', '亩均建设成本', '≤3000元'],
          ['动物疫病防控', '产出指标', '数量指标', '畜禽免疫数量', '≥50万头'],
          [null, '产出指标', '质量指标', '免疫抗体合格率', '≥70%'],
          [null, '产出指标', '时效指标', '春秋两季集中免疫完成时间', '2025年11月30日前'],
        ],
        ['A2:A5', 'A6:A8'],
      ),
      errors: [{ cell: 'A6', message: '成本指标' }],
    },
  ],
});
