/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Every sync here goes through the counted sync() or a RequestBatcher's flush(), which these rules cannot
   follow. The mock Excel in test/unit/adapters throws on any read before load + sync, on every path. */
import { fromA1, toA1 } from '../../core/grid/address';
import { isBlank, type CellRef, type CellValue, type MergedArea, type SheetSnapshot } from '../../core/grid/types';
import type { CellWrite } from '../../core/fill/plan';
import { FLAG_FILL, type FlaggedSheet, type FlagSpec, type ReceiptCell, type SheetInfo, type SheetRows, type SheetWriteOptions, type SheetWriteReceipt, type WorkbookPort, type WriteOptions, type WriteReceipt } from '../workbook-port';
import { changedSince, checkRef, checkWrites, sameCellValue } from '../common/cells';
import { cellsToRead, flagMemoKey, FLAG_MEMO_PREFIX, parseFlagMemo, planClear, planFlags, type CellAction, type FlagMemo } from '../common/flag-plan';
import { apiNotSupported, filledCellsEdited, overwriteNotConfirmed, sheetChanged, sheetNotFound, sheetProtected, writtenSheetEdited } from '../common/messages';
import { checkSheetWrite, coveredRect, editedSince, paddedRows } from '../common/sheet-write';
import { detectCapabilities, hostRequirements, noteKind, requirementOf, type Capabilities, type RequirementChecker } from './capabilities';
import { CellReader, toCellValue } from './cell-reader';
import { addressRuns, cellAddress, chunkAddresses, COMMAND_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, RequestBatcher, jsonBytes, writeRuns } from './chunks';

/** The part of the `Excel` namespace the adapter calls (injectable for tests). */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface OfficePortOptions {
  /** Defaults to the global `Excel`. */
  readonly excel?: ExcelHost;
  /** Defaults to `Office.context.requirements`. */
  readonly requirements?: RequirementChecker;
  /** Estimated request size at which a long write is split into several syncs (see chunks.ts). */
  readonly requestBudgetBytes?: number;
}

/**
 * Syncs per call, as this adapter makes them (notes host, nothing unusual). `npm run bench` prints the
 * measured counts; test/unit/adapters/office-syncs.test.ts asserts them for 10 and 5,000 rows.
 * +1 where noted happens only in that situation; beyond one request budget a write adds one per budget.
 */
export const SYNCS_PER_CALL = {
  listSheets: 2,
  activeSheetName: 1,
  /** When the sheet is too large for one response: +1, then one per band of at most 50,000 cells (payload-limit fallback). */
  readSheet: 1,
  /** +1 when cells flagged earlier are no longer in the list (they are read, then restored). */
  flagCells: 2,
  clearFlags: 3,
  flaggedSheets: 1,
  writeCells: 2,
  undoWrites: 2,
  /** 3 when the sheet exists (its content and protection are read first). */
  writeSheet: 2,
  undoSheetWrite: 2,
  selectCell: 1,
  loadSettings: 1,
  /** 2 when deleting (saving null). */
  saveSettings: 1,
} as const;

/** Cells per band when a sheet is too large to read in one response. */
const READ_BAND_CELLS = 50_000;
const PAYLOAD_LIMIT_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

interface OfficeErrorLike {
  code?: string;
  message?: string;
}

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null ? (e as OfficeErrorLike).code : undefined;
}

/** Text that Excel would turn into a number, date or formula is written with a leading apostrophe. */
const REINTERPRETED = /^[=+\-@]|^[\s\d.,:%/$¥€E()年月日-]+$/i;

function excelValue(v: string | number): string | number {
  return typeof v === 'string' && REINTERPRETED.test(v) ? `'${v}` : v;
}

/** "Sheet1!A1:B2, 'My Sheet'!C3" → rectangles (the sheet part is dropped: all areas are on one sheet). */
export function parseAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  // Split on commas outside quotes first, so a comma in a sheet name cannot split an area.
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  for (const part of parts) {
    const bang = part.lastIndexOf('!');
    const local = (bang >= 0 ? part.slice(bang + 1) : part).trim();
    const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(local);
    if (!m) continue;
    const a = fromA1(`${m[1]}${m[2]}`);
    const b = m[3] ? fromA1(`${m[3]}${m[4]}`) : a;
    out.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return out;
}

