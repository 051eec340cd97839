import { fromA1, toA1 } from '../../core/grid/address';
import { isBlank, isCellError, type CellRef, type CellValue, type MergedArea, type SheetSnapshot } from '../../core/grid/types';
import type { CellWrite } from '../../core/fill/plan';
import type { Severity } from '../../core/findings';
import { FLAG_FILL, type FlaggedSheet, type FlagSpec, PortError, type ReceiptCell, type SheetInfo, type SheetRows, type SheetWriteOptions, type SheetWriteReceipt, type WorkbookPort, type WriteOptions, type WriteReceipt } from '../workbook-port';
import { changedSince, checkRef, checkWrites, sameCellValue } from '../common/cells';
import { flagMemoKey, FLAG_MEMO_PREFIX, isFlagFill, parseFlagMemo, planClear, planFlags, type CellAction, type CellState, type FillFormat, type FlagMemo } from '../common/flag-plan';
import { filledCellsEdited, overwriteNotConfirmed, sheetChanged, sheetNotFound, sheetProtected, writtenSheetEdited } from '../common/messages';
import { checkSheetWrite, coveredRect, editedSince, paddedRows } from '../common/sheet-write';

export const NO_FILL: FillFormat = { color: null, pattern: 'None' };

interface MemorySheet {
  /** Sheet coordinates: values[row][col]; rows and cells may be missing (empty). */
  readonly values: CellValue[][];
  /** Formulas ('=…') by cell; the value beside one is its cached result (null or '' when none was saved). */
  readonly formulas: Map<string, string>;
  readonly numberFormats: (string | null)[][];
  readonly fills: Map<string, FillFormat>;
  readonly notes: Map<string, string>;
  readonly merges: MergedArea[];
  protected: boolean;
}

/** What the preview grid draws on one cell. */
export interface CellDecoration {
  readonly ref: CellRef;
  readonly a1: string;
  /** CSS colour of the fill, or null. */
  readonly fill: string | null;
  readonly note: string | null;
  /** The severity when the fill is one of our flags (so the grid can show an icon), else null. */
  readonly flag: Severity | null;
}

export interface MemoryCellView {
  readonly value: CellValue;
  readonly numberFormat: string | null;
  readonly fill: FillFormat;
  readonly note: string | null;
}

/**
 * A change to the workbook. `cells`: the cells whose values ('cells') or fills and notes ('flags') changed,
 * so a view redraws only those; absent, anything on the sheet may have changed (or the sheet came or went).
 */
export type MemoryChange =
  | { readonly kind: 'cells' | 'flags'; readonly sheet: string; readonly cells?: readonly CellRef[] }
  | { readonly kind: 'protection'; readonly sheet: string }
  | { readonly kind: 'selection' | 'settings' };

/** A JSON-safe form of a CellValue for receipts (the pane stores them in the workbook settings). */
type StoredValue = string | number | boolean | null | { readonly error: string } | { readonly date: string } | { readonly formula: string; readonly value: StoredValue };

function encodeValue(v: CellValue): StoredValue {
  if (v instanceof Date) return { date: v.toISOString() };
  if (isCellError(v)) return { error: v.error };
  return v;
}

function decodeValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && typeof (v as { formula?: unknown }).formula === 'string') return decodeValue((v as { value: unknown }).value);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && typeof (v as { date?: unknown }).date === 'string') return new Date((v as { date: string }).date);
  if (isCellError(v)) return { error: v.error };
  return null;
}

/**
 * The workbook port over plain objects: preview mode (the pane beside a sample workbook drawn as a grid)
 * and tests. It keeps what Excel keeps — values, number formats, merges, protection, cell fills, notes and
 * document settings (stored as JSON text, like Excel's) — and follows the same contract as the office.js
 * adapter (test/unit/adapters/contract.test.ts runs both).
 */
