import type { Finding } from '../core/findings';
import type { CellWrite } from '../core/fill/plan';
import type { CellRef, SheetSnapshot } from '../core/grid/types';

/**
 * The one small interface between the task pane and a workbook. Implemented by the office.js adapter
 * (Excel) and the in-memory adapter (preview mode and tests); one contract test suite runs against both.
 * Every method is batched: the number of host round trips never grows with the number of rows.
 *
 * (Draft by the core; the adapter work owns and may refine it — keep both implementations and the
 * contract suite in step.)
 */
export interface SheetInfo {
  readonly name: string;
  readonly protected: boolean;
}

/** Cell fill colour and note text for one finding (several findings on one cell are joined). */
export interface FlagSpec {
  readonly ref: CellRef;
  readonly severity: Finding['severity'];
  readonly note: string;
}

export interface WriteReceipt {
  readonly sheet: string;
  /** What the cells held before, so an undo restores exactly that. */
  readonly cells: readonly { readonly ref: CellRef; readonly before: unknown; readonly beforeFormat: string | null }[];
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  activeSheetName(): Promise<string>;
  /** Values, number formats where needed and merged areas of the used range, in a constant number of syncs. */
  readSheet(name: string): Promise<SheetSnapshot>;
  /** Highlights cells and attaches notes, remembering each cell's original format (in the workbook). */
  flagCells(sheet: string, flags: readonly FlagSpec[]): Promise<void>;
  /** Restores every flagged cell of the sheet (or all sheets) exactly; returns how many were restored. */
  clearFlags(sheet?: string): Promise<number>;
  /** Writes values; refuses (throws) if a target that was empty in `basis` is no longer empty. */
  writeCells(sheet: string, writes: readonly CellWrite[], basis: SheetSnapshot): Promise<WriteReceipt>;
  undoWrites(receipt: WriteReceipt): Promise<void>;
  selectCell(sheet: string, ref: CellRef): Promise<void>;
  /** The policy and pane state stored in the workbook (document settings / custom XML), or null. */
  loadSettings(key: string): Promise<unknown>;
  saveSettings(key: string, value: unknown): Promise<void>;
}