/**
 * The workbook port over office.js (`Excel.run`). Every method uses a constant number of `context.sync()`
 * calls whatever the number of rows (SYNCS_PER_CALL); reads and writes are batched into range objects per
 * column span, RangeAreas per colour, and one settings entry per sheet for the flag originals.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  readonly capabilities: Capabilities;
  /** Syncs made so far, per method: for the benchmark and the sync-count tests. */
  readonly syncCounts: Record<string, number> = {};
  /** Syncs made by the most recent call. */
  lastSyncs = 0;
  private readonly excel: ExcelHost;
  private readonly budget: number;

  constructor(options: OfficePortOptions = {}) {
    const excel = options.excel ?? (globalThis as { Excel?: ExcelHost }).Excel;
    if (!excel) throw apiNotSupported(' Excel JavaScript API（未在 Excel 中运行）', requirementOf('basics'));
    this.excel = excel;
    this.capabilities = detectCapabilities(options.requirements ?? hostRequirements());
    this.budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  }

  /**
   * One Excel.run with counted syncs. Writes merge into one undo step where the host can (ExcelApi 1.20).
   * The first sync carries the sheet lookup: its ItemNotFound means the sheet is gone.
   */
  private async run<T>(method: string, sheet: string | undefined, write: boolean, batch: (ctx: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>): Promise<T> {
    if (!this.capabilities.basics) throw apiNotSupported('本加载项所需的 Excel 功能', requirementOf('basics'));
    let syncs = 0;
    const body = (ctx: Excel.RequestContext) =>
      batch(ctx, async () => {
        syncs++;
        try {
          await ctx.sync();
        } catch (e) {
          const code = errorCode(e);
          if (syncs === 1 && sheet !== undefined && code === 'ItemNotFound') throw sheetNotFound(sheet);
          if (code === 'AccessDenied' && sheet !== undefined) throw sheetProtected(sheet);
          throw e;
        }
      });
    try {
      return write && this.capabilities.mergeUndoGroup ? await this.excel.run({ mergeUndoGroup: true }, body) : await this.excel.run(body);
    } finally {
      this.lastSyncs = syncs;
      this.syncCounts[method] = (this.syncCounts[method] ?? 0) + syncs;
    }
  }

  private batcher(ctx: Excel.RequestContext, sync: () => Promise<void>, write: boolean): RequestBatcher {
    // Screen updating is suspended for each write request (ExcelApi 1.9): one repaint per sync, not per cell.
    const suspend = write && this.capabilities.cellProperties ? () => ctx.application.suspendScreenUpdatingUntilNextSync() : undefined;
    return new RequestBatcher(sync, suspend, this.budget);
  }

  // ------------------------------------------------------------ reading

  async listSheets(): Promise<SheetInfo[]> {
    return this.run('listSheets', undefined, false, async (ctx, sync) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await sync();
      const protections = sheets.items.map((ws) => {
        const p = ws.protection;
        p.load('protected');
        return p;
      });
      await sync();
      return sheets.items.map((ws, i) => ({ name: ws.name, protected: protections[i].protected }));
    });
  }

  async activeSheetName(): Promise<string> {
    return this.run('activeSheetName', undefined, false, async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      await sync();
      return ws.name;
    });
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    try {
      return await this.run('readSheet', name, false, async (ctx, sync) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        ws.protection.load('protected');
        const used = ws.getUsedRangeOrNullObject(true);
        // Formulas in the same request: a formula cell is never empty, whatever its value shows.
        used.load('values,valueTypes,numberFormat,formulas,rowIndex,columnIndex');
        const merged = this.queueMerges(ws);
        await sync();
        const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
        if (used.isNullObject) return { name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges, protected: ws.protection.protected };
        const { values, numberFormats, formulas } = convertBlock(used.values, used.valueTypes, used.numberFormat, used.formulas);
        return { name, origin: { row: used.rowIndex, col: used.columnIndex }, values, numberFormats, merges, protected: ws.protection.protected, ...(formulas ? { formulas } : {}) };
      });
    } catch (e) {
      if (PAYLOAD_LIMIT_CODES.has(errorCode(e) ?? '')) return this.readSheetInBands(name);
      throw e;
    }
  }

  private queueMerges(ws: Excel.Worksheet): Excel.RangeAreas | null {
    if (!this.capabilities.mergedAreas) return null;
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('address');
    return merged;
  }

  /** The payload-limit fallback: the used range's extent first, then bands of rows, one sync each. */
  private async readSheetInBands(name: string): Promise<SheetSnapshot> {
    return this.run('readSheet', name, false, async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      ws.protection.load('protected');
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const merged = this.queueMerges(ws);
      await sync();
      const merges = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
      if (used.isNullObject) return { name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges, protected: ws.protection.protected };
      // Long texts make cells heavier than expected: a band that is still too large is halved and retried.
      let band = Math.max(1, Math.floor(READ_BAND_CELLS / used.columnCount));
      const values: CellValue[][] = [];
      const numberFormats: (string | null)[][] = [];
      const formulas: (string | undefined)[][] = [];
      let anyFormula = false;
      for (let r = 0; r < used.rowCount; ) {
        const rows = Math.min(band, used.rowCount - r);
        const part = ws.getRangeByIndexes(used.rowIndex + r, used.columnIndex, rows, used.columnCount);
        part.load('values,valueTypes,numberFormat,formulas');
        try {
          await sync();
        } catch (e) {
          if (!PAYLOAD_LIMIT_CODES.has(errorCode(e) ?? '') || rows === 1) throw e;
          band = Math.max(1, Math.floor(rows / 2));
          continue;
        }
        const block = convertBlock(part.values, part.valueTypes, part.numberFormat, part.formulas);
        values.push(...block.values);
        numberFormats.push(...block.numberFormats);
        // Formula rows keep their place: a band without formulas adds empty rows (holes) to keep the shape.
        if (block.formulas) anyFormula = true;
        for (let i = 0; i < block.values.length; i++) formulas.push(block.formulas?.[i] ?? []);
        r += rows;
      }
      return { name, origin: { row: used.rowIndex, col: used.columnIndex }, values, numberFormats, merges, protected: ws.protection.protected, ...(anyFormula ? { formulas } : {}) };
    });
  }

  // ------------------------------------------------------------ flags

  private flagSupport(): 'notes' | 'comments' {
    if (!this.capabilities.cellProperties) throw apiNotSupported('标记单元格（读取并恢复原有填充色）', requirementOf('cellProperties'));
    const kind = noteKind(this.capabilities);
    if (!kind) throw apiNotSupported('在单元格上添加批注', requirementOf('comments'));
    return kind;
  }

  async flagCells(sheet: string, flags: readonly FlagSpec[], basis?: SheetSnapshot): Promise<void> {
    const kind = this.flagSupport();
    for (const f of flags) checkRef(f.ref);
    await this.run('flagCells', sheet, true, async (ctx, sync) => {
      const reads = this.batcher(ctx, sync, false);
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const memoItem = ctx.workbook.settings.getItemOrNullObject(flagMemoKey(sheet));
      let comments: Excel.CommentCollection | null = null;
      await reads.add(COMMAND_OVERHEAD_BYTES * 3, 0, () => {
        ws.protection.load('protected');
        memoItem.load('value');
        if (kind === 'comments') comments = queueComments(ws);
      });
      const reader = new CellReader(ws, reads);
      const refs = uniqueRefs(flags.map((f) => f.ref));
      await reader.queue(refs, { fills: true, values: !!basis, notes: kind === 'notes' });
      await reads.flush();

      if (ws.protection.protected) throw sheetProtected(sheet);
      if (basis) {
        const changed = changedSince(basis, refs, (ref) => reader.value(ref));
        if (changed.length > 0) throw sheetChanged(sheet, changed);
      }
      const memo = memoItem.isNullObject ? null : parseFlagMemo(memoItem.value);
      // Cells flagged before and not now must be read too (to be restored): known only once the memo is in.
      const flaggedNow = new Set(refs.map(toA1));
      const earlier = cellsToRead([], memo).filter((r) => !flaggedNow.has(toA1(r)));
      await reader.queue(earlier, { fills: true, notes: kind === 'notes' });
      if (comments) await locateComments(comments, reader, reads);
      await reads.flush();

      const plan = planFlags(sheet, flags, memo, (a1) => reader.state(fromA1(a1)), kind === 'notes');
      await this.applyActions(ctx, sync, [{ ws, sheet, actions: plan.actions, memoBefore: memo, memoAfter: plan.memo, comments: reader.comments }], kind);
    });
  }

  async clearFlags(sheet?: string): Promise<number> {
    const kind = this.flagSupport();
    return this.run('clearFlags', sheet, true, async (ctx, sync) => {
      // 1: which sheets have flags (the memos) and which sheets exist.
      const settings = ctx.workbook.settings;
      settings.load('key,value');
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await sync();
      const existing = new Set(sheets.items.map((w) => w.name));
      if (sheet !== undefined && !existing.has(sheet)) throw sheetNotFound(sheet);
      const memos: FlagMemo[] = [];
      for (const item of settings.items) {
        if (!item.key.startsWith(FLAG_MEMO_PREFIX)) continue;
        const name = item.key.slice(FLAG_MEMO_PREFIX.length);
        const memo = parseFlagMemo(item.value);
        // A memo of a deleted sheet has nothing left to restore.
        if (memo && existing.has(name) && (sheet === undefined || name === sheet)) memos.push(memo);
      }
      if (memos.length === 0) return 0;

      // 2: protection and the current state of every flagged cell, for all those sheets in one request.
      const reads = this.batcher(ctx, sync, false);
      const work = [];
      for (const memo of memos) {
        const ws = ctx.workbook.worksheets.getItem(memo.sheet);
        let comments: Excel.CommentCollection | null = null;
        await reads.add(COMMAND_OVERHEAD_BYTES * 2, 0, () => {
          ws.protection.load('protected');
          if (kind === 'comments') comments = queueComments(ws);
        });
        const reader = new CellReader(ws, reads);
        await reader.queue(cellsToRead([], memo), { fills: true, notes: kind === 'notes' });
        work.push({ ws, memo, reader, comments: comments as Excel.CommentCollection | null });
      }
      await reads.flush();
      const locked = work.find((w) => w.ws.protection.protected);
      if (locked) throw sheetProtected(locked.memo.sheet);
      for (const w of work) if (w.comments) await locateComments(w.comments, w.reader, reads);
      await reads.flush();

      // 3: restore, in as few requests as the budget allows.
      const jobs = work.map((w) => ({
        ws: w.ws,
        sheet: w.memo.sheet,
        actions: planClear(w.memo, (a1) => w.reader.state(fromA1(a1))),
        memoBefore: w.memo,
        memoAfter: null,
        comments: w.reader.comments,
      }));
      await this.applyActions(ctx, sync, jobs, kind);
      return jobs.reduce((n, j) => n + j.actions.length, 0);
    });
  }

  /**
   * Queues every fill, note and memo change, syncing when the request budget is reached. With more than one
   * request, the memo written first covers every cell touched (old and new), so an interrupted run can still
   * be cleared; the final memo is written last.
   */
  private async applyActions(
    ctx: Excel.RequestContext,
    sync: () => Promise<void>,
    jobs: readonly { ws: Excel.Worksheet; sheet: string; actions: readonly CellAction[]; memoBefore: FlagMemo | null; memoAfter: FlagMemo | null; comments: Map<string, { id: string; content: string }> }[],
    kind: 'notes' | 'comments',
  ): Promise<void> {
    type Op = { bytes: number; cells: number; queue: () => void };
    const ops: Op[] = [];
    const settings = ctx.workbook.settings;
    const memoOps: { first: Op | null; last: Op | null }[] = [];
    for (const job of jobs) {
      const { ws, actions } = job;
      const bySeverity = new Map<string, CellRef[]>();
      const clearFill: CellRef[] = [];
      for (const a of actions) {
        if (a.fill && 'flag' in a.fill) {
          const list = bySeverity.get(a.fill.flag) ?? [];
          list.push(a.ref);
          bySeverity.set(a.fill.flag, list);
        }
        else if (a.fill && 'restore' in a.fill) {
          const original = a.fill.restore;
          if (original.pattern === 'None') clearFill.push(a.ref);
          else {
            const fill: Excel.CellPropertiesFill = { color: original.color ?? undefined, pattern: original.pattern as Excel.FillPattern };
            if (original.pattern !== 'Solid' && original.patternColor) fill.patternColor = original.patternColor;
            ops.push({ bytes: COMMAND_OVERHEAD_BYTES * 2, cells: 1, queue: () => ws.getRange(a.a1).setCellProperties([[{ format: { fill } }]]) });
          }
        }
      }
      for (const list of chunkAddresses(addressRuns(clearFill))) {
        ops.push({ bytes: COMMAND_OVERHEAD_BYTES * 2 + list.length, cells: list.split(',').length, queue: () => ws.getRanges(list).format.fill.clear() });
      }
      for (const [severity, refs] of bySeverity) {
        for (const list of chunkAddresses(addressRuns(refs))) {
          ops.push({
            bytes: COMMAND_OVERHEAD_BYTES * 3 + list.length,
            cells: list.split(',').length,
            queue: () => {
              const fill = ws.getRanges(list).format.fill;
              fill.pattern = 'Solid';
              fill.color = FLAG_FILL[severity as keyof typeof FLAG_FILL];
            },
          });
        }
      }
      for (const a of actions) {
        const n = a.note;
        if (n.kind === 'keep') continue;
        const bytes = COMMAND_OVERHEAD_BYTES * 2 + (n.kind === 'delete' ? 0 : jsonBytes(n.text));
        if (kind === 'notes') {
          if (n.kind === 'add') ops.push({ bytes, cells: 1, queue: () => ws.notes.add(a.a1, n.text) });
          else if (n.kind === 'set') ops.push({ bytes, cells: 1, queue: () => (ws.notes.getItem(a.a1).content = n.text) });
          else ops.push({ bytes, cells: 1, queue: () => ws.notes.getItem(a.a1).delete() });
        } else {
          const existing = job.comments.get(a.a1);
          if (n.kind === 'add') ops.push({ bytes, cells: 1, queue: () => ctx.workbook.comments.add(ws.getRange(a.a1), n.text) });
          else if (existing && n.kind === 'set') ops.push({ bytes, cells: 1, queue: () => (ctx.workbook.comments.getItem(existing.id).content = n.text) });
          else if (existing) ops.push({ bytes, cells: 1, queue: () => ctx.workbook.comments.getItem(existing.id).delete() });
        }
      }
      memoOps.push(memoWrites(settings, job.sheet, job.memoBefore, job.memoAfter));
    }
    const total = ops.reduce((n, o) => n + o.bytes, 0) + memoOps.reduce((n, m) => n + (m.last?.bytes ?? 0), 0);
    const batch = this.batcher(ctx, sync, true);
    const single = total <= this.budget;
    // Several requests: the widest memo goes first (see above), the final one last.
    if (!single) for (const m of memoOps) if (m.first) await batch.add(m.first.bytes, 0, m.first.queue);
    for (const op of ops) await batch.add(op.bytes, op.cells, op.queue);
    for (const m of memoOps) if (m.last) await batch.add(m.last.bytes, 0, m.last.queue);
    await batch.flush();
  }

  // ------------------------------------------------------------ writes

  async writeCells(sheet: string, writes: readonly CellWrite[], basis: SheetSnapshot, options: WriteOptions = {}): Promise<WriteReceipt> {
    checkWrites(sheet, writes);
    if (writes.length === 0) return { sheet, cells: [] };
    return this.run('writeCells', sheet, true, async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected');
      const reads = this.batcher(ctx, sync, false);
      const reader = new CellReader(ws, reads);
      const refs = uniqueRefs(writes.map((w) => w.ref));
      await reader.queue(refs, { values: true, contents: true });
      await reads.flush();

      if (ws.protection.protected) throw sheetProtected(sheet);
      const changed = changedSince(basis, refs, (ref) => reader.value(ref));
      if (changed.length > 0) throw sheetChanged(sheet, changed);
      if (!options.overwrite) {
        // A formula is never empty, whatever it shows (its result may be '' or missing).
        const occupied = refs.filter((r) => !isBlank(reader.value(r)) || isFormula(reader.content(r).formula)).map(toA1);
        if (occupied.length > 0) throw overwriteNotConfirmed(sheet, occupied);
      }
      const cells: ReceiptCell[] = writes.map((w) => {
        const c = reader.content(w.ref);
        return { ref: w.ref, before: c.formula, beforeFormat: c.numberFormat, after: w.value };
      });

      const batch = this.batcher(ctx, sync, true);
      for (const run of writeRuns(writes)) {
        const bytes = COMMAND_OVERHEAD_BYTES * 3 + run.items.reduce((n, w) => n + 16 + (typeof w.value === 'string' ? jsonBytes(w.value) : 24) + jsonBytes(w.numberFormat ?? ''), 0);
        await batch.add(bytes, run.items.length, () => {
          const range = ws.getRangeByIndexes(run.top, run.col, run.items.length, 1);
          // Formats first, so a value lands in its final format; cells without one keep theirs.
          if (run.items.some((w) => w.numberFormat !== undefined)) range.numberFormat = run.items.map((w) => [w.numberFormat ?? reader.content(w.ref).numberFormat]);
          range.values = run.items.map((w) => [excelValue(w.value)]);
        });
      }
      await batch.flush();
      return { sheet, cells };
    });
  }

  async undoWrites(receipt: WriteReceipt): Promise<void> {
    const sheet = receipt.sheet;
    if (receipt.cells.length === 0) return;
    for (const c of receipt.cells) checkRef(c.ref);
    await this.run('undoWrites', sheet, true, async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected');
      const reads = this.batcher(ctx, sync, false);
      const reader = new CellReader(ws, reads);
      await reader.queue(uniqueRefs(receipt.cells.map((c) => c.ref)), { values: true });
      await reads.flush();

      if (ws.protection.protected) throw sheetProtected(sheet);
      const edited = receipt.cells.filter((c) => c.after !== undefined && !sameCellValue(reader.value(c.ref), c.after)).map((c) => toA1(c.ref));
      if (edited.length > 0) throw filledCellsEdited(sheet, edited);

      // If a cell was written twice, its first 'before' is the true original.
      const firstBefore = new Map<string, ReceiptCell>();
      for (const c of receipt.cells) if (!firstBefore.has(toA1(c.ref))) firstBefore.set(toA1(c.ref), c);
      const batch = this.batcher(ctx, sync, true);
      for (const run of writeRuns([...firstBefore.values()])) {
        const bytes = COMMAND_OVERHEAD_BYTES * 3 + run.items.reduce((n, c) => n + 24 + jsonBytes(String(c.before ?? '')) + jsonBytes(c.beforeFormat ?? 'General'), 0);
        await batch.add(bytes, run.items.length, () => {
          const range = ws.getRangeByIndexes(run.top, run.col, run.items.length, 1);
          range.numberFormat = run.items.map((c) => [c.beforeFormat ?? 'General']);
          range.formulas = run.items.map((c) => [restorable(c.before)]);
        });
      }
      await batch.flush();
    });
  }

  async flaggedSheets(): Promise<FlaggedSheet[]> {
    return this.run('flaggedSheets', undefined, false, async (ctx, sync) => {
      const settings = ctx.workbook.settings;
      settings.load('key,value');
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await sync();
      const counts = new Map<string, number>();
      for (const item of settings.items) {
        if (!item.key.startsWith(FLAG_MEMO_PREFIX)) continue;
        const memo = parseFlagMemo(item.value);
        if (memo) counts.set(item.key.slice(FLAG_MEMO_PREFIX.length), Object.keys(memo.cells).length);
      }
      // Workbook order; a memo of a deleted sheet has nothing left to show.
      return sheets.items.map((w) => ({ sheet: w.name, cells: counts.get(w.name) ?? 0 })).filter((x) => x.cells > 0);
    });
  }

  // ------------------------------------------------------------ navigation and settings

  async writeSheet(name: string, rows: SheetRows, options: SheetWriteOptions = {}): Promise<SheetWriteReceipt> {
    checkSheetWrite(name, rows);
    return this.run('writeSheet', undefined, true, async (ctx, sync) => {
      const found = ctx.workbook.worksheets.getItemOrNullObject(name);
      found.load('name');
      await sync();
      let bottom = -1;
      let right = -1;
      let before: unknown[][] | null = null;
      let old: { top: number; left: number; formulas: unknown[][] } | null = null;
      if (!found.isNullObject) {
        found.protection.load('protected');
        const used = found.getUsedRangeOrNullObject(true);
        used.load('rowIndex,columnIndex,rowCount,columnCount,formulas');
        await sync();
        if (found.protection.protected) throw sheetProtected(name);
        if (!used.isNullObject) {
          const occupied: string[] = [];
          used.formulas.forEach((line, i) =>
            line.forEach((v, j) => {
              if (v !== '' && v !== null) occupied.push(toA1({ row: used.rowIndex + i, col: used.columnIndex + j }));
            }),
          );
          if (occupied.length > 0 && !options.replace) throw overwriteNotConfirmed(name, occupied);
          bottom = used.rowIndex + used.rowCount - 1;
          right = used.columnIndex + used.columnCount - 1;
          old = { top: used.rowIndex, left: used.columnIndex, formulas: used.formulas };
        }
      }
      const size = coveredRect(rows, bottom, right);
      const after = paddedRows(rows, size);
      if (!found.isNullObject) {
        // Cells outside the old used range were empty: the receipt records them as such.
        before = after.map((line, r) => line.map((_, c) => (old && r >= old.top && c >= old.left ? (old.formulas[r - old.top]?.[c - old.left] ?? '') : '')));
      }
      const ws = found.isNullObject ? ctx.workbook.worksheets.add(name) : found;
      if (size.rows > 0 && size.cols > 0) {
        const range = ws.getRangeByIndexes(0, 0, size.rows, size.cols);
        range.values = after.map((line) => line.map((v) => (v === null ? '' : excelValue(v))));
        range.format.verticalAlignment = 'Top';
        (options.columnWidths ?? []).forEach((w, c) => {
          // Excel's column width is in points: a character of the default font is about 5.7 points wide.
          if (w !== null && c < size.cols) ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 5.7;
        });
        for (const c of options.wrapColumns ?? []) if (c < size.cols) ws.getRangeByIndexes(0, c, size.rows, 1).format.wrapText = true;
      }
      ws.activate();
      await sync();
      return { sheet: name, created: found.isNullObject, rows: size.rows, cols: size.cols, before, after };
    });
  }

  async undoSheetWrite(receipt: SheetWriteReceipt): Promise<void> {
    const sheet = receipt.sheet;
    await this.run('undoSheetWrite', sheet, true, async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.protection.load('protected');
      const range = receipt.rows > 0 && receipt.cols > 0 ? ws.getRangeByIndexes(0, 0, receipt.rows, receipt.cols) : null;
      range?.load('values,valueTypes');
      await sync();
      if (ws.protection.protected) throw sheetProtected(sheet);
      const edited = range ? editedSince(receipt.after, (r, c) => toCellValue(range.values[r][c], range.valueTypes[r][c])) : [];
      if (edited.length > 0) throw writtenSheetEdited(sheet, edited);
      if (receipt.created) ws.delete();
      else if (range) range.formulas = receipt.after.map((line, r) => line.map((_, c) => restorable(receipt.before?.[r]?.[c] ?? null)));
      await sync();
    });
  }

  async selectCell(sheet: string, ref: CellRef): Promise<void> {
    checkRef(ref);
    await this.run('selectCell', sheet, false, async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cellAddress(ref)).select();
      await sync();
    });
  }

  async loadSettings(key: string): Promise<unknown> {
    return this.run('loadSettings', undefined, false, async (ctx, sync) => {
      const item = ctx.workbook.settings.getItemOrNullObject(key);
      item.load('value');
      await sync();
      return item.isNullObject ? null : decodeSetting(item.value);
    });
  }

  async saveSettings(key: string, value: unknown): Promise<void> {
    await this.run('saveSettings', undefined, false, async (ctx, sync) => {
      const settings = ctx.workbook.settings;
      if (value !== null && value !== undefined) {
        // Stored as JSON text: what comes back is exactly what went in (no host-side date conversion).
        settings.add(key, JSON.stringify(value));
        await sync();
        return;
      }
      const item = settings.getItemOrNullObject(key);
      item.load('key');
      await sync();
      if (!item.isNullObject) {
        item.delete();
        await sync();
      }
    });
  }
}

