/** @jest-environment jsdom */
import { fireEvent, render } from '@testing-library/react';
import { SheetGrid, type CellLook } from '../../../src/preview/SheetGrid';
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

describe('preview grid', () => {
  test('draws column letters, row numbers and merged cells as one spanning cell', () => {
    const { container } = render(<SheetGrid snapshot={snap} looks={new Map()} selected={null} onSelect={() => undefined} />);
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
  });

  test('shows fills, notes (as the tooltip, with a corner mark) and the selected cell; a click selects', () => {
    const looks = new Map<string, CellLook>([['C4', { fill: '#FFC7CE', note: '[goal/unquantified] 无法衡量' }]]);
    const picked: unknown[] = [];
    const { container } = render(<SheetGrid snapshot={snap} looks={looks} selected={{ row: 3, col: 2 }} onSelect={(r) => picked.push(r)} />);
    const c4 = container.querySelector('td[data-a1="C4"]') as HTMLElement;
    expect(c4.style.backgroundColor).toBe('rgb(255, 199, 206)');
    expect(c4.getAttribute('title')).toContain('无法衡量');
    expect(c4.querySelector('span[aria-hidden]')).not.toBeNull();
    expect(c4.getAttribute('aria-selected')).toBe('true');
    expect(container.querySelectorAll('td[aria-selected="true"]').length).toBe(1);
    fireEvent.click(container.querySelector('td[data-a1="B3"]')!);
    expect(picked).toEqual([{ row: 2, col: 1 }]);
  });
});
