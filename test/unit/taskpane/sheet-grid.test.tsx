/** @jest-environment jsdom */
import { act, fireEvent, render } from '@testing-library/react';
import { SheetGrid } from '../../../src/preview/SheetGrid';
import { PreviewWorkbook } from '../../../src/preview/preview-port';
import { fromA1 } from '../../../src/core/grid/address';
import { sheet } from '../../helpers/sheet';

const snap = sheet(
  '目标表',
  [
    ['项目支出绩效目标申报表', null, null],
    ['一级指标', '三级指标', '指标值'],
    ['产出指标', '维修面积', 4200],
    [null, '工程质量', '明显提升'],
  ],
  ['A1:C1', 'A3:A4'],
);

// jsdom lays nothing out: the grid's scroller says it is 1,000 × 600 px, as in a browser window.
const sizes = { clientWidth: 1000, clientHeight: 600 } as const;
const real = Object.fromEntries(Object.keys(sizes).map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)]));
beforeAll(() => {
  for (const [k, px] of Object.entries(sizes)) {
    Object.defineProperty(HTMLElement.prototype, k, {
      configurable: true,
      get(this: HTMLElement) {
        return this.dataset.testid === 'sheet-grid' ? px : 0;
      },
    });
  }
});
afterAll(() => {
  for (const [k, d] of Object.entries(real)) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
});

