/**
 * The benchmark's goal sheet: a department summary table of `indicators` indicator rows (8 per project,
 * three of them badly written). Plain rows, no ExcelJS, so the preview can build it in the browser too.
 */
export type Row = (string | number | null)[];

const HEADER: Row = ['项目名称', '年度资金总额（万元）', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值'];

const BLOCK: readonly [string, string, string, string][] = [
  ['产出指标', '数量指标', '完成整治自然村数量', '≥200个'],
  ['产出指标', '质量指标', '整治验收合格率', '≥95%'],
  ['产出指标', '时效指标', '整治完成时间', '2025年11月30日前'],
  ['产出指标', '成本指标', '每村整治成本', '≤1.5万元'],
  ['效益指标', '生态效益指标', '农村生活垃圾有效处理率', '明显提升'],
  ['效益指标', '社会效益指标', '受益群众人数', 'XX人'],
  ['满意度指标', '服务对象满意度指标', '村民满意度', '≥85%'],
  ['产出指标', '数量指标', '新建公厕数量', '按计划完成'],
];

/** The header row, then `indicators` rows; the first row of each project carries its name, money and goal. */
export function largeSummaryRows(indicators: number): Row[] {
  const rows: Row[] = [HEADER];
  for (let i = 0; rows.length - 1 < indicators; i++) {
    for (let k = 0; k < BLOCK.length && rows.length - 1 < indicators; k++) {
      const project: Row = k === 0 ? [`第${i + 1}号人居环境整治项目`, 300, '为改善农村人居环境，2025年完成200个自然村环境整治，垃圾处理率达到95%。'] : [null, null, null];
      rows.push([...project, ...BLOCK[k]]);
    }
  }
  return rows;
}
