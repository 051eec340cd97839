import type { CellValue, SheetSnapshot } from '../../src/core/grid/types';
import { sheet } from './sheet';

export interface GoalFormSpec {
  readonly sheetName?: string;
  readonly year?: number;
  readonly project?: string;
  readonly department?: string;
  readonly implementer?: string;
  readonly total?: CellValue;
  readonly fiscal?: CellValue;
  readonly other?: CellValue;
  readonly goal?: string;
  /** [一级, 二级, 三级, 指标值] per row. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Merge runs of equal 一级/二级 labels vertically, blanking the cells below (as real templates do). */
  readonly mergeLevels?: boolean;
}

/**
 * The standard single-project form used by rule tests. Layout (1-based rows):
 *  1 title · 2 (year) · 3 项目名称 · 4 主管部门/实施单位 · 5–7 项目资金 (年度资金总额 C5, 财政拨款 C6, 其他资金 C7)
 *  8 年度总体目标 (B8) · 9 header 一级/二级/三级/指标值 · 10+ indicators: 三级指标 in C, 指标值 in D.
 * So the n-th indicator (0-based) has its name at `C${10 + n}` and its value at `D${10 + n}`.
 */
export function goalForm(spec: GoalFormSpec): SheetSnapshot {
  const rows: CellValue[][] = [
    ['项目支出绩效目标申报表', null, null, null],
    [spec.year ? `（${spec.year}年度）` : null, null, null, null],
    ['项目名称', spec.project ?? '城区学校校舍维修改造项目', null, null],
    ['主管部门', spec.department ?? '县教育局', '实施单位', spec.implementer ?? '县第一中学'],
    ['项目资金（万元）', '年度资金总额', spec.total === undefined ? 100 : spec.total, null],
    [null, '其中：财政拨款', spec.fiscal === undefined ? 80 : spec.fiscal, null],
    [null, '其他资金', spec.other === undefined ? 20 : spec.other, null],
    ['年度总体目标', spec.goal ?? '为改善办学条件，2025年完成3所学校校舍维修改造共4200平方米，维修后校舍安全达标率达到100%。', null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
  ];
  const merges = ['A1:D1', 'B3:D3', 'A5:A7', 'B8:D8'];
  const body = spec.rows.map((r) => [r[0] ?? null, r[1] ?? null, r[2] ?? null, r[3] ?? null]);
  if (spec.mergeLevels) {
    // Run keys come from the original labels: a 二级 run never crosses a 一级 boundary.
    const keys = [body.map((r) => String(r[0])), body.map((r) => `${String(r[0])}|${String(r[1])}`)];
    for (const col of [0, 1]) {
      const letter = col === 0 ? 'A' : 'B';
      let start = 0;
      for (let i = 1; i <= body.length; i++) {
        if (i < body.length && keys[col][i] === keys[col][start] && spec.rows[start][col] !== null) continue;
        if (i - start > 1) {
          merges.push(`${letter}${10 + start}:${letter}${10 + i - 1}`);
          for (let k = start + 1; k < i; k++) body[k][col] = null;
        }
        start = i;
      }
    }
  }
  return sheet(spec.sheetName ?? '目标表', [...rows, ...body], merges);
}

/** A complete, good set of indicators (passes every rule) to start tests from. */
export const GOOD_ROWS: readonly (readonly CellValue[])[] = [
  ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米'],
  ['产出指标', '质量指标', '工程验收合格率', '100%'],
  ['产出指标', '时效指标', '完工时间', '2025年10月31日前'],
  ['产出指标', '成本指标', '每平方米维修成本', '≤238元'],
  ['效益指标', '社会效益指标', '受益学生人数', '≥3500人'],
  ['效益指标', '可持续影响指标', '校舍安全使用年限', '≥20年'],
  ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'],
];
