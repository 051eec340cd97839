import type { SheetWriteReceipt } from '../../adapters/workbook-port';

/**
 * Where the last 生成审核意见 is remembered (for its undo), apart from review-opinions.ts: the pane reads it
 * at start-up, while the review itself is loaded only when the button is clicked.
 */
export const LAST_OPINIONS_KEY = 'goal-lint.lastOpinions';

/** A stored receipt, if it has the shape undoSheetWrite needs. */
export function parseOpinionsReceipt(stored: unknown): SheetWriteReceipt | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const r = stored as Partial<SheetWriteReceipt>;
  if (typeof r.sheet !== 'string' || typeof r.created !== 'boolean' || typeof r.rows !== 'number' || typeof r.cols !== 'number' || !Array.isArray(r.after)) return null;
  return r as SheetWriteReceipt;
}
