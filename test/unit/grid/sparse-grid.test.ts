import { Grid } from '../../../src/core/grid/grid';
import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { mergeFromA1 } from '../../helpers/sheet';

/** A snapshot whose rows are sparse arrays, as a sparse reader delivers one. */
function sparse(cells: Record<string, CellValue>, merges: string[] = []): SheetSnapshot {
  const values: CellValue[][] = [];
  for (const [a1, v] of Object.entries(cells)) {
    const { top, left } = mergeFromA1(a1);
    (values[top] ??= [])[left] = v;
  }
  return { name: 'S', origin: { row: 0, col: 0 }, values, merges: merges.map(mergeFromA1) };
}

describe('Grid over sparse snapshots', () => {
  it('bounds, rows and columns follow the cells that exist', () => {
    const g = new Grid(sparse({ B2: '项目名称', C2: 'X', D5: 1 }));
    expect([g.top, g.left, g.bottom, g.right]).toEqual([1, 1, 4, 3]);
    expect(g.rows()).toEqual([1, 4]);
    expect(g.columns(1)).toEqual([1, 2]);
    expect(g.columns(2)).toEqual([]);
    expect(g.nextRow(2)).toBe(4);
    expect(g.nextRow(5)).toBeUndefined();
  });

  it('a stray value at XFD1048576 costs two rows, not a million', () => {
    const g = new Grid(sparse({ A1: '一级指标', XFD1048576: 'x' }));
    expect(g.rows()).toEqual([0, 1048575]);
    expect(g.columns(1048575)).toEqual([16383]);
    expect(g.text(1048575, 16383)).toBe('x');
    expect(g.text(500000, 3)).toBe('');
  });

  it('a huge merge is indexed without expanding it, and resolves any of its cells', () => {
    const g = new Grid(sparse({ A1: 'a', E1: '注：本表…', H40000: 'y' }, ['E1:XFD1048576', 'A2:A3']));
    expect(g.value(39000, 7)).toBe('注：本表…');
    expect(g.isMergeContinuation(39000, 7)).toBe(true);
    expect(g.owner(2, 0)).toEqual({ row: 1, col: 0 });
    expect(g.mergeAt(0, 3)).toBeUndefined();
  });

  it('a merge whose value cell lies outside the cells that exist shows nothing', () => {
    const g = new Grid(sparse({ C3: 'v' }, ['A1:D4']));
    expect(g.mergeAt(2, 2)).toBeUndefined();
    expect(g.value(2, 2)).toBe('v');
  });

  it('columns(): a row of side-by-side values gets the run of its columns; gaps, empty rows and long rows are listed', () => {
    const g = new Grid({
      name: 'S',
      origin: { row: 0, col: 2 },
      values: [
        ['a', 'b', 'c'],
        [null, 1, 2, ''],
        ['x', null, 'z'],
        [null, '', null],
        ['p', 'q', 'r'],
        Object.assign(new Array(300).fill(null), { 0: 'wide', 299: 'end' }),
      ],
      merges: [],
    });
    expect(g.columns(0)).toEqual([2, 3, 4]);
    expect(g.columns(1)).toEqual([3, 4]);
    expect(g.columns(2)).toEqual([2, 4]);
    expect(g.columns(3)).toEqual([]);
    expect(g.columns(4)).toBe(g.columns(0)); // the same run, shared
    expect(g.columns(5)).toEqual([2, 301]);
    expect(g.columns(9)).toEqual([]);
  });
});
