import { planSheetFill } from '../../../src/core/check';
import { SKIP_REASONS, summarizeFillPlan } from '../../../src/core/fill/plan';
import { formatCell } from '../../../src/taskpane/i18n/cell-format';
import { columnLabels, newColumns, overwriteCells, previewRows } from '../../../src/taskpane/state/fill-preview';
import { sheet } from '../../helpers/sheet';

/** A results table as a clerk gets it: a 主管部门 column before the name, one output typed in already. */
const results = () =>
  sheet('评价结果', [
    ['主管部门', '项目名称', '评价得分', '评价类型', '上年度年初预算项目经费（万元）', '评价等级', '调整比例'],
    ['县教育局', '城区校舍维修', 92, '结果评价', 360, null, null],
    ['县卫健局', '乡镇卫生院设备', 85, '过程评价', 120.5, '合格', 0.55],
  ]);

describe('fill preview: what will be written, as the sheet will show it', () => {
  test('values as Excel shows them under the few formats a fill writes or a sheet has', () => {
    expect(formatCell(0.55, '0.00%')).toBe('55.00%');
    expect(formatCell(0.1, '0%')).toBe('10%');
    expect(formatCell(36, '0.00')).toBe('36.00');
    expect(formatCell(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(formatCell(0.55, null)).toBe('0.55');
    expect(formatCell(0.55, 'General')).toBe('0.55');
    expect(formatCell('ＡＢ 良', '0%')).toBe('ＡＢ 良'); // text as typed, not normalised
    expect(formatCell(null, '0%')).toBe('');
  });

  test('rows are named by their 项目名称 column, values listed under their headers, new headers listed once', () => {
    const snapshot = results();
    const { plan } = planSheetFill(snapshot)!;
    const rows = previewRows(plan, snapshot);
    expect(rows[0].row).toBe(2);
    expect(rows[0].name).toBe('城区校舍维修');
    const byColumn = Object.fromEntries(rows[0].cells.map((c) => [c.column, c.text]));
    expect(byColumn['评价等级']).toBe('优秀');
    expect(byColumn['调整比例']).toMatch(/^\d+(\.\d+)?%$/);
    expect(byColumn['调整金额（万元）']).toMatch(/^\d+\.\d\d$/);
    // Output columns the table lacked are added at the right and named once.
    expect(newColumns(plan)).toEqual(expect.arrayContaining(['调整金额（万元）', '结果应用']));
    expect(columnLabels(plan, snapshot).get(5)).toBe('评价等级');
  });

  test('the cells an overwrite would change: old and new values as the sheet shows them, before and after ticking it', () => {
    const snapshot = { ...results(), numberFormats: [[], [], [null, null, null, null, null, null, '0.00%']] };
    const safe = planSheetFill(snapshot)!.plan;
    const cells = overwriteCells(safe, snapshot);
    expect(cells).toEqual([
      { a1: 'F3', column: '评价等级', before: '合格', after: '良好' },
      { a1: 'G3', column: '调整比例', before: '55.00%', after: formatCell(0.05, safe.skippedCells.find((c) => c.ref.col === 6)!.numberFormat) },
    ]);
    // The core says why in both languages by id; the CLI's JSON keeps its Chinese reason, unchanged.
    expect(safe.skippedCells.map((c) => c.reasonId)).toEqual(['notEmpty', 'notEmpty']);
    expect(SKIP_REASONS.notEmpty.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(summarizeFillPlan(safe).skippedCells.map((c) => c.reason)).toEqual(['单元格已有内容，默认不覆盖', '单元格已有内容，默认不覆盖']);
    expect(Object.keys(summarizeFillPlan(safe).skippedCells[0]).sort()).toEqual(['cell', 'existing', 'proposed', 'reason']);
    // The same cells, from the plan that overwrites them.
    const overwriting = planSheetFill(snapshot, { overwrite: true })!.plan;
    expect(overwriteCells(overwriting, snapshot, true).map((c) => [c.a1, c.before, c.after])).toEqual(cells.map((c) => [c.a1, c.before, c.after]));
  });
});
