import { planSheetFill, type CheckOptions } from '../../core/check';
import type { FillPlan } from '../../core/fill/plan';
import { formulaAt } from '../../core/grid/types';
import type { SheetKind } from '../../core/sheet-kinds';
import type { XlsxWorkbook } from './read-workbook';
import { writeXlsxEdits, type WriteResult } from './write-edits';

export interface FilledSheet {
  readonly name: string;
  readonly kind: SheetKind;
  readonly plan: FillPlan;
  /** The formulas of cells the plan writes (for what the writer refuses, and the calculation chain). */
  readonly formulas: ReadonlyMap<string, string>;
}

export interface FillOutcome {
  readonly sheets: readonly FilledSheet[];
  /** The filled copy; null when no sheet has a table to fill. */
  readonly written: WriteResult | null;
  /** The copy asks Excel to recalculate on open (values were written into a workbook with formulas). */
  readonly recalculateOnOpen: boolean;
}

/**
 * Plans the fill of every sheet and writes the copy (bytes in, bytes out: the CLI and the browser share it).
 * `read` hands over the workbook: its sheets are let go once planned, so a million-row sheet's cells are not
 * held while the copy is written. Recalculation on open is requested when values were written into a
 * workbook that has formulas (some may depend on the filled cells); the calculation chain is dropped when a
 * formula was overwritten.
 */
export function fillXlsx(read: () => XlsxWorkbook, options: CheckOptions & { overwrite: boolean }): FillOutcome {
  let book: XlsxWorkbook | null = read();
  const pkg = book.pkg;
  const hasFormulas = book.snapshots.some((s) => s.formulas !== undefined);
  const sheets: FilledSheet[] = [];
  for (const snapshot of book.snapshots) {
    const fill = planSheetFill(snapshot, options);
    if (!fill) continue;
    const formulas = new Map<string, string>();
    const { writes } = fill.plan;
    if (snapshot.formulas) {
      for (let i = 0; i < writes.length; i++) {
        const f = formulaAt(snapshot, writes.row(i), writes.col(i));
        if (f !== undefined) formulas.set(`${writes.row(i)}:${writes.col(i)}`, f);
      }
    }
    sheets.push({ name: snapshot.name, kind: fill.kind, plan: fill.plan, formulas });
  }
  book = null; // the sheets' cells are no longer needed: only the plans and the package bytes are
  if (sheets.length === 0) return { sheets, written: null, recalculateOnOpen: false };
  const recalculateOnOpen = hasFormulas && sheets.some((s) => s.plan.writes.length > 0);
  const dropCalcChain = sheets.some((s) => s.formulas.size > 0);
  const written = writeXlsxEdits(pkg, sheets.map((s) => ({ sheet: s.name, writes: s.plan.writes })), { recalculateOnOpen, dropCalcChain });
  return { sheets, written, recalculateOnOpen };
}
