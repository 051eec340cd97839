import type { CellValue, SheetSnapshot } from '../../../../src/core/grid/types';
import { sheet } from '../../../helpers/sheet';

/**
 * The split-value form (指标性质 · 指标值 · 度量单位 in three columns), as national and many provincial
 * templates have it. Layout (1-based rows):
 *  1 title (with the year) · 2 项目名称 · 3 年度资金总额 B3 / 财政拨款 D3 / 其他资金 F3 · 4 年度总体目标 B4
 *  5 header 一级/二级/三级/指标性质/指标值/度量单位 · 6+ indicators.
 * So the n-th indicator (0-based) has its name at `C${6 + n}`, comparator `D`, value `E` and unit `F`.
 */
export function splitForm(rows: readonly (readonly CellValue[])[], opts: { total?: CellValue; goal?: string } = {}): SheetSnapshot {
  return sheet(
    '分列表',
    [
      ['2025年度项目支出绩效目标申报表', null, null, null, null, null],
      ['项目名称', '农村饮水安全巩固提升工程', null, null, null, null],
      ['年度资金总额', opts.total ?? 500, '财政拨款', 450, '其他资金', 50],
      ['年度总体目标', opts.goal ?? '为保障农村饮水安全，2025年新建改造管网85公里，受益1.2万人，水质达标率达到95%。', null, null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'],
      ...rows.map((r) => [0, 1, 2, 3, 4, 5].map((i) => r[i] ?? null)),
    ],
    ['A1:F1', 'B2:F2', 'B4:F4'],
  );
}

/** A complete, good split-column set to start from. */
export const GOOD_SPLIT_ROWS: readonly (readonly CellValue[])[] = [
  ['产出指标', '数量指标', '新建改造管网长度', '≥', 85, '公里'],
  ['产出指标', '质量指标', '水质达标率', '≥', 95, '%'],
  ['产出指标', '时效指标', '工程完工时间', '≤', '2025年10月31日', null],
  ['产出指标', '成本指标', '每公里管网造价', '≤', 5, '万元'],
  ['效益指标', '社会效益指标', '受益人口', '≥', 1.2, '万人'],
  ['效益指标', '可持续影响指标', '工程设计使用年限', '≥', 20, '年'],
  ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥', 90, '%'],
];
