import { planSheetFill, type CheckOptions } from '../../core/check';
import type { FillPlan } from '../../core/fill/plan';
import { formulaAt, type SheetSnapshot } from '../../core/grid/types';
import type { SheetKind } from '../../core/sheet-kinds';
import type { XlsxWorkbook } from './read-workbook';
import { writeXlsxEdits, type WriteResult } from './write-edits';

export interface FilledSheet {
  readonly snapshot: SheetSnapshot;
  readonly kind: SheetKind;
  readonly plan: FillPlan;
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
 * Recalculation on open is requested when values were written into a workbook that has formulas, since
 * some may depend on the filled cells; the calculation chain is dropped when a formula was overwritten.
 */
export function fillXlsx(book: XlsxWorkbook, options: CheckOptions & { overwrite: boolean }): FillOutcome {
  const sheets: FilledSheet[] = [];
  for (const snapshot of book.snapshots) {
    const fill = planSheetFill(snapshot, options);
    if (fill) sheets.push({ snapshot, kind: fill.kind, plan: fill.plan });
  }
  if (sheets.length === 0) return { sheets, written: null, recalculateOnOpen: false };
  const wrote = sheets.some((s) => s.plan.writes.length > 0);
  const recalculateOnOpen = wrote && book.snapshots.some((s) => s.formulas !== undefined);
  const dropCalcChain = sheets.some((s) => s.plan.writes.some((w) => formulaAt(s.snapshot, w.ref.row, w.ref.col) !== undefined));
  const written = writeXlsxEdits(
    book.pkg,
    sheets.map((s) => ({ sheet: s.snapshot.name, writes: s.plan.writes })),
    { recalculateOnOpen, dropCalcChain },
  );
  return { sheets, written, recalculateOnOpen };
}
