import { PreviewWorkbook } from '../../../src/preview/preview-port';
import { MemoryWorkbookPort } from '../../../src/adapters/memory';
import { FLAG_FILL } from '../../../src/adapters/workbook-port';
import { fromA1 } from '../../../src/core/grid/address';
import { sheet } from '../../helpers/sheet';

/** The preview's per-sheet view: what a change touches is all that changes in it. */
describe('SheetView', () => {
  const make = () =>
    new PreviewWorkbook([
      sheet('目标表', [
        ['三级指标', '指标值'],
        ['满意度', '较高'],
        ['验收合格率', '≥95%'],
      ]),
      sheet('说明', [['填表说明']]),
    ]);

  test('a flag gives the flagged row new looks; the other rows keep theirs, and their versions', async () => {
    const wb = make();
    const view = wb.view('目标表');
    await wb.port.flagCells('目标表', [{ ref: fromA1('B3'), severity: 'warning', note: '[x] 说明' }]);
    const row2 = view.rowLooks(2);
    const versions = [0, 1, 2].map((r) => view.rowVersion(r));
    const heard: number[] = [];
    view.subscribe(() => heard.push(view.getVersion()));

    await wb.port.flagCells('目标表', [
      { ref: fromA1('B3'), severity: 'warning', note: '[x] 说明' },
      { ref: fromA1('B2'), severity: 'error', note: '[y] 较高' },
    ]);
    expect(view.rowLooks(1)?.get(1)).toEqual({ fill: FLAG_FILL.error, note: '[y] 较高' });
    // B3 keeps its flag.
    expect(view.rowLooks(2)?.get(1)).toEqual(row2?.get(1));
    expect(view.rowLooks(0)).toBeUndefined();
    // Flags are looks, not values: no row's value version moved.
    expect([0, 1, 2].map((r) => view.rowVersion(r))).toEqual(versions);
    expect(heard).toHaveLength(1);

    await wb.port.clearFlags('目标表');
    expect(view.rowLooks(1)).toBeUndefined();
    expect(view.rowLooks(2)).toBeUndefined();
  });

  test('a write moves the version of the rows written and no other; longer text widens its column', async () => {
    const wb = make();
    const view = wb.view('目标表');
    const before = [0, 1, 2].map((r) => view.rowVersion(r));
    const width = view.widths[2];
    const basis = await wb.port.readSheet('目标表');
    await wb.port.writeCells('目标表', [{ ref: fromA1('C2'), value: '已达成年度目标，群众满意度调查结果为百分之九十六', role: 'value' }], basis);
    expect(view.rowVersion(1)).not.toBe(before[1]);
    expect(view.rowVersion(0)).toBe(before[0]);
    expect(view.rowVersion(2)).toBe(before[2]);
    expect(view.widths[2]).toBeGreaterThan(width);
    expect(view.value(1, 2)).toBe('已达成年度目标，群众满意度调查结果为百分之九十六');
  });

  test('a cell written far below grows the rows drawn; a change to another sheet is not heard', async () => {
    const wb = make();
    const view = wb.view('目标表');
    const heard: number[] = [];
    view.subscribe(() => heard.push(view.getVersion()));
    wb.edit('说明', 'A2', '第二行');
    expect(heard).toEqual([]);
    expect(view.rows).toBe(20);
    wb.edit('目标表', 'A40', '合计');
    expect(view.rows).toBe(42);
    expect(heard).toHaveLength(1);
  });

  test('a sheet replaced whole is read again: every row gets a new version', async () => {
    const wb = make();
    const view = wb.view('说明');
    const before = view.rowVersion(0);
    await wb.port.writeSheet('说明', [['新的说明'], ['第二行']], { replace: true });
    expect(view.rowVersion(0)).not.toBe(before);
    expect(view.value(1, 0)).toBe('第二行');
  });

  test('a cell at the last row and column of a sheet: the grid reaches it and goes no further', () => {
    const wb = make();
    const view = wb.view('目标表');
    wb.edit('目标表', 'XFD1048576', 'x');
    expect(view.rows).toBe(1_048_576);
    expect(view.cols).toBe(16_384);
    expect(view.widths).toHaveLength(16_384);
  });

  test('an opened workbook: the columns the file sizes keep its widths, and its views hear its changes', async () => {
    const port = new MemoryWorkbookPort([sheet('目标表', [['三级指标', '指标值'], ['满意度', '较高']])]);
    const wb = new PreviewWorkbook(port, (name) => (name === '目标表' ? [undefined, 180] : []));
    const view = wb.view('目标表');
    expect(view.widths[1]).toBe(180);
    // A column the file leaves alone is as wide as its text (at least 64 px).
    expect(view.widths[0]).toBeGreaterThanOrEqual(64);
    const before = view.rowVersion(1);
    await port.flagCells('目标表', [{ ref: fromA1('B2'), severity: 'warning', note: '[x] 较高' }]);
    expect(view.rowLooks(1)?.get(1)?.fill).toBe(FLAG_FILL.warning);
    wb.edit('目标表', 'B2', '≥90%');
    expect(view.rowVersion(1)).not.toBe(before);
    expect(view.widths[1]).toBe(180);
  });
});
