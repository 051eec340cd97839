import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { sheet } from '../../helpers/sheet';

/** [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分?] */
export type SelfRow = [string, string, string, CellValue, CellValue, CellValue, CellValue?];

export interface SelfFormSpec {
  readonly rows: readonly SelfRow[];
  /** 年度资金总额: [年初预算数, 全年预算数, 全年执行数, 分值]. */
  readonly money?: readonly [CellValue, CellValue, CellValue, CellValue] | null;
  /** Leave out the 得分 columns (money block and indicator table). */
  readonly noScoreColumns?: boolean;
  readonly noTotalRow?: boolean;
  /** Put "自评等级" after 总分 on the 总分 row (its value cell is I of the total row). */
  readonly gradeLabel?: boolean;
  readonly protected?: boolean;
}

/**
 * The published 项目支出绩效自评表 (财预〔2020〕10号) as a snapshot. Layout (1-based rows):
 *  1 title · 2 (2025年度) · 3 项目名称 · 4 主管部门/实施单位 · 5 money header (C 年初预算数, D 全年预算数,
 *  E 全年执行数, F 分值, G 执行率, H 得分) · 6 年度资金总额 · 7 其中：当年财政拨款 · 8 上年结转资金 · 9 其他资金 ·
 *  10–11 年度总体目标 · 12 indicator header (B 一级 … E 年度指标值, F 实际完成值, G 分值, H 得分, I 偏差原因) ·
 *  13.. indicators · then the 总分 row (G 分值 100, H 得分).
 * Without 得分 columns the money header ends at G and the indicator header at G (偏差原因 dropped too).
 */
export function selfForm(spec: SelfFormSpec): SheetSnapshot {
  const noScore = !!spec.noScoreColumns;
  const money = spec.money === undefined ? [360, 360, 342, 10] : spec.money;
  const indicatorHeader = ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', ...(noScore ? [] : ['得分', '偏差原因分析及改进措施'])];
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    ['（2025年度）'],
    ['项目名称', '城区中小学校舍维修改造项目'],
    ['主管部门', '县教育局', null, null, '实施单位', '县教育局基建股'],
  ];
  const merges = ['A1:I1', 'A2:I2', 'B3:I3', 'B4:D4', 'F4:I4'];
  if (money) {
    rows.push(['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', ...(noScore ? [] : ['得分'])]);
    rows.push([null, '年度资金总额', ...money, null, ...(noScore ? [] : [null])]);
    rows.push([null, '其中：当年财政拨款', 300, 300, 290, '—', null, ...(noScore ? [] : ['—'])]);
    rows.push([null, '上年结转资金', 0, 0, 0, '—', null, ...(noScore ? [] : ['—'])]);
    rows.push([null, '其他资金', 60, 60, 52, '—', null, ...(noScore ? [] : ['—'])]);
    merges.push('A5:A9');
  } else {
    for (let i = 0; i < 5; i++) rows.push([]);
  }
  rows.push(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  rows.push([null, '为消除校舍安全隐患，维修改造3所学校校舍4200平方米', null, null, null, '完成3所学校校舍维修改造4300平方米']);
  merges.push('A10:A11', 'B10:E10', 'F10:I10', 'B11:E11', 'F11:I11');
  rows.push(indicatorHeader);
  const first = rows.length;
  for (const r of spec.rows) {
    const [l1, l2, name, target, actual, weight, score] = r;
    rows.push([null, l1, l2, name, target, actual, weight, ...(noScore ? [] : [score ?? null, null])]);
  }
  merges.push(`A${first}:A${first + spec.rows.length}`);
  if (!spec.noTotalRow) {
    const weightSum = spec.rows.reduce((s, r) => s + (typeof r[5] === 'number' ? r[5] : 0), 0) + (money && typeof money[3] === 'number' ? money[3] : 0);
    rows.push(['总分', null, null, null, null, null, weightSum, ...(noScore ? [] : [null, spec.gradeLabel ? '自评等级' : null, null])]);
    merges.push(`A${rows.length}:F${rows.length}`);
  }
  rows.push([]);
  rows.push(['填表人：张三', null, null, null, '联系电话：0751-1234567']);
  const s = sheet('绩效自评表', rows, merges);
  return spec.protected ? { ...s, protected: true } : s;
}

/** The school renovation project, shaped like the template: 执行率 10 · 产出 50 · 效益 30 · 满意度 10. */
export const SCHOOL_ROWS: SelfRow[] = [
  ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米', '4300平方米', 15],
  ['产出指标', '数量指标', '维修改造学校数量', '=3所', '3所', 10],
  ['产出指标', '质量指标', '工程验收合格率', '100%', '98%', 10],
  ['产出指标', '时效指标', '工程完工时间', '2025年10月31日前', '2025年11月15日', 5],
  ['产出指标', '成本指标', '每平方米维修改造成本', '≤857元', '900元', 10],
  ['效益指标', '社会效益指标', '受益师生人数', '≥3500人', '4300人', 10],
  ['效益指标', '社会效益指标', '校舍安全达标率', '100%', '100%', 10],
  ['效益指标', '可持续影响指标', '维修后校舍安全使用年限', '≥20年', '达成年度指标', 10],
  ['满意度指标', '服务对象满意度指标', '师生及家长满意度', '≥90%', '88%', 10],
];
