import { MemoryWorkbookPort, type MemoryChange } from '../../../src/adapters/memory';
import { FLAG_FILL } from '../../../src/adapters/workbook-port';
import { fromA1 } from '../../../src/core/grid/address';
import { sheet } from '../../helpers/sheet';

/** What the preview grid needs from the in-memory port beyond the shared contract. */
describe('MemoryWorkbookPort (preview and tests)', () => {
  const make = () => MemoryWorkbookPort.fromSnapshots([sheet('目标表', [['三级指标', '指标值'], ['满意度', '较高'], ['开工日期', new Date(Date.UTC(2025, 2, 1))]])]);

  test('decorations list our flags with their severity, and the user’s own fills and notes without one', async () => {
    const port = make();
    port.setFill('目标表', 'A1', { color: '#D9D9D9', pattern: 'Solid' });
    await port.flagCells('目标表', [{ ref: fromA1('B2'), severity: 'warning', note: '[goal/unquantified] 较高' }]);
    expect(port.getCellDecorations('目标表')).toEqual([
      { ref: fromA1('A1'), a1: 'A1', fill: '#D9D9D9', note: null, flag: null },
      { ref: fromA1('B2'), a1: 'B2', fill: FLAG_FILL.warning, note: '[goal/unquantified] 较高', flag: 'warning' },
    ]);
    await port.clearFlags();
    expect(port.getCellDecorations('目标表')).toEqual([{ ref: fromA1('A1'), a1: 'A1', fill: '#D9D9D9', note: null, flag: null }]);
  });

  test('subscribers hear about flags, writes and selection, with the cells touched; unsubscribing stops it', async () => {
    const port = make();
    const heard: MemoryChange[] = [];
    const stop = port.subscribe((c) => heard.push(c));
    await port.flagCells('目标表', [{ ref: fromA1('B2'), severity: 'error', note: 'x' }]);
    await port.writeCells('目标表', [{ ref: fromA1('C1'), value: '备注', role: 'header' }], await port.readSheet('目标表'));
    await port.selectCell('目标表', fromA1('B2'));
    await port.flagCells('目标表', [{ ref: fromA1('A3'), severity: 'info', note: 'y' }]);
    await port.clearFlags('目标表');
    expect(heard).toEqual([
      { kind: 'flags', sheet: '目标表', cells: [fromA1('B2')] },
      { kind: 'cells', sheet: '目标表', cells: [fromA1('C1')] },
      { kind: 'selection' },
      // Flagging again replaces the sheet's flags: B2 loses its flag, A3 gets one.
      { kind: 'flags', sheet: '目标表', cells: expect.arrayContaining([fromA1('B2'), fromA1('A3')]) },
      { kind: 'flags', sheet: '目标表', cells: [fromA1('A3')] },
    ]);
    expect(port.getSelection()).toEqual({ sheet: '目标表', ref: fromA1('B2') });
    stop();
    await port.selectCell('目标表', fromA1('A1'));
    expect(heard).toHaveLength(5);
  });

  test('what the grid reads: values, formats, looks, merges and the used size, without copying the sheet', () => {
    const port = MemoryWorkbookPort.fromSnapshots([{ ...sheet('目标表', [['标题', null, null], [null, 0.5, null]], ['A1:C1']), numberFormats: [[null], [null, '0%']] }]);
    port.setFill('目标表', 'B2', { color: '#FFC7CE', pattern: 'Solid' });
    port.setNote('目标表', 'B2', '说明');
    expect(port.valueAt('目标表', 1, 1)).toBe(0.5);
    expect(port.valueAt('目标表', 9, 9)).toBeNull();
    expect(port.numberFormatAt('目标表', 1, 1)).toBe('0%');
    expect(port.lookAt('目标表', 'B2')).toEqual({ fill: '#FFC7CE', note: '说明' });
    expect(port.lookAt('目标表', 'A1')).toEqual({ fill: null, note: null });
    expect(port.mergedAreas('目标表')).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(port.usedSize('目标表')).toEqual({ rows: 2, cols: 2 });
    port.setCellFormula('目标表', 'D5', '=B2*2');
    expect(port.usedSize('目标表')).toEqual({ rows: 5, cols: 4 });
    const seen: string[] = [];
    port.eachValue('目标表', (r, c, v) => seen.push(`${r},${c}=${String(v)}`));
    // A formula with no saved result has no value: nothing to draw or measure.
    expect(seen).toEqual(['0,0=标题', '1,1=0.5']);
  });

  test('dates survive a receipt stored as JSON and come back as the same instant', async () => {
    const port = make();
    const basis = await port.readSheet('目标表');
    const receipt = await port.writeCells('目标表', [{ ref: fromA1('B3'), value: '2025年3月1日前', role: 'value' }], basis, { overwrite: true });
    await port.undoWrites(JSON.parse(JSON.stringify(receipt)));
    expect(port.cell('目标表', 'B3').value).toEqual(new Date(Date.UTC(2025, 2, 1)));
  });

  test('reading returns copies: changing a snapshot does not change the workbook', async () => {
    const port = make();
    const snap = await port.readSheet('目标表');
    (snap.values[1] as unknown[])[1] = '≥90%';
    expect(port.cell('目标表', 'B2').value).toBe('较高');
  });
});