describe('preview grid', () => {
  test('draws column letters, row numbers and merged cells as one spanning cell', () => {
    const wb = new PreviewWorkbook([snap]);
    const { container } = render(<SheetGrid view={wb.view('目标表')} selected={null} onSelect={() => undefined} />);
    const headers = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers.slice(1, 4)).toEqual(['A', 'B', 'C']);
    const title = container.querySelector('td[data-a1="A1"]') as HTMLTableCellElement;
    expect(title.colSpan).toBe(3);
    expect(container.querySelector('td[data-a1="B1"]')).toBeNull();
    const level = container.querySelector('td[data-a1="A3"]') as HTMLTableCellElement;
    expect(level.rowSpan).toBe(2);
    expect(level.textContent).toBe('产出指标');
    expect(container.querySelector('td[data-a1="A4"]')).toBeNull();
    expect(container.querySelector('tbody tr:nth-child(3) th')!.textContent).toBe('3');
    expect(container.querySelector('table')!.getAttribute('role')).toBe('grid');
  });

  test('shows fills, notes (as the tooltip, with a corner mark) and the selected cell; a click selects', () => {
    const wb = new PreviewWorkbook([snap]);
    wb.port.setFill('目标表', 'C4', { color: '#FFC7CE', pattern: 'Solid' });
    wb.port.setNote('目标表', 'C4', '[goal/unquantified] 无法衡量');
    const picked: unknown[] = [];
    const { container } = render(<SheetGrid view={wb.view('目标表')} selected={{ row: 3, col: 2 }} onSelect={(r) => picked.push(r)} />);
    const c4 = container.querySelector('td[data-a1="C4"]') as HTMLElement;
    expect(c4.style.backgroundColor).toBe('rgb(255, 199, 206)');
    expect(c4.getAttribute('title')).toContain('无法衡量');
    expect(c4.dataset.note).toBe('yes');
    // The red corner is the cell's own background, not an element: the cell's text is all a reader hears.
    expect(c4.textContent).toBe('明显提升');
    expect(c4.getAttribute('aria-selected')).toBe('true');
    expect(container.querySelectorAll('td[aria-selected="true"]').length).toBe(1);
    fireEvent.click(container.querySelector('td[data-a1="B3"]')!);
    // A click in a merged area selects its top-left cell, as in Excel.
    fireEvent.click(container.querySelector('td[data-a1="A3"]')!);
    expect(picked).toEqual([{ row: 2, col: 1 }, { row: 2, col: 0 }]);
  });

  test('flags, clears and writes redraw the rows they touch and no others', async () => {
    const wb = new PreviewWorkbook([snap]);
    const view = wb.view('目标表');
    const { container } = render(<SheetGrid view={view} selected={null} onSelect={() => undefined} />);
    const drawn = (a1: string) => container.querySelector(`td[data-a1="${a1}"]`) as HTMLElement;
    // Every value the grid reads goes through the view: counting the reads counts the cells redrawn.
    const reads: number[] = [];
    const read = view.value.bind(view);
    view.value = (row, col) => {
      reads.push(row);
      return read(row, col);
    };

    await act(() => wb.port.flagCells('目标表', [{ ref: fromA1('C4'), severity: 'warning', note: '[goal/unquantified] 明显提升' }]));
    expect(drawn('C4').dataset.fill).toBeDefined();
    expect(drawn('C4').getAttribute('title')).toContain('明显提升');
    expect(new Set(reads)).toEqual(new Set([3]));

    reads.length = 0;
    await act(() => wb.port.writeCells('目标表', [{ ref: fromA1('B2'), value: '三级指标名称', role: 'header' }], snap, { overwrite: true }));
    expect(drawn('B2').textContent).toBe('三级指标名称');
    expect(new Set(reads)).toEqual(new Set([1]));

    reads.length = 0;
    await act(async () => void (await wb.port.clearFlags('目标表')));
    expect(drawn('C4').dataset.fill).toBeUndefined();
    expect(drawn('C4').getAttribute('title')).toBeNull();
    expect(new Set(reads)).toEqual(new Set([3]));
  });

  test('a sheet much taller than the screen is not drawn whole', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [`第${i + 1}行`, i]);
    const wb = new PreviewWorkbook([sheet('大表', rows)]);
    const { container } = render(<SheetGrid view={wb.view('大表')} selected={null} onSelect={() => undefined} />);
    const drawnRows = container.querySelectorAll('tbody tr[data-index]').length;
    expect(drawnRows).toBeGreaterThan(0);
    expect(drawnRows).toBeLessThan(100);
    expect(container.querySelector('table')!.getAttribute('aria-rowcount')).toBe('5003');
  });

  test('a merged area that starts above the rows drawn is drawn clipped to them, with its top-left value', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i === 4 ? '产出指标' : null, `指标${i + 1}`]);
    const wb = new PreviewWorkbook([sheet('大表', rows, ['A5:A200'])]);
    wb.port.setFill('大表', 'A5', { color: '#FFC7CE', pattern: 'Solid' });
    const { container } = render(<SheetGrid view={wb.view('大表')} selected={{ row: 4, col: 0 }} onSelect={() => undefined} />);
    const scroller = container.querySelector('[data-testid=sheet-grid]') as HTMLElement;
    // Scrolled to about row 100 (jsdom keeps no scroll position: the scroller reports it).
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 100 * 22 });
    act(() => void fireEvent.scroll(scroller));
    const drawn = [...container.querySelectorAll('tbody tr[data-index]')].map((tr) => Number((tr as HTMLElement).dataset.index));
    expect(drawn[0]).toBeGreaterThan(4);
    expect(drawn[drawn.length - 1]).toBeLessThan(200);
    const area = container.querySelectorAll('td[data-a1="A5"]');
    expect(area).toHaveLength(1);
    const td = area[0] as HTMLTableCellElement;
    expect(td.closest('tr')!.dataset.index).toBe(String(drawn[0]));
    expect(td.rowSpan).toBe(drawn.length);
    expect(td.textContent).toBe('产出指标');
    expect(td.dataset.fill).toBe('#FFC7CE');
    expect(td.getAttribute('aria-selected')).toBe('true');
    // Every drawn row has its B cell, and no other A cell.
    expect(container.querySelectorAll('td[data-a1^="A"]')).toHaveLength(1);
    expect(container.querySelectorAll('td[data-a1^="B"]')).toHaveLength(drawn.length);
  });
});
