import type { SheetSnapshot } from '../../../../src/core/grid/types';
import { duplicateIndicator } from '../../../../src/core/rules/goal/duplicate-indicator';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';

/** Two forms stacked on one sheet (the second starts two rows below the first). */
function stacked(a: SheetSnapshot, b: SheetSnapshot): SheetSnapshot {
  const offset = a.values.length + 2;
  return {
    name: '两个项目',
    origin: { row: 0, col: 0 },
    values: [...a.values, [], [], ...b.values],
    merges: [...a.merges, ...b.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))],
  };
}

runRuleTests(duplicateIndicator, {
  valid: [
    { name: 'the complete good form', sheet: goalForm({ rows: GOOD_ROWS }) },
    {
      name: 'similar but different indicators (受益学生人数 / 受益教师人数)',
      sheet: goalForm({ rows: [...GOOD_ROWS, ['效益指标', '社会效益指标', '受益教师人数', '≥200人']] }),
    },
    {
      name: 'a decimal at the start is not list numbering ("3.5吨…" / "4.5吨…")',
      sheet: goalForm({ rows: [['产出指标', '数量指标', '3.5吨洒水车购置数量', '=2辆'], ['产出指标', '数量指标', '4.5吨洒水车购置数量', '=1辆']] }),
    },
    {
      name: 'blank names are goal/placeholder’s, not repeats of each other',
      sheet: goalForm({ rows: [['产出指标', '数量指标', null, '≥3所'], ['产出指标', '质量指标', null, '100%'], ...GOOD_ROWS] }),
    },
    {
      name: 'one name cell merged down over two value rows is one indicator',
      sheet: sheet(
        '合并名称',
        [
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '维修改造校舍', '≥4200平方米'],
          ['产出指标', '数量指标', null, '≥3所'],
        ],
        ['C2:C3'],
      ),
    },
    {
      name: 'department summary: the same indicator in two projects is not a repeat',
      sheet: sheet(
        '汇总',
        [
          ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
          ['高标准农田建设', '产出指标', '时效指标', '完工时间', '2025年11月30日前'],
          [null, '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%'],
          ['农田水利设施维修', '产出指标', '时效指标', '完工时间', '2025年10月31日前'],
          [null, '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%'],
        ],
        ['A2:A3', 'A4:A5'],
      ),
    },
    {
      name: 'two forms stacked on one sheet with the same indicators',
      sheet: stacked(goalForm({ rows: GOOD_ROWS, project: '项目甲' }), goalForm({ rows: GOOD_ROWS, project: '项目乙' })),
    },
  ],
  invalid: [
    {
      name: 'an exact repeat: reported on the repeat (C17), naming the first row',
      sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '时效指标', '完工时间', '2025年11月30日前']] }),
      errors: [{ cell: 'C17', message: '三级指标「完工时间」与第 12 行重复' }],
    },
    {
      name: 'a repeat differing only in spaces, punctuation and full-width forms',
      sheet: goalForm({ rows: [...GOOD_ROWS, ['产出指标', '时效指标', '完工 时间。', '2025年11月30日前'], ['效益指标', '社会效益指标', '受益学生人数（人）', '≥3500人']] }),
      errors: [
        { cell: 'C17', message: '第 12 行' },
        { cell: 'C18', message: '第 14 行' },
      ],
    },
    {
      name: 'a repeat differing only in list numbering ("1.维修面积" / "（2）维修面积")',
      sheet: goalForm({ rows: [['产出指标', '数量指标', '1.维修面积', '≥4200平方米'], ['产出指标', '数量指标', '（2）维修面积', '≥4200平方米'], ...GOOD_ROWS.slice(1)] }),
      errors: [{ cell: 'C11', message: '第 10 行' }],
    },
    {
      name: 'a repeat under another level is still a repeat (受益人数 as output and as effect)',
      sheet: goalForm({ rows: [['产出指标', '数量指标', '受益学生人数', '≥3500人'], ...GOOD_ROWS] }),
      errors: [{ cell: 'C15', message: '第 10 行' }],
    },
    {
      name: 'three times: the second and third are reported, both against the first',
      sheet: goalForm({ rows: [...GOOD_ROWS, ['满意度指标', '服务对象满意度指标', '师生满意度', '≥95%'], ['满意度指标', '服务对象满意度指标', '师生满意度', '≥85%']], mergeLevels: true }),
      errors: [
        { cell: 'C17', message: '第 16 行' },
        { cell: 'C18', message: '第 16 行' },
      ],
    },
    {
      name: 'letters compared without case ("DR设备数量" / "dr设备数量")',
      sheet: goalForm({ rows: [['产出指标', '数量指标', 'DR设备数量', '=1台'], ['产出指标', '数量指标', 'dr设备数量', '=1台']] }),
      errors: [{ cell: 'C11' }],
    },
    {
      name: 'department summary: a repeat within one project only',
      sheet: sheet(
        '汇总',
        [
          ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
          ['高标准农田建设', '产出指标', '数量指标', '建成面积', '≥10000亩'],
          [null, '产出指标', '数量指标', '建成面积', '≥10000亩'],
          ['农田水利设施维修', '产出指标', '数量指标', '建成面积', '≥500亩'],
        ],
        ['A2:A3'],
      ),
      errors: [{ cell: 'D3', message: '第 2 行' }],
    },
  ],
});
