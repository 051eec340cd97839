import { planSheetFill } from '../../../src/core/check';
import { toA1 } from '../../../src/core/grid/address';
import { resultsSheet } from '../evaluation/results-sheet';

/** guardWrites: a cell holding a formula is never empty, whatever its cached result (none, or ''). */

const HEADER_OUT = ['评价等级'];
const base = resultsSheet([['甲', '结果评价', 95, '是', 100, null], ['乙', '结果评价', 85, null, 50, null]], { extraHeaders: HEADER_OUT });
// G3 holds =IF(D3>=90,"优秀","良好") with no saved result; G4 one whose result is the empty text.
const sheet = { ...base, formulas: [[], [], [undefined, undefined, undefined, undefined, undefined, undefined, '=IF(D3>=90,"优秀","良好")'], [undefined, undefined, undefined, undefined, undefined, undefined, '=IF(D4>=90,"优秀","")']] };

describe('fill plans and formula cells', () => {
  it('keeps a formula whose result is missing or empty, and lists it with its formula', () => {
    const plan = planSheetFill(sheet)!.plan;
    const written = plan.writes.toArray().map((w) => toA1(w.ref));
    expect(written).not.toContain('G3');
    expect(written).not.toContain('G4');
    const skipped = plan.skippedCells.map((c) => ({ cell: toA1(c.ref), existing: c.existing, reason: c.reason }));
    expect(skipped).toEqual(
      expect.arrayContaining([
        { cell: 'G3', existing: '=IF(D3>=90,"优秀","良好")', reason: '单元格有公式，默认不覆盖' },
        { cell: 'G4', existing: '=IF(D4>=90,"优秀","")', reason: '单元格有公式，默认不覆盖' },
      ]),
    );
  });

  it('the same sheet without formulas gets those cells written (the formula is what keeps them)', () => {
    const plan = planSheetFill(base)!.plan;
    expect(plan.writes.toArray().map((w) => toA1(w.ref))).toEqual(expect.arrayContaining(['G3', 'G4']));
  });

  it('replaces them only when the user confirmed overwriting, and says why in English too', () => {
    expect(planSheetFill(sheet, { overwrite: true })!.plan.writes.toArray().map((w) => toA1(w.ref))).toEqual(expect.arrayContaining(['G3', 'G4']));
    const en = planSheetFill(sheet, { locale: 'en' })!.plan;
    expect(en.skippedCells.find((c) => toA1(c.ref) === 'G3')!.reason).toBe('the cell holds a formula; it is not overwritten unless you confirm');
  });
});
