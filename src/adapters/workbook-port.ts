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

/** A whole sheet of values, row by row from A1 (text and finite numbers; null leaves a cell empty). */
export type SheetRows = readonly (readonly (string | number | null)[])[];

export interface SheetWriteOptions {
  /**
   * The sheet exists and holds something: replace its content. Only after the user confirmed, or when the
   * caller knows the content is its own earlier write (the last receipt's `after`, unchanged).
   */
  readonly replace?: boolean;
  /** Column widths in characters (null keeps a column's width). */
  readonly columnWidths?: readonly (number | null)[];
  /** Zero-based columns whose text wraps (long opinions). */
  readonly wrapColumns?: readonly number[];
}

/** What writeSheet changed, so undoSheetWrite can put it back. JSON-safe: the pane keeps it in the workbook settings. */
export interface SheetWriteReceipt {
  readonly sheet: string;
  /** The sheet did not exist and was added: undo deletes it. */
  readonly created: boolean;
  /** The rectangle from A1 the write covered: the new rows, and on a refresh the old used range too. */
  readonly rows: number;
  readonly cols: number;
  /** What those cells held before (formulas stay formulas); null when the sheet was created. */
  readonly before: readonly (readonly unknown[])[] | null;
  /** What they hold after the write (null for emptied cells): undo refuses when one differs. */
  readonly after: SheetRows;
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
  /**
   * Writes a whole sheet of values from A1 (a generated report such as 审核意见), adding the sheet at the end
   * when it does not exist and making it active. An existing sheet with content is refused unless
   * `options.replace`; a protected one always. No other sheet is touched.
   */
  writeSheet(name: string, rows: SheetRows, options?: SheetWriteOptions): Promise<SheetWriteReceipt>;
  /**
   * Undoes a writeSheet: deletes the sheet it added, or restores what the cells held. Refuses, changing
   * nothing, when a written cell was edited since (the edit would be lost).
   */
  undoSheetWrite(receipt: SheetWriteReceipt): Promise<void>;
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