export class MemoryWorkbookPort implements WorkbookPort {
  private readonly sheets = new Map<string, MemorySheet>();
  private readonly settings = new Map<string, string>();
  private readonly listeners = new Set<(change: MemoryChange) => void>();
  private active: string;
  private selection: { sheet: string; ref: CellRef } | null = null;

  constructor(snapshots: readonly SheetSnapshot[], options: { readonly active?: string } = {}) {
    for (const s of snapshots) this.addSheet(s);
    this.active = options.active ?? snapshots[0]?.name ?? '';
  }

  static fromSnapshots(snapshots: readonly SheetSnapshot[], options: { readonly active?: string } = {}): MemoryWorkbookPort {
    return new MemoryWorkbookPort(snapshots, options);
  }

  /** Adds (or replaces) a sheet from a snapshot, in sheet coordinates. */
  addSheet(s: SheetSnapshot): void {
    if (!s.name) throw new PortError('InvalidInput', '工作表名称不能为空');
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    const formulas = new Map<string, string>();
    s.values.forEach((row, i) => {
      const r = s.origin.row + i;
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        (values[r] ??= [])[s.origin.col + j] = v;
      });
      s.numberFormats?.[i]?.forEach((f, j) => {
        if (f) (numberFormats[r] ??= [])[s.origin.col + j] = f;
      });
    });
    s.formulas?.forEach((row, i) =>
      row?.forEach((f, j) => {
        if (f) formulas.set(toA1({ row: s.origin.row + i, col: s.origin.col + j }), f);
      }),
    );
    this.sheets.set(s.name, { values, formulas, numberFormats, fills: new Map(), notes: new Map(), merges: [...s.merges], protected: s.protected ?? false });
    this.emit({ kind: 'cells', sheet: s.name });
  }

  // ------------------------------------------------------------ preview / test access

  /** Called after every change (values, flags, protection, selection, settings). Returns an unsubscribe. */
  subscribe(listener: (change: MemoryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: MemoryChange): void {
    for (const l of [...this.listeners]) l(change);
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  getSelection(): { readonly sheet: string; readonly ref: CellRef } | null {
    return this.selection;
  }

  setActiveSheet(name: string): void {
    this.sheet(name);
    this.active = name;
    this.emit({ kind: 'selection' });
  }

  /** Every cell with a fill or a note: what the preview grid draws over the values. */
  getCellDecorations(sheet: string): CellDecoration[] {
    const s = this.sheet(sheet);
    const memo = this.memo(sheet);
    const a1s = new Set([...s.fills.keys(), ...s.notes.keys()]);
    const out: CellDecoration[] = [];
    for (const a1 of a1s) {
      const fill = s.fills.get(a1) ?? NO_FILL;
      const severity = memo?.cells[a1]?.severity;
      out.push({
        ref: fromA1(a1),
        a1,
        fill: fill.pattern === 'None' ? null : fill.color,
        note: s.notes.get(a1) ?? null,
        flag: severity && isFlagFill(fill, severity) ? severity : null,
      });
    }
    return out.sort((a, b) => a.ref.row - b.ref.row || a.ref.col - b.ref.col);
  }

  /** One cell's value, without building a view of it (the grid draws thousands). */
  valueAt(sheet: string, row: number, col: number): CellValue {
    return this.sheet(sheet).values[row]?.[col] ?? null;
  }

  numberFormatAt(sheet: string, row: number, col: number): string | null {
    return this.sheet(sheet).numberFormats[row]?.[col] ?? null;
  }

  /** The fill's CSS colour (null for none) and the note of one cell: what the grid draws over the value. */
  lookAt(sheet: string, a1: string): { readonly fill: string | null; readonly note: string | null } {
    const s = this.sheet(sheet);
    const fill = s.fills.get(a1);
    return { fill: fill && fill.pattern !== 'None' ? fill.color : null, note: s.notes.get(a1) ?? null };
  }

  mergedAreas(sheet: string): readonly MergedArea[] {
    return this.sheet(sheet).merges.map((m) => ({ ...m }));
  }

  /** Calls `fn` for each cell holding a value (in sheet coordinates), skipping the empty ones. */
  eachValue(sheet: string, fn: (row: number, col: number, value: CellValue) => void): void {
    this.sheet(sheet).values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== null && v !== undefined) fn(r, c, v);
      }),
    );
  }

  /** Rows and columns up to the last cell with a value or a formula (0 × 0 for an empty sheet). */
  usedSize(sheet: string): { readonly rows: number; readonly cols: number } {
    const s = this.sheet(sheet);
    let rows = 0;
    let cols = 0;
    s.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }),
    );
    for (const a1 of s.formulas.keys()) {
      const { row, col } = fromA1(a1);
      rows = Math.max(rows, row + 1);
      cols = Math.max(cols, col + 1);
    }
    return { rows, cols };
  }

  cell(sheet: string, ref: CellRef | string): MemoryCellView {
    const s = this.sheet(sheet);
    const r = typeof ref === 'string' ? fromA1(ref) : ref;
    const a1 = toA1(r);
    return { value: s.values[r.row]?.[r.col] ?? null, numberFormat: s.numberFormats[r.row]?.[r.col] ?? null, fill: s.fills.get(a1) ?? NO_FILL, note: s.notes.get(a1) ?? null };
  }

  /** A user typing into a cell (preview edits; tests of the stale-sheet path). Typing replaces a formula. */
  setCellValue(sheet: string, ref: CellRef | string, value: CellValue): void {
    const s = this.sheet(sheet);
    const r = typeof ref === 'string' ? fromA1(ref) : ref;
    (s.values[r.row] ??= [])[r.col] = value;
    s.formulas.delete(toA1(r));
    this.emit({ kind: 'cells', sheet, cells: [r] });
  }

  /** A user entering a formula; `result` is what the cell shows (null: no result saved, as in files from other tools). */
  setCellFormula(sheet: string, ref: CellRef | string, formula: string, result: CellValue = null): void {
    const s = this.sheet(sheet);
    const r = typeof ref === 'string' ? fromA1(ref) : ref;
    (s.values[r.row] ??= [])[r.col] = result;
    s.formulas.set(toA1(r), formula.startsWith('=') ? formula : `=${formula}`);
    this.emit({ kind: 'cells', sheet, cells: [r] });
  }

  formula(sheet: string, ref: CellRef | string): string | null {
    return this.sheet(sheet).formulas.get(typeof ref === 'string' ? ref : toA1(ref)) ?? null;
  }

  setNumberFormat(sheet: string, ref: CellRef | string, format: string | null): void {
    const s = this.sheet(sheet);
    const r = typeof ref === 'string' ? fromA1(ref) : ref;
    (s.numberFormats[r.row] ??= [])[r.col] = format;
    this.emit({ kind: 'cells', sheet, cells: [r] });
  }

  setFill(sheet: string, ref: CellRef | string, fill: FillFormat): void {
    const s = this.sheet(sheet);
    const a1 = typeof ref === 'string' ? ref : toA1(ref);
    if (fill.pattern === 'None') s.fills.delete(a1);
    else s.fills.set(a1, { ...fill });
    this.emit({ kind: 'flags', sheet, cells: [fromA1(a1)] });
  }

  setNote(sheet: string, ref: CellRef | string, note: string | null): void {
    const s = this.sheet(sheet);
    const a1 = typeof ref === 'string' ? ref : toA1(ref);
    if (note === null) s.notes.delete(a1);
    else s.notes.set(a1, note);
    this.emit({ kind: 'flags', sheet, cells: [fromA1(a1)] });
  }

  setProtected(sheet: string, on: boolean): void {
    this.sheet(sheet).protected = on;
    this.emit({ kind: 'protection', sheet });
  }

  // ------------------------------------------------------------ WorkbookPort

  async listSheets(): Promise<SheetInfo[]> {
    return [...this.sheets].map(([name, s]) => ({ name, protected: s.protected }));
  }

  async activeSheetName(): Promise<string> {
    return this.active;
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const s = this.sheet(name);
    // The used range as Excel reports it with valuesOnly: the bounding box of the non-empty cells.
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (r: number, c: number) => {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    };
    s.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        include(r, c);
      }),
    );
    // A formula cell is in the used range even with no result (Excel's getUsedRange(valuesOnly) counts it).
    for (const a1 of s.formulas.keys()) {
      const { row, col } = fromA1(a1);
      include(row, col);
    }
    if (bottom < 0) return { name, origin: { row: 0, col: 0 }, values: [], numberFormats: [], merges: [...s.merges], protected: s.protected };
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const vs: CellValue[] = [];
      const fs: (string | null)[] = [];
      for (let c = left; c <= right; c++) {
        const v = s.values[r]?.[c];
        vs.push(v === undefined || v === '' ? null : v instanceof Date ? new Date(v.getTime()) : v);
        fs.push(s.numberFormats[r]?.[c] ?? null);
      }
      values.push(vs);
      numberFormats.push(fs);
    }
    // Loaded with the values, same shape (as office.js loads `formulas` in the same request).
    const formulas: (string | undefined)[][] = [];
    for (const [a1, f] of s.formulas) {
      const { row, col } = fromA1(a1);
      (formulas[row - top] ??= [])[col - left] = f;
    }
    return {
      name,
      origin: { row: top, col: left },
      values,
      numberFormats,
      merges: s.merges.map((m) => ({ ...m })),
      protected: s.protected,
      ...(s.formulas.size ? { formulas } : {}),
    };
  }

  async flagCells(sheet: string, flags: readonly FlagSpec[], basis?: SheetSnapshot): Promise<void> {
    for (const f of flags) checkRef(f.ref);
    const s = this.writable(sheet);
    if (basis) {
      const changed = changedSince(basis, flags.map((f) => f.ref), (ref) => s.values[ref.row]?.[ref.col] ?? null);
      if (changed.length > 0) throw sheetChanged(sheet, changed);
    }
    const memo = this.memo(sheet);
    const plan = planFlags(sheet, flags, memo, (a1) => this.state(s, a1), true);
    this.apply(s, plan.actions);
    this.storeMemo(sheet, plan.memo);
    this.emit({ kind: 'flags', sheet, cells: plan.actions.map((a) => a.ref) });
  }

  async clearFlags(sheet?: string): Promise<number> {
    if (sheet !== undefined) this.sheet(sheet);
    const names = sheet !== undefined ? [sheet] : this.memoSheets();
    // Check every sheet first: a protected one refuses the whole clear before anything changes.
    const work: [string, MemorySheet, FlagMemo][] = [];
    for (const name of names) {
      const memo = this.memo(name);
      if (!memo) continue;
      const s = this.sheets.get(name);
      if (!s) continue; // the sheet was deleted with its flags
      if (s.protected) throw sheetProtected(name);
      work.push([name, s, memo]);
    }
    let cleared = 0;
    for (const [name, s, memo] of work) {
      const actions = planClear(memo, (a1) => this.state(s, a1));
      this.apply(s, actions);
      this.storeMemo(name, null);
      cleared += actions.length;
      this.emit({ kind: 'flags', sheet: name, cells: actions.map((a) => a.ref) });
    }
    return cleared;
  }

  async flaggedSheets(): Promise<FlaggedSheet[]> {
    const out: FlaggedSheet[] = [];
    for (const name of this.sheets.keys()) {
      const memo = this.memo(name);
      const cells = memo ? Object.keys(memo.cells).length : 0;
      if (cells > 0) out.push({ sheet: name, cells });
    }
    return out;
  }

  async writeCells(sheet: string, writes: readonly CellWrite[], basis: SheetSnapshot, options: WriteOptions = {}): Promise<WriteReceipt> {
    checkWrites(sheet, writes);
    const s = this.writable(sheet);
    const current = (ref: CellRef) => s.values[ref.row]?.[ref.col] ?? null;
    const changed = changedSince(basis, writes.map((w) => w.ref), current);
    if (changed.length > 0) throw sheetChanged(sheet, changed);
    if (!options.overwrite) {
      // A formula is never empty, whatever it shows.
      const occupied = writes.filter((w) => !isBlank(current(w.ref)) || s.formulas.has(toA1(w.ref))).map((w) => toA1(w.ref));
      if (occupied.length > 0) throw overwriteNotConfirmed(sheet, occupied);
    }
    const cells: ReceiptCell[] = writes.map((w) => {
      const formula = s.formulas.get(toA1(w.ref));
      const value = encodeValue(current(w.ref));
      return { ref: w.ref, before: formula ? { formula, value } : value, beforeFormat: s.numberFormats[w.ref.row]?.[w.ref.col] ?? null, after: w.value };
    });
    for (const w of writes) {
      (s.values[w.ref.row] ??= [])[w.ref.col] = w.value;
      s.formulas.delete(toA1(w.ref));
      if (w.numberFormat !== undefined) (s.numberFormats[w.ref.row] ??= [])[w.ref.col] = w.numberFormat;
    }
    this.emit({ kind: 'cells', sheet, cells: writes.map((w) => w.ref) });
    return { sheet, cells };
  }

  async undoWrites(receipt: WriteReceipt): Promise<void> {
    for (const c of receipt.cells) checkRef(c.ref);
    const s = this.writable(receipt.sheet);
    const edited = receipt.cells.filter((c) => c.after !== undefined && !sameCellValue(s.values[c.ref.row]?.[c.ref.col] ?? null, c.after)).map((c) => toA1(c.ref));
    if (edited.length > 0) throw filledCellsEdited(receipt.sheet, edited);
    // Reverse order: if a cell was written twice, the first 'before' is the one that wins.
    for (const c of [...receipt.cells].reverse()) {
      const v = decodeValue(c.before);
      (s.values[c.ref.row] ??= [])[c.ref.col] = v;
      const formula = typeof c.before === 'object' && c.before !== null ? (c.before as { formula?: unknown }).formula : undefined;
      if (typeof formula === 'string') s.formulas.set(toA1(c.ref), formula);
      else s.formulas.delete(toA1(c.ref));
      (s.numberFormats[c.ref.row] ??= [])[c.ref.col] = c.beforeFormat;
    }
    this.emit({ kind: 'cells', sheet: receipt.sheet, cells: receipt.cells.map((c) => c.ref) });
  }

  async writeSheet(name: string, rows: SheetRows, options: SheetWriteOptions = {}): Promise<SheetWriteReceipt> {
    checkSheetWrite(name, rows);
    const existing = this.sheets.get(name);
    if (existing?.protected) throw sheetProtected(name);
    let bottom = -1;
    let right = -1;
    const occupied: string[] = [];
    existing?.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (isBlank(v ?? null)) return;
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
        occupied.push(toA1({ row: r, col: c }));
      }),
    );
    // A formula is never empty, whatever it shows.
    for (const a1 of existing?.formulas.keys() ?? []) if (!occupied.includes(a1)) occupied.push(a1);
    if (occupied.length > 0 && !options.replace) throw overwriteNotConfirmed(name, occupied);
    const size = coveredRect(rows, bottom, right);
    const after = paddedRows(rows, size);
    let before: StoredValue[][] | null = null;
    if (existing) {
      before = after.map((line, r) => line.map((_, c) => encodeValue(existing.values[r]?.[c] ?? null)));
    } else {
      this.sheets.set(name, { values: [], formulas: new Map(), numberFormats: [], fills: new Map(), notes: new Map(), merges: [], protected: false });
    }
    const s = this.sheets.get(name)!;
    after.forEach((line, r) =>
      line.forEach((v, c) => {
        (s.values[r] ??= [])[c] = v;
        s.formulas.delete(toA1({ row: r, col: c }));
      }),
    );
    this.active = name;
    this.emit({ kind: 'cells', sheet: name });
    this.emit({ kind: 'selection' });
    return { sheet: name, created: !existing, rows: size.rows, cols: size.cols, before, after };
  }

  async undoSheetWrite(receipt: SheetWriteReceipt): Promise<void> {
    const s = this.writable(receipt.sheet);
    const edited = editedSince(receipt.after, (r, c) => s.values[r]?.[c] ?? null);
    if (edited.length > 0) throw writtenSheetEdited(receipt.sheet, edited);
    if (receipt.created) {
      this.sheets.delete(receipt.sheet);
      if (this.active === receipt.sheet) this.active = this.sheetNames()[0] ?? '';
      if (this.selection?.sheet === receipt.sheet) this.selection = null;
      this.emit({ kind: 'cells', sheet: receipt.sheet });
      this.emit({ kind: 'selection' });
      return;
    }
    receipt.after.forEach((line, r) => line.forEach((_, c) => ((s.values[r] ??= [])[c] = decodeValue(receipt.before?.[r]?.[c] ?? null))));
    this.emit({ kind: 'cells', sheet: receipt.sheet });
  }

  async selectCell(sheet: string, ref: CellRef): Promise<void> {
    checkRef(ref);
    this.sheet(sheet);
    this.active = sheet;
    this.selection = { sheet, ref };
    this.emit({ kind: 'selection' });
  }

  async loadSettings(key: string): Promise<unknown> {
    const text = this.settings.get(key);
    return text === undefined ? null : JSON.parse(text);
  }

  async saveSettings(key: string, value: unknown): Promise<void> {
    if (value === null || value === undefined) this.settings.delete(key);
    else this.settings.set(key, JSON.stringify(value));
    this.emit({ kind: 'settings' });
  }

  // ------------------------------------------------------------ internals

  private sheet(name: string): MemorySheet {
    const s = this.sheets.get(name);
    if (!s) throw sheetNotFound(name);
    return s;
  }

  private writable(name: string): MemorySheet {
    const s = this.sheet(name);
    if (s.protected) throw sheetProtected(name);
    return s;
  }

  private memo(sheet: string): FlagMemo | null {
    const text = this.settings.get(flagMemoKey(sheet));
    return text === undefined ? null : parseFlagMemo(text);
  }

  private memoSheets(): string[] {
    return [...this.settings.keys()].filter((k) => k.startsWith(FLAG_MEMO_PREFIX)).map((k) => k.slice(FLAG_MEMO_PREFIX.length));
  }

  private storeMemo(sheet: string, memo: FlagMemo | null): void {
    if (memo) this.settings.set(flagMemoKey(sheet), JSON.stringify(memo));
    else this.settings.delete(flagMemoKey(sheet));
  }

  private state(s: MemorySheet, a1: string): CellState {
    return { fill: s.fills.get(a1) ?? NO_FILL, note: s.notes.get(a1) ?? null };
  }

  private apply(s: MemorySheet, actions: readonly CellAction[]): void {
    for (const a of actions) {
      if (a.fill && 'flag' in a.fill) s.fills.set(a.a1, { color: FLAG_FILL[a.fill.flag], pattern: 'Solid' });
      else if (a.fill && 'restore' in a.fill) {
        if (a.fill.restore.pattern === 'None') s.fills.delete(a.a1);
        else s.fills.set(a.a1, { ...a.fill.restore });
      }
      if (a.note.kind === 'add' || a.note.kind === 'set') s.notes.set(a.a1, a.note.text);
      else if (a.note.kind === 'delete') s.notes.delete(a.a1);
    }
  }
}
