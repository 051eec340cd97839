import { OfficeWorkbookPort, parseAreas } from '../../../src/adapters/office';
import { NOTE_SEPARATOR } from '../../../src/adapters/common/flag-plan';
import { FLAG_FILL, PortError, type FlagSpec } from '../../../src/adapters/workbook-port';
import { MemoryWorkbookPort } from '../../../src/adapters/memory';
import { fromA1, toA1 } from '../../../src/core/grid/address';
import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { sheet } from '../../helpers/sheet';
import { FakeExcel } from './fake-excel';
import { officePort } from './office-harness';

/** What only the office.js adapter has: host capabilities, batching, request limits, undo groups. */

const flag = (a1: string, severity: FlagSpec['severity'] = 'error', note = `问题 ${a1}`): FlagSpec => ({ ref: fromA1(a1), severity, note });

const goals = (): SheetSnapshot =>
  sheet(
    '目标表',
    [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '购置CT机', '=1台'],
      [null, '时效指标', '完成时间', 45_961],
      ['满意度指标', '服务对象满意度指标', '患者满意度', '较高'],
    ],
    ['A2:A3'],
  );

async function refusal(p: Promise<unknown>): Promise<PortError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(PortError);
    return e as PortError;
  }
  throw new Error('expected a refusal');
}

describe('the mock Excel behaves like office.js where the adapter depends on it', () => {
  test('properties cannot be read before load + sync (office-addin-mock enforces it for protection)', async () => {
    const fake = new FakeExcel([goals()]);
    await fake.excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('目标表');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values');
      expect(() => used.values).toThrow(/PropertyNotLoaded|not available/);
      await ctx.sync();
      expect(used.values[0][0]).toBe('一级指标');
      const again = ws.getUsedRangeOrNullObject(true);
      expect(() => again.values).toThrow(/PropertyNotLoaded|not available/);
      ws.protection.load('protected');
      expect(ws.protection.protected).not.toBe(false); // office-addin-mock's "not synced" marker
      await ctx.sync();
      expect(ws.protection.protected).toBe(false);
    });
  });
});

