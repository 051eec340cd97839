import type { CellRef } from './types';

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** {row: 12, col: 3} → "D13". */
export function toA1(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

const A1 = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function fromA1(a1: string): CellRef {
  const m = A1.exec(a1.trim());
  if (!m) throw new Error(`不是有效的单元格地址: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:C3" style range address for a rectangle. */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = toA1({ row: top, col: left });
  const b = toA1({ row: bottom, col: right });
  return a === b ? a : `${a}:${b}`;
}
