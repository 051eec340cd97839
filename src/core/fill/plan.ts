import { toA1 } from '../grid/address';
import { formulaAt, isBlank, type CellRef, type CellValue } from '../grid/types';
import { cellText, type Grid } from '../grid/grid';
import type { Finding, Locale } from '../findings';
import { CellWrites, type CellWrite } from './cell-writes';

export { CellWrites, type CellWrite };

/** A proposed write that was not made because the cell already holds something the user typed. */
export interface SkippedWrite {
  readonly ref: CellRef;
  readonly existing: CellValue;
  readonly proposed: string | number;
  /** The number format the write would have set ('0.00%' …), so a reader can show the value as the sheet would. */
  readonly numberFormat?: string;
  /** In the plan's locale (the CLI prints it as is); the pane shows SKIP_REASONS[reasonId] in its own language. */
  readonly reason: string;
  /** 'notEmpty': the cell holds something and overwriting was not asked for — the cells an overwrite would change. */
  readonly reasonId?: SkipReasonId;
}

export type SkipReasonId = 'notEmpty';

/** The texts of `reasonId`, for callers that show a plan in the user's language. */
export const SKIP_REASONS: Readonly<Record<SkipReasonId, { readonly zh: string; readonly en: string }>> = {
  notEmpty: { zh: '单元格已有内容，默认不覆盖', en: 'the cell is not empty; it is not overwritten unless you confirm' },
};

/** A row that got no outputs at all, and why (invalid score, no base amount …). */
export interface SkippedRow {
  readonly row: number;
  readonly reason: string;
}

/** Figures a fill reports beside its writes (the pane's "count by grade, total change"). All optional. */
export interface FillSummary {
  /** Rows per grade, by the grade name written (优秀 / 良好 / 合格 / 差 …). */
  readonly byGrade: Readonly<Record<string, number>>;
  /** Sum of the adjustment amounts in 万元, exact, as decimal text ("-12.35"). */
  readonly totalChange?: string;
  /** A self-evaluation's total score, as decimal text. */
  readonly totalScore?: string;
}

/** A monitoring fill's execution figures per project, for the pane's chart. Ratios: 0.5 is 50%. */
export interface MonitoringFillSummary {
  /** The month N of the 1-N月 figures (time progress N/12); null when nothing stated it. */
  readonly month: number | null;
  readonly projects: readonly {
    readonly name: string;
    readonly executionRate: number;
    readonly timeProgress: number;
    readonly level: 'ok' | 'yellow' | 'red';
  }[];
  /** Rows whose 预警 has a warning (execution or indicators). */
  readonly warnings: number;
}

/** What a fill would do to one sheet; the adapters apply `writes` and report `skipped`. */
export interface FillPlan {
  readonly sheet: string;
  /** Held column-wise (CellWrites): read by index, or as CellWrite objects by iterating or toArray(). */
  readonly writes: CellWrites;
  readonly skippedCells: readonly SkippedWrite[];
  readonly skippedRows: readonly SkippedRow[];
  readonly rowsFilled: number;
  readonly findings: readonly Finding[];
  readonly summary?: FillSummary;
  /** Monitoring sheets only: execution rate against time progress per project. */
  readonly monitoring?: MonitoringFillSummary;
}

/** A plan as plain JSON for `--format json` and logs: 1-based rows, A1 cells. */
export interface FillPlanJson {
  readonly sheet: string;
  readonly rowsFilled: number;
  readonly cellsWritten: number;
  readonly skippedRows: { row: number; reason: string }[];
  readonly skippedCells: { cell: string; existing: string; proposed: string | number; reason: string }[];
  readonly summary?: FillSummary;
  readonly monitoring?: MonitoringFillSummary;
}

export function summarizeFillPlan(plan: FillPlan): FillPlanJson {
  return {
    sheet: plan.sheet,
    rowsFilled: plan.rowsFilled,
    cellsWritten: plan.writes.length,
    skippedRows: plan.skippedRows.map((r) => ({ row: r.row + 1, reason: r.reason })),
    skippedCells: plan.skippedCells.map((c) => ({ cell: toA1(c.ref), existing: cellText(c.existing), proposed: c.proposed, reason: c.reason })),
    ...(plan.summary ? { summary: plan.summary } : {}),
    ...(plan.monitoring ? { monitoring: plan.monitoring } : {}),
  };
}

/** guardWrites' reasons in the language of the run (the pane shows SKIP_REASONS by reasonId). */
const KEPT: Readonly<Record<Locale, { typed: string; formula: string }>> = {
  zh: { typed: SKIP_REASONS.notEmpty.zh, formula: '单元格有公式，默认不覆盖' },
  en: { typed: SKIP_REASONS.notEmpty.en, formula: 'the cell holds a formula; it is not overwritten unless you confirm' },
};

/**
 * Nothing lost: proposed writes into non-empty cells are kept out of the plan (and listed) unless the user
 * asked to overwrite. A cell holding a formula is never empty, whatever its value shows (files from other
 * tools often carry no cached result): it is listed with its formula. A cell that already holds exactly
 * the proposed value is neither written nor listed. The writes kept are `proposed` itself, compacted in
 * place (CellWrites.retain): a million-row plan is not copied.
 */
export function guardWrites(
  grid: Grid,
  proposed: CellWrites,
  overwrite: boolean,
  locale: Locale = 'zh',
): { writes: CellWrites; skipped: SkippedWrite[] } {
  const skipped: SkippedWrite[] = [];
  const writes = proposed.retain((i) => {
    const row = proposed.row(i);
    const col = proposed.col(i);
    const existing = grid.raw(row, col);
    const formula = formulaAt(grid.snapshot, row, col);
    if (isBlank(existing) && formula === undefined) return true;
    if (!isBlank(existing) && sameValue(existing, proposed.value(i))) return false;
    if (overwrite) return true;
    const numberFormat = proposed.numberFormat(i);
    // A formula is listed with its formula; 'notEmpty' for the pane, since an overwrite would replace it.
    skipped.push({
      ref: { row, col },
      existing: formula !== undefined && isBlank(existing) ? formula : existing,
      proposed: proposed.value(i),
      ...(numberFormat ? { numberFormat } : {}),
      reason: formula !== undefined ? KEPT[locale].formula : KEPT[locale].typed,
      reasonId: 'notEmpty',
    });
    return false;
  });
  return { writes, skipped };
}

function sameValue(existing: CellValue, proposed: string | number): boolean {
  if (typeof proposed === 'number') return typeof existing === 'number' && Math.abs(existing - proposed) < 1e-9;
  return typeof existing === 'string' && existing.trim() === proposed.trim();
}