describe('OfficeWorkbookPort on the mock Excel', () => {
  test('reads in one sync: values, serial dates with their formats, merges, protection', async () => {
    const snap = goals();
    const fake = new FakeExcel([{ ...snap, numberFormats: [[], [], [null, null, null, 'yyyy"年"m"月"d"日"']] }]);
    const port = officePort(fake);
    const read = await port.readSheet('目标表');
    expect(port.lastSyncs).toBe(1);
    expect(read.values[2][3]).toBe(45_961);
    expect(read.numberFormats?.[2][3]).toBe('yyyy"年"m"月"d"日"');
    expect(read.numberFormats?.[1][3]).toBeNull(); // General
    expect(read.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    // The same snapshot as the in-memory adapter gives for the same sheet.
    expect(read).toEqual(await new MemoryWorkbookPort([{ ...snap, numberFormats: [[], [], [null, null, null, 'yyyy"年"m"月"d"日"']] }]).readSheet('目标表'));
  });

  test('merged areas are parsed from addresses, whatever the sheet name', () => {
    expect(parseAreas("'a,b c'!A1:B2, 'it''s'!$D$4, 目标表!C3:C9")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
      { top: 2, left: 2, bottom: 8, right: 2 },
    ]);
  });

  test('flags in two syncs: fills by RangeAreas per severity, notes, originals stored as a workbook setting', async () => {
    const fake = new FakeExcel([goals()]);
    const port = officePort(fake);
    await port.flagCells('目标表', [flag('D4'), flag('D2', 'warning'), flag('C4', 'info')]);
    expect(port.lastSyncs).toBe(2);
    const write = fake.requests[fake.requests.length - 1];
    expect(write.commands).toBeLessThan(20);
    expect(fake.cell('目标表', 'D4').fill).toMatchObject({ color: FLAG_FILL.error, pattern: 'Solid' });
    expect(fake.sheet('目标表').notes.get('D2')).toBe('问题 D2');
    expect([...fake.settings.keys()]).toEqual(['goal-lint.flags/目标表']);
    expect(fake.suspensions).toBe(1); // screen updating suspended for the write request
  });

  test('write runs use one undo group on ExcelApi 1.20, plain runs before it, and never for reads', async () => {
    const modern = new FakeExcel([goals()]);
    await officePort(modern).flagCells('目标表', [flag('D4')]);
    await officePort(modern).readSheet('目标表');
    expect(modern.runOptions).toEqual([{ mergeUndoGroup: true }, null]);

    const older = new FakeExcel([goals()], { apiVersion: '1.19' });
    await officePort(older).flagCells('目标表', [flag('D4')]);
    expect(older.runOptions).toEqual([null]);
  });

  test('a protected sheet is refused after the reading sync: no write request is ever sent', async () => {
    const fake = new FakeExcel([{ ...goals(), protected: true }]);
    const port = officePort(fake);
    const e = await refusal(port.flagCells('目标表', [flag('D4')]));
    expect(e.code).toBe('SheetProtected');
    expect(port.lastSyncs).toBe(1);
    expect(fake.settings.size).toBe(0);
    await refusal(port.writeCells('目标表', [{ ref: fromA1('E1'), value: '备注', role: 'header' }], await port.readSheet('目标表')));
    expect(port.lastSyncs).toBe(1);
  });

  test('writes text Excel would reinterpret as text, and undo restores a formula exactly', async () => {
    const fake = new FakeExcel([sheet('表', [['编号', '合计', '比例'], [null, null, '0012']])]);
    const c = fake.sheet('表').at(1, 1);
    c.formula = '=SUM(A1:A1)';
    c.value = 0;
    const port = officePort(fake);
    const basis = await port.readSheet('表');
    const receipt = await port.writeCells('表', [{ ref: fromA1('A2'), value: '001', role: 'value' }, { ref: fromA1('C2'), value: '10%', role: 'value' }, { ref: fromA1('B2'), value: 7, role: 'value' }], basis, { overwrite: true });
    expect(fake.cellValue('表', 'A2')).toBe('001');
    expect(fake.cellValue('表', 'C2')).toBe('10%');
    expect(receipt.cells.find((x) => toA1(x.ref) === 'B2')?.before).toBe('=SUM(A1:A1)');
    await port.undoWrites(receipt);
    expect(fake.cell('表', 'B2').formula).toBe('=SUM(A1:A1)');
    expect(fake.cellValue('表', 'A2')).toBeNull();
    expect(fake.cellValue('表', 'C2')).toBe('0012'); // text that looks like a number came back as text
  });

  test('settings are stored as JSON text and read back as the same value', async () => {
    const fake = new FakeExcel([goals()]);
    const port = officePort(fake);
    await port.saveSettings('goal-lint.policy', { rules: { 'goal/unquantified': 'warning' } });
    expect(fake.settings.get('goal-lint.policy')).toBe('{"rules":{"goal/unquantified":"warning"}}');
    expect(await port.loadSettings('goal-lint.policy')).toEqual({ rules: { 'goal/unquantified': 'warning' } });
  });
});