// ------------------------------------------------------------ helpers

function uniqueRefs(refs: readonly CellRef[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const r of refs) seen.set(toA1(r), r);
  return [...seen.values()];
}

function isFormula(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith('=');
}

function convertBlock(
  values: unknown[][],
  valueTypes: string[][],
  formats: unknown[][],
  formulaGrid?: unknown[][],
): { values: CellValue[][]; numberFormats: (string | null)[][]; formulas?: (string | undefined)[][] } {
  const outValues: CellValue[][] = new Array(values.length);
  const outFormats: (string | null)[][] = new Array(values.length);
  const outFormulas: (string | undefined)[][] = [];
  let anyFormula = false;
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    const types = valueTypes[i];
    const fmt = formats[i];
    const fx = formulaGrid?.[i];
    const vs: CellValue[] = new Array(row.length);
    const fs: (string | null)[] = new Array(row.length);
    for (let j = 0; j < row.length; j++) {
      vs[j] = toCellValue(row[j], types?.[j]);
      const f = fmt?.[j];
      // 'General' carries no information; dates and percents keep theirs so the core can tell.
      fs[j] = typeof f === 'string' && f !== 'General' ? f : null;
      // Sparse: only formula cells get an entry. `formulas` gives a constant's own value where there is no
      // formula, so a text constant "=1台" (typed with an apostrophe) is told apart by being its own value.
      if (isFormula(fx?.[j]) && fx[j] !== row[j]) {
        (outFormulas[i] ??= [])[j] = fx[j] as string;
        anyFormula = true;
      }
    }
    outValues[i] = vs;
    outFormats[i] = fs;
  }
  return { values: outValues, numberFormats: outFormats, ...(anyFormula ? { formulas: outFormulas } : {}) };
}

