import { isBlank, type CellRef, type CellValue } from '../grid/types';
import type { Grid } from '../grid/grid';
import type { Finding } from '../findings';

/** One value the core wants written. Headers are written the same way, into empty cells only. */
export interface CellWrite {
  readonly ref: CellRef;
  readonly value: string | number;
  /** Excel number format, e.g. '0.00%' for 调整比例, '0.00' for 万元 amounts. */
  readonly numberFormat?: string;
  readonly role: 'header' | 'value';
}

/** A proposed write that was not made because the cell already holds something the user typed. */
export interface SkippedWrite {
  readonly ref: CellRef;
  readonly existing: CellValue;
  readonly proposed: string | number;
  readonly reason: string;
}

/** A row that got no outputs at all, and why (invalid score, no base amount …). */
export interface SkippedRow {
  readonly row: number;
  readonly reason: string;
}

/** What a fill would do to one sheet; the adapters apply `writes` and report `skipped`. */
export interface FillPlan {
  readonly sheet: string;
  readonly writes: readonly CellWrite[];
  readonly skippedCells: readonly SkippedWrite[];
  readonly skippedRows: readonly SkippedRow[];
  readonly rowsFilled: number;
  readonly findings: readonly Finding[];
}

/**
 * Nothing lost: proposed writes into non-empty cells are kept out of the plan (and listed) unless the user
 * asked to overwrite. A cell that already holds exactly the proposed value is neither written nor listed.
 */
export function guardWrites(
  grid: Grid,
  proposed: readonly CellWrite[],
  overwrite: boolean,
): { writes: CellWrite[]; skipped: SkippedWrite[] } {
  const writes: CellWrite[] = [];
  const skipped: SkippedWrite[] = [];
  for (const w of proposed) {
    const existing = grid.raw(w.ref.row, w.ref.col);
    if (isBlank(existing)) {
      writes.push(w);
    } else if (sameValue(existing, w.value)) {
      continue;
    } else if (overwrite) {
      writes.push(w);
    } else {
      skipped.push({ ref: w.ref, existing, proposed: w.value, reason: '单元格已有内容，未覆盖（需要覆盖时请确认覆盖）' });
    }
  }
  return { writes, skipped };
}

function sameValue(existing: CellValue, proposed: string | number): boolean {
  if (typeof proposed === 'number') return typeof existing === 'number' && Math.abs(existing - proposed) < 1e-9;
  return typeof existing === 'string' && existing.trim() === proposed.trim();
}
