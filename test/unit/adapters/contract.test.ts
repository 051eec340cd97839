import { FLAG_FILL, PortError, type FlagSpec, type WorkbookPort } from '../../../src/adapters/workbook-port';
import { NOTE_SEPARATOR } from '../../../src/adapters/common/flag-plan';
import { fromA1 } from '../../../src/core/grid/address';
import type { CellWrite } from '../../../src/core/fill/plan';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { sheet } from '../../helpers/sheet';
import { fileHarness, memoryHarness, type Harness, type HarnessFactory } from './harness';
import { officeHarness } from './office-harness';

/**
 * The WorkbookPort contract, run against every implementation: what the pane may rely on whatever the
 * host. Each test builds its own workbook; "the user" acts through the harness (typing, colouring,
 * protecting), never through the port.
 */

const GOALS = (): SheetSnapshot =>
  sheet(
    '目标表',
    [
      ['项目名称', '医院设备购置', null, null],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '购置CT机', '=1台'],
      [null, '质量指标', '验收合格率', '明显提升'],
      ['满意度指标', '服务对象满意度指标', '患者满意度', 95],
    ],
    ['B4:B5'],
    'B2',
  );

const RESULTS = (): SheetSnapshot =>
  sheet('结果表', [
    ['项目', '评价得分', '评价等级'],
    ['甲', 92, null],
    ['乙', 85, '良'],
    ['丙', { error: '#DIV/0!' }, null],
  ]);

const flag = (a1: string, severity: FlagSpec['severity'], note: string): FlagSpec => ({ ref: fromA1(a1), severity, note });
const write = (a1: string, value: string | number, numberFormat?: string): CellWrite => ({ ref: fromA1(a1), value, numberFormat, role: 'value' });

async function refusal(p: Promise<unknown>): Promise<PortError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PortError);
    return e as PortError;
  }
  throw new Error('expected the call to be refused');
}

const implementations: [string, HarnessFactory][] = [
  ['memory', memoryHarness],
  ['office.js (mock Excel)', officeHarness],
  ['.xlsx file (browser)', fileHarness],
];

