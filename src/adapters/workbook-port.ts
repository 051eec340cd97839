import type { Finding } from '../core/findings';
import type { CellWrite } from '../core/fill/plan';
import type { CellRef, SheetSnapshot } from '../core/grid/types';

/**
 * The one small interface between the task pane and a workbook. Implemented by the office.js adapter
 * (src/adapters/office) and the in-memory adapter (src/adapters/memory: preview mode and tests); one
 * contract suite (test/unit/adapters/contract.test.ts) runs against both.
 *
 * Every method is batched: the number of host round trips never grows with the number of rows (it grows
 * with the size of a write only beyond the request-size budget; see office/chunks.ts).
 *
 * Errors the user can act on are thrown as PortError, with a Chinese message naming the sheet and cells
 * and a `code` the pane can map to its own wording. When a method throws, it has changed nothing.
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

/** A sheet with flags on it, and how many cells. */
export interface FlaggedSheet {
  readonly sheet: string;
  readonly cells: number;
}

/** One cell a fill wrote: what it held before (so an undo restores exactly that) and what was written. */
export interface ReceiptCell {
  readonly ref: CellRef;
  /** The cell's content before the write, in the adapter's JSON-safe encoding (a formula stays a formula). */
  readonly before: unknown;
  readonly beforeFormat: string | null;
  /** What the fill wrote; undo refuses when the cell no longer holds it (the user has typed over it). */
  readonly after?: string | number;
}

/** JSON-safe: the pane stores the last receipt in the workbook settings so 撤销上次填充 survives a reopen. */
export interface WriteReceipt {
  readonly sheet: string;
  readonly cells: readonly ReceiptCell[];
}

export interface WriteOptions {
  /**
   * The user confirmed overwriting non-empty cells. Without it, a write whose target is not empty in the
   * basis is refused (the core's guardWrites should have kept it out of the plan already).
   */
  readonly overwrite?: boolean;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  activeSheetName(): Promise<string>;
  /** Values, number formats and merged areas of the used range, in a constant number of syncs. */
  readSheet(name: string): Promise<SheetSnapshot>;
  /**
   * Shows these flags on the sheet: fill colour by severity plus a note (or a comment on hosts without
   * notes). The list replaces the sheet's earlier flags: cells flagged before but not now are restored.
   * Each cell's original fill and note are kept in the workbook; flagging twice keeps the first original.
   * With `basis` (the snapshot the findings came from), refuses if a flagged cell's value has changed.
   */
  flagCells(sheet: string, flags: readonly FlagSpec[], basis?: SheetSnapshot): Promise<void>;
  /**
   * Removes our flags from the sheet (or from every sheet): restores each cell's original fill exactly and
   * deletes the notes we added, leaving alone any fill or note the user changed since. Returns the number
   * of flagged cells cleared. Works after the pane was closed and reopened (the originals are in the workbook).
   */
  clearFlags(sheet?: string): Promise<number>;
  /**
   * The sheets that carry our flags now, with the number of flagged cells each, in workbook order (what
   * 清除标记 on one sheet leaves elsewhere). Reads only: one round trip.
   */
  flaggedSheets(): Promise<FlaggedSheet[]>;
  /**
   * Writes values (and number formats). Refuses, changing nothing, if a target differs from `basis` (the
   * sheet changed since the plan) or is non-empty without `options.overwrite`.
   */
  writeCells(sheet: string, writes: readonly CellWrite[], basis: SheetSnapshot, options?: WriteOptions): Promise<WriteReceipt>;
  /** Restores exactly what the receipt's cells held; refuses, changing nothing, if one of them was edited since. */
  undoWrites(receipt: WriteReceipt): Promise<void>;
  selectCell(sheet: string, ref: CellRef): Promise<void>;
  /** The policy and pane state stored in the workbook (document settings), or null. Saving null deletes. */
  loadSettings(key: string): Promise<unknown>;
  saveSettings(key: string, value: unknown): Promise<void>;
}

/** Light red / light yellow / light blue, as Excel's own "light red fill" style family. */
export const FLAG_FILL: Readonly<Record<Finding['severity'], string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export type PortErrorCode =
  | 'SheetNotFound'
  | 'SheetProtected'
  | 'SheetChanged'
  | 'OverwriteNotConfirmed'
  | 'ApiNotSupported'
  | 'InvalidInput';

/** A refusal the user can act on. The message is Chinese and names the sheet (and cells where known). */
export class PortError extends Error {
  override readonly name = 'PortError';
  constructor(
    readonly code: PortErrorCode,
    message: string,
    readonly sheet?: string,
    /** A1 addresses concerned, e.g. the cells that changed since the check. */
    readonly cells: readonly string[] = [],
  ) {
    super(message);
  }
}
