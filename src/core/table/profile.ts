import type { Grid } from '../grid/grid';

/**
 * What a column holds, read from its cells rather than its header. Real templates put 数量指标 in a column
 * headed 一级指标, or indicator names under 二级指标; the contents settle what the header only suggests.
 * Each merged cell counts once (its top-left cell), and at most `limit` rows are read: a column's kind is
 * clear long before the end of a 50,000-row table.
 */
export interface ColumnProfile {
  readonly col: number;
  /** Distinct non-blank cells read (a merge counts once). */
  readonly filled: number;
  /** How many of them each classifier accepted. */
  readonly counts: Readonly<Record<string, number>>;
}

export type CellClassifier = (text: string) => string | null;

export function profileColumn(grid: Grid, col: number, rows: readonly number[], classify: CellClassifier, limit = 400): ColumnProfile {
  const counts: Record<string, number> = {};
  let filled = 0;
  let seen = 0;
  for (const r of rows) {
    if (seen++ >= limit) break;
    if (grid.isMergeContinuation(r, col)) continue;
    const t = grid.text(r, col);
    if (!t) continue;
    filled++;
    const k = classify(t);
    if (k) counts[k] = (counts[k] ?? 0) + 1;
  }
  return { col, filled, counts };
}

/** Share of the filled cells a classifier accepted (0 for an empty column). */
export function share(p: ColumnProfile, ...kinds: string[]): number {
  if (p.filled === 0) return 0;
  let n = 0;
  for (const k of kinds) n += p.counts[k] ?? 0;
  return n / p.filled;
}
