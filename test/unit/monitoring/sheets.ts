import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { sheet } from '../../helpers/sheet';

/** [项目名称, 年度预算数, 执行数, 执行率?, 时间进度?, 执行偏差?, 预警?] */
export type ProjectRow = [CellValue, CellValue, CellValue, ...CellValue[]];

/**
 * A department's execution table. One-row header by default:
 *   row 1 title · row 2 序号 | 项目名称 | 年度预算数 | {executedHeader} [| output headers…] · rows 3.. projects.
 * With `twoRow`, the header takes rows 2–3: 序号, 项目名称 merged down, 项目资金（万元） merged over
 * 年度预算数 · {executedHeader}; projects start on row 4.
 */
export function projectTable(
  rows: readonly ProjectRow[],
  options: { executedHeader?: string; budgetHeader?: string; title?: string; twoRow?: boolean; outputs?: readonly string[]; protected?: boolean } = {},
): SheetSnapshot {
  const executed = options.executedHeader ?? '1-8月执行数';
  const budget = options.budgetHeader ?? '年度预算数';
  const outputs = options.outputs ?? [];
  const width = 4 + outputs.length;
  const values: CellValue[][] = [[options.title ?? '2025年项目支出绩效运行监控表']];
  const merges: string[] = [];
  if (options.twoRow) {
    values.push(['序号', '项目名称', '项目资金（万元）', null, ...outputs]);
    values.push([null, null, budget, executed, ...outputs.map(() => null)]);
    merges.push('A2:A3', 'B2:B3', 'C2:D2', ...outputs.map((_, i) => `${col(4 + i)}2:${col(4 + i)}3`));
  } else {
    values.push(['序号', '项目名称', budget, executed, ...outputs]);
  }
  rows.forEach((r, i) => values.push([i + 1, ...r]));
  merges.push(`A1:${col(width - 1)}1`);
  const s = sheet('资金执行监控', values, merges);
  return options.protected ? { ...s, protected: true } : s;
}

/** [项目名称, 三级指标, 年度指标值, 1-8月实际完成值, 全年预计完成值, 完成目标可能性, 偏差原因] */
export type IndicatorRow = [CellValue, CellValue, CellValue, CellValue, CellValue, CellValue, CellValue];

/**
 * An indicator monitoring table with a two-row header: 项目名称 merged down; 绩效指标 merged over
 * 一级指标 · 二级指标 · 三级指标; the other headers merged down. Indicators start on row 4 (A: 项目名称,
 * B: 一级, C: 二级, D: 三级, E: 年度指标值, F: 实际完成值, G: 预计完成值, H: 可能性, I: 偏差原因).
 * `projectMerges` merges column A over runs of rows whose project name is null.
 */
export function indicatorTable(rows: readonly IndicatorRow[], options: { headers?: Partial<Record<'actual' | 'projection' | 'likelihood' | 'deviation', string>> } = {}): SheetSnapshot {
  const h = { actual: '1-8月实际完成值', projection: '全年预计完成值', likelihood: '完成目标可能性', deviation: '偏差原因', ...options.headers };
  const values: CellValue[][] = [
    ['2025年1-8月绩效目标运行监控表'],
    ['项目名称', '绩效指标', null, null, '年度指标值', h.actual, h.projection, h.likelihood, h.deviation],
    [null, '一级指标', '二级指标', '三级指标', null, null, null, null, null],
  ];
  const merges = ['A1:I1', 'A2:A3', 'B2:D2', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:I3'];
  let start = -1;
  rows.forEach((r, i) => {
    const [project, name, target, actual, projection, likelihood, deviation] = r;
    values.push([project, '产出指标', '数量指标', name, target, actual, projection, likelihood, deviation]);
    if (project !== null) start = i;
    const next = rows[i + 1];
    if ((next === undefined || next[0] !== null) && start >= 0 && i > start) merges.push(`A${start + 4}:A${i + 4}`);
  });
  return sheet('绩效指标监控', values, merges);
}

export function col(i: number): string {
  return String.fromCharCode(65 + i);
}
