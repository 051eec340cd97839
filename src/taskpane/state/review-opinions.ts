import type { SheetRows, SheetWriteReceipt, WorkbookPort } from '../../adapters/workbook-port';
import type { Locale } from '../../core/findings';
import { isBlank, type SheetSnapshot } from '../../core/grid/types';
import type { Policy } from '../../core/policy/policy';
import { CONCLUSION_KEYS, OPINION_SHEET_NAME, opinionSheetRows, reviewWorkbook, type WorkbookReview } from '../../core/review';

/**
 * 生成审核意见 in the pane: the same review as `goal-lint review`, for the open workbook, written into a
 * 审核意见 sheet. Goal sheets are only read. The sheet is refreshed only when it still holds exactly what the
 * last generation wrote; anything else there (a sheet of the user's, or opinions a reviewer has edited) is
 * left alone and the user is told.
 */

/** The opinion column wraps; widths in characters, as the CLI's summary uses. */
const WIDTHS = [6, 16, 8, 16, 30, 12, 8, 9, 9, 9, 9, 9, 9, 90];

export type GenerateResult =
  | { readonly kind: 'written'; readonly receipt: SheetWriteReceipt; readonly review: WorkbookReview }
  | { readonly kind: 'noProjects' }
  | { readonly kind: 'sheetTaken'; readonly sheet: string };

/** Whether the sheet holds exactly the rows written (blanks equal blanks), and nothing else. */
export function holdsExactly(snapshot: SheetSnapshot, rows: SheetRows): boolean {
  const at = (r: number, c: number) => rows[r]?.[c] ?? null;
  for (let i = 0; i < snapshot.values.length; i++) {
    const line = snapshot.values[i];
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      const want = at(snapshot.origin.row + i, snapshot.origin.col + j);
      if (isBlank(v) && (want === null || want === '')) continue;
      if (v !== want) return false;
    }
  }
  // Every written non-blank cell must still be there.
  const seen = (r: number, c: number) => snapshot.values[r - snapshot.origin.row]?.[c - snapshot.origin.col] ?? null;
  return rows.every((line, r) => line.every((v, c) => v === null || v === '' || seen(r, c) === v));
}

/**
 * Reviews every sheet of the workbook (except the opinion sheet itself) and writes the 审核意见 sheet.
 * `onSheet` reports progress while reading.
 */
export async function generateOpinions(
  port: WorkbookPort,
  policy: Policy,
  locale: Locale,
  last: SheetWriteReceipt | null,
  onSheet: (sheet: string, done: number, total: number) => Promise<void> = async () => {},
): Promise<GenerateResult> {
  const target = OPINION_SHEET_NAME;
  const names = (await port.listSheets()).map((s) => s.name);
  const others = names.filter((n) => n !== target);
  const snapshots: SheetSnapshot[] = [];
  for (let i = 0; i < others.length; i++) {
    await onSheet(others[i], i, others.length);
    snapshots.push(await port.readSheet(others[i]));
  }
  const review = reviewWorkbook(snapshots, { policy, locale });
  if (review.projects.length === 0) return { kind: 'noProjects' };
  let replace = false;
  if (names.includes(target)) {
    const existing = await port.readSheet(target);
    const empty = existing.values.every((line) => line.every((v) => isBlank(v)));
    if (!empty) {
      if (!last || last.sheet !== target || !holdsExactly(existing, last.after)) return { kind: 'sheetTaken', sheet: target };
      replace = true;
    }
  }
  const rows = opinionSheetRows(review, policy, locale);
  const receipt = await port.writeSheet(target, rows, { replace, columnWidths: WIDTHS, wrapColumns: [rows[0].length - 1] });
  return { kind: 'written', receipt, review };
}

/** "优 2，良 1" for the message after a generation. */
export function conclusionCounts(review: WorkbookReview, separator: string): string {
  return CONCLUSION_KEYS.map((k) => review.projects.filter((p) => p.conclusion === k))
    .filter((ps) => ps.length > 0)
    .map((ps) => `${ps[0].conclusionName} ${ps.length}`)
    .join(separator);
}
