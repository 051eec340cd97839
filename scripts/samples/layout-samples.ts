import { title, writeTable, type SampleSpec } from './xlsx-builder';

/**
 * A goal table on a department's home-made template whose headers the recogniser cannot read
 * (类 | 项 | 考核内容 | 目标): the checker says so (layout/goal-table-unrecognised) and the clerk settles it
 * with the pane's "这张表的列" step. For the preview and its browser tests (the preview loads every
 * `…Samples()` of scripts/samples/); not written to assets/samples/, whose set the CLI tests count.
 */
export function layoutSamples(): SampleSpec[] {
  return [
    {
      file: 'goal-home-made-columns.xlsx',
      about: '单位自制的目标表：表头是“类、项、考核内容、目标”，检查工具读不懂，用“指定这张表的列”指定各列后再检查',
      build(wb) {
        const ws = wb.addWorksheet('养老服务补助');
        title(ws, '2025年社区养老服务补助项目绩效目标', 1, 'D');
        writeTable(
          ws,
          [
            ['项目名称', '社区养老服务补助', null, null],
            ['主管部门', '县民政局', '实施单位', '县社会福利中心'],
            ['年度总体目标', '为改善老年人生活，2025年为1200名老人提供居家养老服务，服务满意度达到90%', null, null],
            ['类', '项', '考核内容', '目标'],
            ['产出指标', '数量指标', '服务老人人数', '≥1200人'],
            [null, '质量指标', '服务合格率', '明显提升'],
            [null, '时效指标', '服务完成时间', '2025年12月31日前'],
            ['效益指标', '社会效益指标', '老年人生活质量', '有所改善'],
            ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
          ],
          { top: 2, merges: ['B2:D2', 'B4:D4', 'A6:A8'], boldRows: [5], widths: [14, 20, 22, 22] },
        );
      },
    },
  ];
}
