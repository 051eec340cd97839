import ExcelJS from 'exceljs';
import { evaluationSamples } from '../../../scripts/samples/evaluation-samples';
import { readXlsx } from '../../../src/adapters/xlsx/read-workbook';
import { writeXlsxEdits } from '../../../src/adapters/xlsx/write-edits';
import { checkSheet, planSheetFill } from '../../../src/core/check';
import { summarizeFillPlan } from '../../../src/core/fill/plan';
import { toA1 } from '../../../src/core/grid/address';
import type { SheetSnapshot } from '../../../src/core/grid/types';

/** Builds a sample as the runner does, saves it to a buffer and reads it back with the CLI's package reader. */
async function roundTrip(file: string): Promise<{ bytes: Uint8Array; sheets: SheetSnapshot[] }> {
  const spec = evaluationSamples().find((s) => s.file === file)!;
  const wb = new ExcelJS.Workbook();
  spec.build(wb);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { bytes, sheets: [...readXlsx(bytes).snapshots] };
}

const values = (writes: Iterable<{ ref: { row: number; col: number }; value: string | number }>) => Object.fromEntries([...writes].map((w) => [toA1(w.ref), w.value]));

describe('evaluation sample workbooks', () => {
  it('are named and described', () => {
    const files = evaluationSamples().map((s) => s.file);
    expect(files).toEqual(['results-2025.xlsx', 'results-summary-2025.xlsx', 'self-evaluation-2025.xlsx']);
    for (const s of evaluationSamples()) expect(s.about.length).toBeGreaterThan(10);
  });

  it('results-2025: every grade, the bad scores flagged, pre-filled cells kept; the notes sheet skipped', async () => {
    const { sheets } = await roundTrip('results-2025.xlsx');
    expect(sheets.map((s) => [s.name, checkSheet(s)?.kind ?? null])).toEqual([
      ['评价结果应用', 'evaluation'],
      ['填表说明', null],
    ]);
    const { plan } = planSheetFill(sheets[0])!;
    expect(plan.summary?.byGrade).toEqual({ 优秀: 3, 良好: 6, 合格: 3, 差: 2 });
    expect(plan.findings.map((f) => `${f.cell} ${f.ruleId}`)).toEqual([
      'E14 eval/invalid-score',
      'E15 eval/invalid-score',
      'E16 eval/invalid-score',
      'E17 eval/invalid-score',
      'H19 eval/grade-mismatch',
    ]);
    expect(summarizeFillPlan(plan).skippedRows.map((r) => r.row)).toEqual([14, 15, 16, 17]);
    expect(summarizeFillPlan(plan).skippedCells).toEqual([
      { cell: 'H19', existing: '优秀', proposed: '良好', reason: expect.any(String) },
      { cell: 'L20', existing: expect.stringContaining('暂按上年数安排'), proposed: expect.stringContaining('5%调增'), reason: expect.any(String) },
    ]);
    const v = values(plan.writes);
    // The float traps: 1.45 × 10% (优秀, 绩效突出 not recorded), 2.9 × 5%, 1.15 × −10%, 4.35 × −10%.
    expect([v.J6, v.J7, v.J12, v.J13]).toEqual([0.15, 0.15, -0.12, -0.44]);
    expect(v.I21).toBeUndefined(); // 0 typed in 调整比例 is what the rule gives: nothing to write or list
  });

  it('results-summary: two-row header, section rows, missing output columns added at the right', async () => {
    const { bytes, sheets } = await roundTrip('results-summary-2025.xlsx');
    const { kind, plan } = planSheetFill(sheets[0])!;
    expect(kind).toBe('evaluation');
    expect(plan.writes.toArray().filter((w) => w.role === 'header').map((w) => `${toA1(w.ref)}=${w.value}`)).toEqual([
      'G3=调整比例',
      'H3=调整金额（万元）',
      'I3=本年度年初预算项目经费（万元）',
      'J3=结果应用',
    ]);
    const v = values(plan.writes);
    // The sheet already types a grade as 良 (row 12): new grades are spelled the same way.
    expect([v.D5, v.D6, v.D7]).toEqual(['优', '良', '中']);
    expect(v.J7).toMatch(/过程评价项目/);
    expect(v.J10).toMatch(/结果评价项目/);
    expect(v.J12).toMatch(/^良好（无评价得分，按填写的等级）/);
    expect(plan.rowsFilled).toBe(7);
    // Applied with the CLI's writer (and read back by ExcelJS), the ratio keeps its percent format and the amount its two decimals.
    const written = writeXlsxEdits(readXlsx(bytes).pkg, [{ sheet: '部门评价结果', writes: plan.writes }]).bytes;
    const ws = (await new ExcelJS.Workbook().xlsx.load(written as unknown as ArrayBuffer)).getWorksheet('部门评价结果')!;
    expect([ws.getCell('G5').value, ws.getCell('G5').numFmt, ws.getCell('H5').value, ws.getCell('H5').numFmt]).toEqual([0.1, '0%', 21.05, '0.00']);
  });

  it('self-evaluation: the complete form scores 93.6 (优秀); the one with gaps gets partial scores and no total', async () => {
    const { sheets } = await roundTrip('self-evaluation-2025.xlsx');
    const [school, clinic] = sheets.map((s) => planSheetFill(s)!);
    expect(school.kind).toBe('self-evaluation');
    expect(school.plan.summary).toEqual({ byGrade: { 优秀: 1 }, totalScore: '93.6' });
    expect(clinic.kind).toBe('self-evaluation');
    const v = values(clinic.plan.writes);
    expect(v.H6).toBe(8.5); // 731 / 860 = 85%
    expect([v.H13, v.H14, v.H15, v.H16, v.H17, v.H18]).toEqual([18.33, 10, 10, 10, undefined, 10.5]);
    expect(clinic.plan.skippedCells.map((c) => [toA1(c.ref), c.existing, c.proposed])).toEqual([['H19', 9.5, 10]]);
    expect(clinic.plan.findings.map((f) => `${f.cell} ${f.ruleId} ${f.messageId}`)).toEqual(['F17 eval/unscorable actualBlank']);
    expect(clinic.plan.summary).toEqual({ byGrade: {} });
  });
});
