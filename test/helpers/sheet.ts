import { fromA1 } from '../../src/core/grid/address';
import { Grid } from '../../src/core/grid/grid';
import type { CellValue, MergedArea, SheetSnapshot } from '../../src/core/grid/types';

/**
 * Builds a snapshot from rows written as arrays, with merges as A1 ranges ("A5:A9").
 * `sheet('目标表', [['项目名称', 'X'], …], ['B1:D1'])`. Origin defaults to A1.
 */
export function sheet(name: string, rows: CellValue[][], merges: string[] = [], origin = 'A1'): SheetSnapshot {
  return { name, origin: fromA1(origin), values: rows, merges: merges.map(mergeFromA1) };
}

export function grid(name: string, rows: CellValue[][], merges: string[] = [], origin = 'A1'): Grid {
  return new Grid(sheet(name, rows, merges, origin));
}

export function mergeFromA1(range: string): MergedArea {
  const [a, b = a] = range.split(':');
  const p = fromA1(a);
  const q = fromA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