describe.each(implementations)('WorkbookPort contract: %s', (_label, make) => {
  let h: Harness;
  let port: WorkbookPort;
  beforeEach(() => {
    h = make([GOALS(), RESULTS(), sheet('空表', [])]);
    port = h.port;
  });
  afterEach(async () => {
    await h.verify?.();
  });

  describe('sheets and reading', () => {
    test('lists sheets in order with their protection, and names the active sheet', async () => {
      h.protect('结果表', true);
      expect(await port.listSheets()).toEqual([
        { name: '目标表', protected: false },
        { name: '结果表', protected: true },
        { name: '空表', protected: false },
      ]);
      expect(await port.activeSheetName()).toBe('目标表');
    });

    test('reads the used range at its origin, with merges, error values and number formats', async () => {
      h.setNumberFormat('目标表', 'E6', '0%');
      const snap = await port.readSheet('目标表');
      expect(snap.name).toBe('目标表');
      expect(snap.origin).toEqual({ row: 1, col: 1 });
      expect(snap.values[0]).toEqual(['项目名称', '医院设备购置', null, null]);
      expect(snap.values[3]).toEqual([null, '质量指标', '验收合格率', '明显提升']);
      expect(snap.values[4][3]).toBe(95);
      expect(snap.merges).toEqual([{ top: 3, left: 1, bottom: 4, right: 1 }]);
      expect(snap.numberFormats?.[4][3]).toBe('0%');
      expect(snap.numberFormats?.[4][2]).toBeNull();
      expect(snap.protected).toBe(false);

      const results = await port.readSheet('结果表');
      expect(results.values[3][1]).toEqual({ error: '#DIV/0!' });
      expect(results.values[1]).toEqual(['甲', 92, null]);
    });

    test('an empty sheet reads as no rows; a missing sheet is a clear refusal', async () => {
      const empty = await port.readSheet('空表');
      expect(empty.values).toEqual([]);
      const e = await refusal(port.readSheet('不存在'));
      expect(e.code).toBe('SheetNotFound');
      expect(e.message).toContain('不存在');
    });

    test('every method names a missing sheet instead of failing obscurely', async () => {
      for (const call of [
        () => port.flagCells('不存在', [flag('A1', 'error', 'x')]),
        () => port.clearFlags('不存在'),
        () => port.writeCells('不存在', [write('A1', 'x')], sheet('不存在', [])),
        () => port.selectCell('不存在', fromA1('A1')),
      ]) {
        const e = await refusal(call());
        expect(e.code).toBe('SheetNotFound');
        expect(e.message).toContain('「不存在」');
      }
    });

    test('bad input is refused before anything is written', async () => {
      const basis = await port.readSheet('结果表');
      const e = await refusal(port.writeCells('结果表', [write('C2', '优秀'), write('C4', Number.NaN)], basis));
      expect(e.code).toBe('InvalidInput');
      expect(e.message).toContain('C4');
      expect(h.cell('结果表', 'C2').value).toBeNull();
      expect((await refusal(port.flagCells('目标表', [{ ref: { row: -1, col: 0 }, severity: 'error', note: 'x' }]))).code).toBe('InvalidInput');
    });

    test('selecting a cell makes its sheet active', async () => {
      await port.selectCell('结果表', fromA1('B3'));
      expect(await port.activeSheetName()).toBe('结果表');
    });
  });

  describe('flags', () => {
    test('colours each cell by severity and attaches the note', async () => {
      await port.flagCells('目标表', [flag('E5', 'error', '[goal/unquantified] 不可衡量\n修改建议：写出数字'), flag('D4', 'warning', 'w'), flag('B2', 'info', 'i')]);
      expect(h.cell('目标表', 'E5')).toMatchObject({ fill: { color: FLAG_FILL.error, pattern: 'Solid' }, note: '[goal/unquantified] 不可衡量\n修改建议：写出数字' });
      expect(h.cell('目标表', 'D4').fill.color).toBe(FLAG_FILL.warning);
      expect(h.cell('目标表', 'B2').fill.color).toBe(FLAG_FILL.info);
      expect(h.cell('目标表', 'E5').value).toBe('明显提升'); // values untouched
    });

    test('清除标记 restores the original fills exactly and removes only our notes', async () => {
      const userFill = { color: '#00B050', pattern: 'Solid' };
      h.setFill('目标表', 'E5', userFill);
      h.setNote('目标表', 'D4', '请财务科核对');
      h.setNote('目标表', 'C3', '用户的批注');
      await port.flagCells('目标表', [flag('E5', 'error', '我们的说明'), flag('D4', 'warning', '第二条')]);
      expect(h.cell('目标表', 'D4').note).toBe(`请财务科核对${NOTE_SEPARATOR}第二条`);

      expect(await port.clearFlags('目标表')).toBe(2);
      expect(h.cell('目标表', 'E5')).toMatchObject({ fill: userFill, note: null });
      expect(h.cell('目标表', 'D4')).toMatchObject({ fill: { pattern: 'None' }, note: '请财务科核对' });
      expect(h.cell('目标表', 'C3').note).toBe('用户的批注');
      expect(await port.clearFlags('目标表')).toBe(0);
    });

    test('flagging twice keeps the true original, and a new list replaces the old flags', async () => {
      const userFill = { color: '#FFFF00', pattern: 'Solid' };
      h.setFill('目标表', 'E5', userFill);
      await port.flagCells('目标表', [flag('E5', 'error', 'a'), flag('D4', 'error', 'b')]);
      await port.flagCells('目标表', [flag('E5', 'warning', 'a2')]);
      // D4 is no longer in the list: back to how it was.
      expect(h.cell('目标表', 'D4')).toMatchObject({ fill: { pattern: 'None' }, note: null });
      expect(h.cell('目标表', 'E5')).toMatchObject({ fill: { color: FLAG_FILL.warning }, note: 'a2' });
      expect(await port.clearFlags()).toBe(1);
      expect(h.cell('目标表', 'E5').fill).toEqual(userFill);
    });

    test('the originals live in the workbook: clearing works after the pane is reopened', async () => {
      h.setFill('结果表', 'B4', { color: '#D9D9D9', pattern: 'Solid' });
      await port.flagCells('结果表', [flag('B4', 'error', '得分无效')]);
      await port.flagCells('目标表', [flag('E5', 'error', 'x')]);
      const again = h.reopen();
      expect(await again.clearFlags()).toBe(2);
      expect(h.cell('结果表', 'B4')).toMatchObject({ fill: { color: '#D9D9D9', pattern: 'Solid' }, note: null });
      expect(h.cell('目标表', 'E5')).toMatchObject({ fill: { pattern: 'None' }, note: null });
    });

    test('clearing leaves alone a fill or note the user changed after flagging', async () => {
      await port.flagCells('目标表', [flag('E5', 'error', 'ours'), flag('D4', 'error', 'ours too')]);
      h.setFill('目标表', 'E5', { color: '#00B0F0', pattern: 'Solid' });
      h.setNote('目标表', 'D4', 'ours too — 已核实，保留');
      await port.clearFlags('目标表');
      expect(h.cell('目标表', 'E5')).toMatchObject({ fill: { color: '#00B0F0' }, note: null });
      expect(h.cell('目标表', 'D4')).toMatchObject({ fill: { pattern: 'None' }, note: 'ours too — 已核实，保留' });
    });

    test('clearing one sheet leaves the other sheets flagged', async () => {
      await port.flagCells('目标表', [flag('E5', 'error', 'x')]);
      await port.flagCells('结果表', [flag('B4', 'error', 'y')]);
      expect(await port.clearFlags('结果表')).toBe(1);
      expect(h.cell('目标表', 'E5').fill.color).toBe(FLAG_FILL.error);
      expect(h.cell('结果表', 'B4').fill.pattern).toBe('None');
    });

    test('flaggedSheets names the sheets that still carry flags, with their cell counts, also after a reopen', async () => {
      expect(await port.flaggedSheets()).toEqual([]);
      await port.flagCells('结果表', [flag('B4', 'error', 'y')]);
      await port.flagCells('目标表', [flag('E5', 'error', 'x'), flag('D4', 'warning', 'z')]);
      // Workbook order, not flagging order.
      expect(await port.flaggedSheets()).toEqual([
        { sheet: '目标表', cells: 2 },
        { sheet: '结果表', cells: 1 },
      ]);
      await port.clearFlags('目标表');
      expect(await h.reopen().flaggedSheets()).toEqual([{ sheet: '结果表', cells: 1 }]);
      await port.clearFlags();
      expect(await port.flaggedSheets()).toEqual([]);
    });

    test('a protected sheet refuses with a clear message and nothing changes', async () => {
      h.protect('目标表', true);
      const e = await refusal(port.flagCells('目标表', [flag('E5', 'error', 'x')]));
      expect(e.code).toBe('SheetProtected');
      expect(e.message).toMatch(/目标表.*受保护.*撤销工作表保护/);
      expect(h.cell('目标表', 'E5')).toMatchObject({ fill: { pattern: 'None' }, note: null });
    });

    test('a sheet edited since the check refuses, naming the cell, and nothing changes', async () => {
      const basis = await port.readSheet('目标表');
      h.edit('目标表', 'E5', '≥95%');
      const e = await refusal(port.flagCells('目标表', [flag('D4', 'error', 'x'), flag('E5', 'error', 'y')], basis));
      expect(e.code).toBe('SheetChanged');
      expect(e.message).toContain('工作表「目标表」在检查后已被修改（如 E5）');
      expect(e.cells).toEqual(['E5']);
      expect(h.cell('目标表', 'D4')).toMatchObject({ fill: { pattern: 'None' }, note: null });
    });

    test('an unchanged basis is accepted', async () => {
      const basis = await port.readSheet('目标表');
      await port.flagCells('目标表', [flag('E5', 'error', 'x')], basis);
      expect(h.cell('目标表', 'E5').fill.color).toBe(FLAG_FILL.error);
    });
  });

  describe('writes and undo', () => {
    test('writes values and number formats into empty cells and returns a receipt', async () => {
      const basis = await port.readSheet('结果表');
      const receipt = await port.writeCells('结果表', [write('C2', '优秀'), write('D1', '调整比例'), write('D2', 0.1, '0.00%')], basis);
      expect(h.cell('结果表', 'C2').value).toBe('优秀');
      expect(h.cell('结果表', 'D2')).toMatchObject({ value: 0.1, numberFormat: '0.00%' });
      expect(receipt.sheet).toBe('结果表');
      expect(receipt.cells.map((c) => c.ref)).toEqual([fromA1('C2'), fromA1('D1'), fromA1('D2')]);
      // The receipt survives JSON (the pane stores it in the workbook).
      expect(JSON.parse(JSON.stringify(receipt))).toEqual(receipt);
    });

    test('撤销上次填充 restores exactly what was there, number formats included, even after a reopen', async () => {
      h.setNumberFormat('结果表', 'D2', '0.0');
      const basis = await port.readSheet('结果表');
      const receipt = await port.writeCells('结果表', [write('C2', '优秀'), write('D2', 0.1, '0.00%')], basis);
      await port.saveSettings('goal-lint.lastFill', { receipt });
      const again = h.reopen();
      const stored = (await again.loadSettings('goal-lint.lastFill')) as { receipt: typeof receipt };
      await again.undoWrites(stored.receipt);
      expect(h.cell('结果表', 'C2')).toMatchObject({ value: null, numberFormat: null });
      expect(h.cell('结果表', 'D2')).toMatchObject({ value: null, numberFormat: '0.0' });
    });

    test('never overwrites a non-empty cell without confirmation; with it, undo brings the old value back', async () => {
      const basis = await port.readSheet('结果表');
      const e = await refusal(port.writeCells('结果表', [write('C2', '优秀'), write('C3', '良好')], basis));
      expect(e.code).toBe('OverwriteNotConfirmed');
      expect(e.message).toContain('C3');
      expect(h.cell('结果表', 'C2').value).toBeNull(); // nothing written, not even the empty target

      const receipt = await port.writeCells('结果表', [write('C3', '良好')], basis, { overwrite: true });
      expect(h.cell('结果表', 'C3').value).toBe('良好');
      await port.undoWrites(receipt);
      expect(h.cell('结果表', 'C3').value).toBe('良');
    });

    test('a target typed into since the plan refuses the whole write', async () => {
      const basis = await port.readSheet('结果表');
      h.edit('结果表', 'C4', '差');
      const e = await refusal(port.writeCells('结果表', [write('C2', '优秀'), write('C4', '合格')], basis));
      expect(e.code).toBe('SheetChanged');
      expect(e.message).toContain('C4');
      expect(h.cell('结果表', 'C2').value).toBeNull();
      expect(h.cell('结果表', 'C4').value).toBe('差');
    });

    test('a protected sheet refuses the write and the undo', async () => {
      const basis = await port.readSheet('结果表');
      const receipt = await port.writeCells('结果表', [write('C2', '优秀')], basis);
      h.protect('结果表', true);
      expect((await refusal(port.writeCells('结果表', [write('C4', '差')], basis))).code).toBe('SheetProtected');
      expect((await refusal(port.undoWrites(receipt))).code).toBe('SheetProtected');
      expect(h.cell('结果表', 'C2').value).toBe('优秀');
      expect(h.cell('结果表', 'C4').value).toBeNull();
    });

    test('undo refuses when the user has typed over a filled cell, and changes nothing', async () => {
      const basis = await port.readSheet('结果表');
      const receipt = await port.writeCells('结果表', [write('C2', '优秀'), write('D2', 5.5, '0.00')], basis);
      h.edit('结果表', 'D2', 6);
      const e = await refusal(port.undoWrites(receipt));
      expect(e.message).toContain('D2');
      expect(h.cell('结果表', 'C2').value).toBe('优秀');
      expect(h.cell('结果表', 'D2').value).toBe(6);
    });
  });

  describe('formulas: a cell holding a formula is never empty', () => {
    // Files written by other tools carry no cached results: the grade formulas show nothing, yet they are there.
    const withFormulas = (): SheetSnapshot => ({ ...RESULTS(), formulas: [[], [undefined, undefined, '=IF(B2>=90,"优秀","良好")'], [], [undefined, undefined, '=IF(B4>=90,"优秀","")']] });
    beforeEach(() => {
      h = make([withFormulas()]);
      port = h.port;
    });

    test('readSheet gives each formula beside its (empty) value, in the same read', async () => {
      const snap = await port.readSheet('结果表');
      expect(snap.values[1][2] ?? null).toBeNull();
      expect(snap.formulas?.[1]?.[2]).toBe('=IF(B2>=90,"优秀","良好")');
      expect(snap.formulas?.[3]?.[2]).toBe('=IF(B4>=90,"优秀","")');
      expect(snap.formulas?.[1]?.[0]).toBeUndefined();
    });

    test('writing over a formula without overwrite is refused, naming the cell, and nothing changes', async () => {
      const basis = await port.readSheet('结果表');
      const e = await refusal(port.writeCells('结果表', [write('D2', 0.1), write('C2', '优秀')], basis));
      expect(e.code).toBe('OverwriteNotConfirmed');
      expect(e.cells).toEqual(['C2']);
      expect(h.formula('结果表', 'C2')).toBe('=IF(B2>=90,"优秀","良好")');
      expect(h.cell('结果表', 'D2').value).toBeNull();
    });

    test('with overwrite the formula is replaced, and undo brings the formula back', async () => {
      const basis = await port.readSheet('结果表');
      const receipt = await port.writeCells('结果表', [write('C2', '优秀')], basis, { overwrite: true });
      expect(h.cell('结果表', 'C2').value).toBe('优秀');
      expect(h.formula('结果表', 'C2')).toBeNull();
      await port.undoWrites(JSON.parse(JSON.stringify(receipt)));
      expect(h.formula('结果表', 'C2')).toBe('=IF(B2>=90,"优秀","良好")');
    });
  });

  describe('whole-sheet writes (writeSheet, for the 审核意见 sheet) and their undo', () => {
    const REPORT = [
      ['序号', '项目名称', '审核结论', '审核意见'],
      [1, '医院设备购置', '良', '1. 「验收合格率」指标值「明显提升」无法衡量，请量化。\n审核结论：良（85分）。'],
      [2, '=不是公式', '中', '001'],
    ];

    test('adds the sheet at the end, makes it active and leaves every other sheet as it was; undo deletes it', async () => {
      const goalsBefore = await port.readSheet('目标表');
      const receipt = await port.writeSheet('审核意见', REPORT, { columnWidths: [6, 30, 9, 90], wrapColumns: [3] });
      expect((await port.listSheets()).map((s) => s.name)).toEqual(['目标表', '结果表', '空表', '审核意见']);
      expect(await port.activeSheetName()).toBe('审核意见');
      const written = await port.readSheet('审核意见');
      expect(written.origin).toEqual({ row: 0, col: 0 });
      // Text Excel would turn into a formula or a number stays the text it was.
      expect(written.values).toEqual(REPORT);
      expect(await port.readSheet('目标表')).toEqual(goalsBefore);
      expect(receipt).toMatchObject({ sheet: '审核意见', created: true, rows: 3, cols: 4, before: null });
      expect(JSON.parse(JSON.stringify(receipt))).toEqual(receipt);

      await h.reopen().undoSheetWrite(JSON.parse(JSON.stringify(receipt)));
      expect((await port.listSheets()).map((s) => s.name)).toEqual(['目标表', '结果表', '空表']);
      expect(await port.readSheet('目标表')).toEqual(goalsBefore);
    });

    test('writes into an existing empty sheet without asking; undo empties it again and keeps the sheet', async () => {
      const receipt = await port.writeSheet('空表', REPORT);
      expect(receipt.created).toBe(false);
      expect(h.cell('空表', 'B2').value).toBe('医院设备购置');
      await port.undoSheetWrite(receipt);
      expect((await port.listSheets()).map((s) => s.name)).toContain('空表');
      expect((await port.readSheet('空表')).values).toEqual([]);
    });

    test('refuses a sheet with content unless told to replace it; a refresh clears what the new rows do not cover, and undo restores it', async () => {
      const e = await refusal(port.writeSheet('结果表', REPORT.slice(0, 2)));
      expect(e.code).toBe('OverwriteNotConfirmed');
      expect(h.cell('结果表', 'B2').value).toBe(92);

      const receipt = await port.writeSheet('结果表', REPORT.slice(0, 2), { replace: true });
      expect(receipt).toMatchObject({ created: false, rows: 4, cols: 4 });
      expect(h.cell('结果表', 'B2').value).toBe('医院设备购置');
      expect(h.cell('结果表', 'A4').value).toBeNull();
      await port.undoSheetWrite(receipt);
      expect((await port.readSheet('结果表')).values).toEqual(RESULTS().values);
    });

    test('a protected sheet refuses the write; undo refuses when a generated cell was edited, changing nothing', async () => {
      h.protect('空表', true);
      expect((await refusal(port.writeSheet('空表', REPORT))).code).toBe('SheetProtected');
      expect((await port.readSheet('空表')).values).toEqual([]);

      const receipt = await port.writeSheet('审核意见', REPORT);
      h.edit('审核意见', 'D2', '审核人补充的意见');
      const e = await refusal(port.undoSheetWrite(receipt));
      expect(e.code).toBe('SheetChanged');
      expect(e.message).toContain('D2');
      expect((await port.listSheets()).map((s) => s.name)).toContain('审核意见');
      expect(h.cell('审核意见', 'D2').value).toBe('审核人补充的意见');
    });

    test('refuses an invalid sheet name or value before any change', async () => {
      expect((await refusal(port.writeSheet('审核:意见', REPORT))).code).toBe('InvalidInput');
      expect((await refusal(port.writeSheet('审核意见', [[Number.NaN]]))).code).toBe('InvalidInput');
      expect((await port.listSheets()).map((s) => s.name)).toEqual(['目标表', '结果表', '空表']);
    });
  });

  describe('settings', () => {
    test('missing keys read as null; values round-trip; saving null deletes', async () => {
      expect(await port.loadSettings('goal-lint.policy')).toBeNull();
      const policy = { rules: { 'goal/unquantified': 'warning' }, evaluation: { bands: [90, 80, 60] } };
      await port.saveSettings('goal-lint.policy', policy);
      expect(await port.loadSettings('goal-lint.policy')).toEqual(policy);
      expect(await h.reopen().loadSettings('goal-lint.policy')).toEqual(policy);
      await port.saveSettings('goal-lint.policy', null);
      expect(await port.loadSettings('goal-lint.policy')).toBeNull();
    });

    test('a stored value is a copy: changing the object afterwards does not change the workbook', async () => {
      const accepted = { version: 1, entries: { a: { cell: 'D5' } } };
      await port.saveSettings('goal-lint.accepted', accepted);
      accepted.entries.a.cell = 'X1';
      expect(await port.loadSettings('goal-lint.accepted')).toEqual({ version: 1, entries: { a: { cell: 'D5' } } });
    });
  });
});