describe('older hosts', () => {
  test('without notes (before ExcelApi 1.18) flags go into comments; a user’s comment is left alone', async () => {
    const fake = new FakeExcel([goals()], { apiVersion: '1.17' });
    fake.addComment('目标表', 'D2', '王科长：请补充型号');
    const port = officePort(fake);
    await port.flagCells('目标表', [flag('D4', 'error', '不可衡量'), flag('D2', 'warning', '缺少单位')]);
    expect(fake.comments.map((c) => [c.a1, c.content])).toEqual([
      ['D2', '王科长：请补充型号'],
      ['D4', '不可衡量'],
    ]);
    expect(fake.cell('目标表', 'D2').fill.color).toBe(FLAG_FILL.warning); // colour only
    // Re-flag (our comment's text changes in place), then clear: only our comment goes.
    await port.flagCells('目标表', [flag('D4', 'error', '不可衡量（复查）'), flag('D2', 'warning', '缺少单位')]);
    expect(fake.comments.find((c) => c.a1 === 'D4')?.content).toBe('不可衡量（复查）');
    expect(await officePort(fake).clearFlags()).toBe(2);
    expect(fake.comments.map((c) => [c.a1, c.content])).toEqual([['D2', '王科长：请补充型号']]);
    expect(fake.cell('目标表', 'D2').fill.pattern).toBe('None');
  });

  test('a user’s note gets ours appended, and gets back its exact text on clear', async () => {
    const fake = new FakeExcel([goals()]);
    fake.sheet('目标表').notes.set('D4', '原有批注：\n第二行');
    const port = officePort(fake);
    await port.flagCells('目标表', [flag('D4', 'error', '我们的')]);
    expect(fake.sheet('目标表').notes.get('D4')).toBe(`原有批注：\n第二行${NOTE_SEPARATOR}我们的`);
    await port.clearFlags('目标表');
    expect(fake.sheet('目标表').notes.get('D4')).toBe('原有批注：\n第二行');
  });

  test('before ExcelApi 1.9 flagging is refused with a clear message and nothing changes; reading and filling still work', async () => {
    const fake = new FakeExcel([goals()], { apiVersion: '1.8' });
    const port = officePort(fake);
    const e = await refusal(port.flagCells('目标表', [flag('D4')]));
    expect(e.code).toBe('ApiNotSupported');
    expect(e.message).toMatch(/不支持.*ExcelApi 1\.9/);
    expect(fake.syncs).toBe(0);
    const snap = await port.readSheet('目标表');
    expect(snap.merges).toEqual([]); // no merged-areas API before 1.13: read without them
    await port.writeCells('目标表', [{ ref: fromA1('E1'), value: '备注', role: 'header' }], snap);
    expect(fake.cellValue('目标表', 'E1')).toBe('备注');
  });

  test('outside Excel (no Excel namespace) the port cannot be created, with a clear message', () => {
    expect(() => new OfficeWorkbookPort({ requirements: { isSetSupported: () => true } })).toThrow(/不支持/);
  });
});

describe('large requests', () => {
  const many = (rows: number): SheetSnapshot =>
    sheet(
      '大表',
      Array.from({ length: rows }, (_, i): CellValue[] => [`指标${i + 1}`, i % 2 ? '较高' : '≥95%']),
    );

  test('a flag too big for one request is split under the budget, and the result is the same', async () => {
    const fake = new FakeExcel([many(600)], { requestLimitBytes: 40_000 });
    const port = officePort(fake, 25_000);
    const flags = Array.from({ length: 300 }, (_, i) => flag(`B${2 * i + 2}`, 'error', `第${i + 1}条：指标值不可衡量，请写出数字和单位`));
    await port.flagCells('大表', flags);
    expect(port.lastSyncs).toBeGreaterThan(3);
    expect(Math.max(...fake.requests.map((r) => r.bytes))).toBeLessThanOrEqual(40_000);
    expect(fake.sheet('大表').notes.size).toBe(300);
    expect(fake.cell('大表', 'B600').fill.color).toBe(FLAG_FILL.error);
    expect(fake.cell('大表', 'B599').fill.pattern).toBe('None');
    expect(await officePort(fake, 25_000).clearFlags()).toBe(300);
    expect(fake.sheet('大表').notes.size).toBe(0);
    expect(fake.cell('大表', 'B600').fill.pattern).toBe('None');
  });

  test('scattered cells are addressed in lists short enough for getRanges', async () => {
    const fake = new FakeExcel([many(3_000)], { maxAddressChars: 2_100 });
    const port = officePort(fake);
    await port.flagCells('大表', Array.from({ length: 1_500 }, (_, i) => flag(`B${2 * i + 1}`, 'warning', 'x')));
    expect(fake.cell('大表', 'B2999').fill.color).toBe(FLAG_FILL.warning);
    expect(port.lastSyncs).toBe(2);
  });

  test('a sheet too big for one response is read in bands, and reads the same', async () => {
    const snap = many(4_000);
    const fake = new FakeExcel([snap], { responseLimitBytes: 100_000 });
    const port = officePort(fake);
    const read = await port.readSheet('大表');
    expect(port.lastSyncs).toBeGreaterThan(2);
    expect(read.values).toEqual(snap.values);
    expect(read.values).toHaveLength(4_000);
  });
});