/** A receipt's 'before' back into something `range.formulas` accepts ('' empties the cell). */
function restorable(before: unknown): string | number | boolean {
  if (before === null || before === undefined) return '';
  if (typeof before === 'number' || typeof before === 'boolean') return before;
  const text = String(before);
  // A formula goes back as a formula; text that Excel would turn into a number stays text.
  return text.startsWith('=') ? text : excelValue(text);
}

function decodeSetting(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function memoWrites(settings: Excel.SettingCollection, sheet: string, before: FlagMemo | null, after: FlagMemo | null): { first: { bytes: number; cells: number; queue: () => void } | null; last: { bytes: number; cells: number; queue: () => void } | null } {
  const key = flagMemoKey(sheet);
  const put = (memo: FlagMemo) => {
    const text = JSON.stringify(memo);
    return { bytes: COMMAND_OVERHEAD_BYTES + jsonBytes(text), cells: 0, queue: () => void settings.add(key, text) };
  };
  const last = after ? put(after) : before ? { bytes: COMMAND_OVERHEAD_BYTES, cells: 0, queue: () => settings.getItem(key).delete() } : null;
  // Union of old and new cells (old originals win: they are the true ones).
  const first = before || after ? put({ version: 1, sheet, cells: { ...(after?.cells ?? {}), ...(before?.cells ?? {}) } }) : null;
  return { first, last };
}

function queueComments(ws: Excel.Worksheet): Excel.CommentCollection {
  const comments = ws.comments;
  comments.load('id,content');
  return comments;
}

/** Comments have no address property: one more request asks each for its cell (only when there are any). */
async function locateComments(comments: Excel.CommentCollection, reader: CellReader, batch: RequestBatcher): Promise<void> {
  const located: { c: Excel.Comment; at: Excel.Range }[] = [];
  for (const c of comments.items) {
    await batch.add(COMMAND_OVERHEAD_BYTES * 2, 1, () => {
      const at = c.getLocation();
      at.load('address');
      located.push({ c, at });
    });
  }
  await batch.flush();
  for (const { c, at } of located) {
    const a1 = at.address.slice(at.address.lastIndexOf('!') + 1).replace(/\$/g, '');
    reader.comments.set(a1, { id: c.id, content: c.content });
  }
}
