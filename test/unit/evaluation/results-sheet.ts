import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { sheet } from '../../helpers/sheet';

export const RESULTS_HEADER = ['序号', '项目名称', '评价类型', '评价得分', '是否绩效突出', '上年度年初预算项目经费（万元）'];

/**
 * A county results table: row 1 title (merged A1:F1), row 2 the header above, data from row 3.
 * Each data row is [项目名称, 评价类型, 评价得分, 是否绩效突出, 上年度年初预算项目经费] (序号 added), optionally
 * followed by output cells in the order of `extraHeaders`.
 */
export function resultsSheet(
  rows: readonly CellValue[][],
  options: { extraHeaders?: string[]; name?: string; protected?: boolean; header?: string[] } = {},
): SheetSnapshot {
  const header = [...(options.header ?? RESULTS_HEADER), ...(options.extraHeaders ?? [])];
  const body = rows.map((r, i) => [i + 1, ...r]);
  const s = sheet(options.name ?? '评价结果', [['2024年度部门项目支出绩效评价结果及预算调整表'], header, ...body], ['A1:F1']);
  return options.protected ? { ...s, protected: true } : s;
}
