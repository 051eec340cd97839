import { fromA1, toA1 } from '../../core/grid/address';
import type { CellWrite } from '../../core/fill/plan';
import type { CellRef, CellValue, SheetSnapshot } from '../../core/grid/types';
import { sameCellValue } from '../common/cells';
import { NOTE_SEPARATOR } from '../common/flag-plan';
import { MemoryWorkbookPort } from '../memory';
import { PortError, type SheetRows, type SheetWriteOptions, type SheetWriteReceipt, type WriteOptions, type WriteReceipt } from '../workbook-port';
import type { XlsxPackage } from '../xlsx/package';
import { openXlsx, type XlsxReading } from '../xlsx/read-workbook';
import { readNotes } from '../xlsx/read-notes';
import { readAddinSettings } from '../xlsx/read-addin-settings';
import type { NewSheet } from '../xlsx/new-sheet';
import { writeXlsxEdits, type SheetEdits, type WriteResult, type XlsxFlag } from '../xlsx/write-edits';

/**
 * A workbook opened from .xlsx bytes (the browser's file picker), worked on in memory and written back as a
 * copy. The live workbook is the in-memory adapter — the same contract, the same flag memo and undo — seeded
 * with the file's values, merges, number formats, fills and notes; the copy is the command line's package
 * writer applied to the original bytes, so it keeps every part the command line keeps and differs from the
 * input only where the pane changed something: flagged cells (fill and note), written values, an added sheet.
 * The input bytes are never modified.
 */

export interface OpenProgress {
  /** Sheets read so far, of `total`. */
  readonly done: number;
  readonly total: number;
  /** The sheet being read next (null when done). */
  readonly sheet: string | null;
}

/** What the grid draws of a sheet beyond its values. */
export interface SheetLooks {
  /** Column widths in characters, by zero-based column (holes: default width). */
  readonly widths: readonly (number | undefined)[];
}

interface LoadedSheet {
  readonly snapshot: SheetSnapshot;
  readonly fills: ReadonlyMap<string, string>;
  readonly notes: ReadonlyMap<string, string>;
  readonly widths: (number | undefined)[];
}

/** What a cell held in the file, kept the first time the pane (or the user) changes it. */
interface Original {
  readonly value: CellValue;
  readonly formula: string | null;
  readonly format: string | null;
}

/** <col max> in files often runs to XFD: widths are kept for the columns a grid can show. */
const MAX_WIDTH_COLUMNS = 1024;

type ActivePick = (sheets: readonly SheetSnapshot[]) => string | undefined;

function loadSheet(reading: XlsxReading, index: number): LoadedSheet {
  const fills = new Map<string, string>();
  const widths: (number | undefined)[] = [];
  const snapshot = reading.read(index, {
    cell: (row, col, xf) => {
      const colour = reading.styles.fillColour(xf);
      if (colour) fills.set(toA1({ row, col }), colour);
    },
    column: (first, last, width) => {
      for (let c = first; c <= Math.min(last, MAX_WIDTH_COLUMNS); c++) widths[c] = width;
    },
  });
  return { snapshot, fills, notes: readNotes(reading.pkg, reading.sheets[index].part!), widths };
}

/**
 * Reads the workbook sheet by sheet; `onProgress` is awaited before each sheet (the caller lets the page
 * paint there). Throws XlsxError (with the command line's messages) for a file that cannot be read.
 */
export async function openXlsxFile(bytes: Uint8Array, options: { onProgress?: (p: OpenProgress) => void | Promise<void>; active?: ActivePick } = {}): Promise<XlsxFilePort> {
  const reading = openXlsx(bytes);
  const total = reading.sheets.length;
  const sheets: LoadedSheet[] = [];
  for (let i = 0; i < total; i++) {
    await options.onProgress?.({ done: i, total, sheet: reading.sheets[i].name });
    sheets.push(loadSheet(reading, i));
  }
  await options.onProgress?.({ done: total, total, sheet: null });
  return new XlsxFilePort(reading.pkg, sheets, options.active?.(sheets.map((s) => s.snapshot)));
}

/** The same in one go (tests, and callers with nothing to show between sheets). */
export function openXlsxFileSync(bytes: Uint8Array, options: { active?: ActivePick } = {}): XlsxFilePort {
  const reading = openXlsx(bytes);
  const sheets = reading.sheets.map((_, i) => loadSheet(reading, i));
  return new XlsxFilePort(reading.pkg, sheets, options.active?.(sheets.map((s) => s.snapshot)));
}

export class XlsxFilePort extends MemoryWorkbookPort {
  /** Sheets of the package, by the name the pane knows them by. */
  private readonly fileSheets: ReadonlyMap<string, LoadedSheet>;
  /** Every sheet name in the package, lower-cased (veryHidden and chart sheets too): an added sheet may not take one. */
  private readonly packageNames: ReadonlySet<string>;
  private readonly hasFormulas: boolean;
  /** sheet → A1 → what the cell held in the file, for every cell that may have changed. */
  private readonly originals = new Map<string, Map<string, Original>>();
  /** sheet → A1 → the last write the pane made there (its role: headers are bold in the copy). */
  private readonly lastWrites = new Map<string, Map<string, CellWrite>>();
  /** Column widths asked for by writeSheet, for sheets added. */
  private readonly addedWidths = new Map<string, readonly (number | null)[]>();

  constructor(
    private readonly pkg: XlsxPackage,
    sheets: readonly LoadedSheet[],
    active?: string,
  ) {
    super(
      sheets.map((s) => s.snapshot),
      active ? { active } : {},
    );
    this.fileSheets = new Map(sheets.map((s) => [s.snapshot.name, s]));
    this.packageNames = new Set(pkg.sheets.map((s) => s.name.toLowerCase()));
    this.hasFormulas = sheets.some((s) => s.snapshot.formulas !== undefined);
    for (const s of sheets) {
      for (const [a1, color] of s.fills) this.setFill(s.snapshot.name, a1, { color, pattern: 'Solid' });
      for (const [a1, note] of s.notes) this.setNote(s.snapshot.name, a1, note);
    }
  }

  /** What an add-in saved in the workbook (its settings), by key; read from the file, never written back. */
  storedSettings(): ReadonlyMap<string, unknown> {
    return readAddinSettings(this.pkg);
  }

  /** Column widths from the file (characters), for the grid. */
  looks(sheet: string): SheetLooks {
    return { widths: this.fileSheets.get(sheet)?.widths ?? [] };
  }

  // ------------------------------------------------------------ what may change, kept first

  private keep(sheet: string, refs: Iterable<CellRef | string>): void {
    if (!this.fileSheets.has(sheet)) return;
    let map = this.originals.get(sheet);
    if (!map) this.originals.set(sheet, (map = new Map()));
    for (const ref of refs) {
      const a1 = typeof ref === 'string' ? ref : toA1(ref);
      if (map.has(a1)) continue;
      const c = this.cell(sheet, a1);
      map.set(a1, { value: c.value, formula: this.formula(sheet, a1), format: c.numberFormat });
    }
  }

  /** Every cell of a sheet's used range and of a rows × cols rectangle from A1. */
  private async keepSheet(sheet: string, rows: number, cols: number): Promise<void> {
    if (!this.fileSheets.has(sheet) || !this.sheetNames().includes(sheet)) return;
    const s = await this.readSheet(sheet);
    const refs: CellRef[] = [];
    s.values.forEach((line, i) => line.forEach((_, j) => refs.push({ row: s.origin.row + i, col: s.origin.col + j })));
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) refs.push({ row: r, col: c });
    this.keep(sheet, refs);
  }

  override async writeCells(sheet: string, writes: readonly CellWrite[], basis: SheetSnapshot, options?: WriteOptions): Promise<WriteReceipt> {
    this.keep(sheet, writes.map((w) => w.ref));
    const receipt = await super.writeCells(sheet, writes, basis, options);
    let map = this.lastWrites.get(sheet);
    if (!map) this.lastWrites.set(sheet, (map = new Map()));
    for (const w of writes) map.set(toA1(w.ref), w);
    return receipt;
  }

  override async undoWrites(receipt: WriteReceipt): Promise<void> {
    this.keep(receipt.sheet, receipt.cells.map((c) => c.ref));
    await super.undoWrites(receipt);
  }

  override async writeSheet(name: string, rows: SheetRows, options: SheetWriteOptions = {}): Promise<SheetWriteReceipt> {
    // A sheet the viewer does not show (veryHidden, a chart sheet) still owns its name in the package.
    if (!this.sheetNames().includes(name) && this.packageNames.has(name.toLowerCase())) {
      throw new PortError('InvalidInput', `工作簿中已有名为「${name}」的隐藏工作表或图表工作表，未做任何修改`, name);
    }
    if (this.sheetNames().some((n) => n !== name && n.toLowerCase() === name.toLowerCase())) {
      throw new PortError('InvalidInput', `工作簿中已有名为「${name}」的工作表（名称不区分大小写），未做任何修改`, name);
    }
    await this.keepSheet(name, rows.length, Math.max(0, ...rows.map((r) => r.length)));
    const receipt = await super.writeSheet(name, rows, options);
    if (!this.fileSheets.has(name) && options.columnWidths) this.addedWidths.set(name, options.columnWidths);
    return receipt;
  }

  override async undoSheetWrite(receipt: SheetWriteReceipt): Promise<void> {
    await this.keepSheet(receipt.sheet, receipt.rows, receipt.cols);
    await super.undoSheetWrite(receipt);
  }

  // The user's hands (the browser tests type into cells through these): kept like the pane's writes.
  override setCellValue(sheet: string, ref: CellRef | string, value: CellValue): void {
    this.keep(sheet, [ref]);
    super.setCellValue(sheet, ref, value);
  }

  override setCellFormula(sheet: string, ref: CellRef | string, formula: string, result: CellValue = null): void {
    this.keep(sheet, [ref]);
    super.setCellFormula(sheet, ref, formula, result);
  }

  override setNumberFormat(sheet: string, ref: CellRef | string, format: string | null): void {
    this.keep(sheet, [ref]);
    super.setNumberFormat(sheet, ref, format);
  }

  // ------------------------------------------------------------ the copy

  /** What the copy would change: flagged cells, written cells, added sheets (nothing: no copy is needed). */
  async changes(): Promise<{ readonly flagged: number; readonly written: number; readonly addedSheets: readonly string[] }> {
    const edits = await this.edits();
    return {
      flagged: edits.sheets.reduce((n, e) => n + (e.flags?.length ?? 0), 0),
      written: edits.sheets.reduce((n, e) => n + (e.writes?.length ?? 0), 0),
      addedSheets: edits.newSheets.map((s) => s.name),
    };
  }

  /**
   * The workbook as it is now, written by the package writer over the original bytes (the same writer as
   * `goal-lint check --annotate` and `fill -o`).
   */
  async copy(): Promise<WriteResult> {
    const { sheets, newSheets, wroteFormulaCell } = await this.edits();
    const wrote = sheets.some((e) => (e.writes?.length ?? 0) > 0) || newSheets.length > 0;
    return writeXlsxEdits(this.pkg, sheets, { recalculateOnOpen: this.hasFormulas && wrote, dropCalcChain: wroteFormulaCell, newSheets });
  }

  private async edits(): Promise<{ sheets: SheetEdits[]; newSheets: NewSheet[]; wroteFormulaCell: boolean }> {
    const sheets: SheetEdits[] = [];
    const newSheets: NewSheet[] = [];
    let wroteFormulaCell = false;
    for (const name of this.sheetNames()) {
      const file = this.fileSheets.get(name);
      if (!file) {
        newSheets.push(await this.addedSheet(name));
        continue;
      }
      const writes: CellWrite[] = [];
      for (const [a1, before] of this.originals.get(name) ?? []) {
        const now = this.cell(name, a1);
        const formula = this.formula(name, a1);
        if (formula === before.formula && sameCellValue(now.value, before.value) && now.numberFormat === before.format) continue;
        // Only the user's hands put a formula in; the pane writes values. A formula stays as the file has it.
        if (formula !== null) continue;
        const v = now.value;
        // Booleans, dates and errors are only ever the file's own values put back by an undo.
        if (v !== null && typeof v !== 'string' && typeof v !== 'number') continue;
        const last = this.lastWrites.get(name)?.get(a1);
        const format = now.numberFormat !== before.format ? { numberFormat: now.numberFormat ?? 'General' } : {};
        // An emptied cell (a refreshed sheet that shrank) is written as empty text: the writer replaces, never deletes.
        writes.push({ ref: fromA1(a1), value: v ?? '', role: last?.role ?? 'value', ...format });
        if (before.formula !== null) wroteFormulaCell = true;
      }
      const flags: XlsxFlag[] = [];
      for (const d of this.getCellDecorations(name)) {
        if (!d.flag) continue;
        flags.push({ ref: d.ref, severity: d.flag, note: ownNote(d.note, file.notes.get(d.a1) ?? null) });
      }
      if (writes.length > 0 || flags.length > 0) sheets.push({ sheet: name, writes, flags });
    }
    return { sheets, newSheets, wroteFormulaCell };
  }

  /** An added sheet as the pane wrote it: text and numbers from A1. */
  private async addedSheet(name: string): Promise<NewSheet> {
    const snap = await this.readSheet(name);
    const rows: (string | number | null)[][] = [];
    for (let r = 0; r < snap.origin.row + snap.values.length; r++) {
      const line = snap.values[r - snap.origin.row] ?? [];
      const out: (string | number | null)[] = [];
      for (let c = 0; c < snap.origin.col + line.length; c++) {
        const v = r >= snap.origin.row && c >= snap.origin.col ? line[c - snap.origin.col] : null;
        out.push(typeof v === 'string' || typeof v === 'number' ? v : null);
      }
      rows.push(out);
    }
    const cols = this.addedWidths.get(name);
    return { name, rows, ...(cols ? { columnWidths: cols } : {}) };
  }
}

/** Our part of a flagged cell's note: the file's own note, if any, is kept by the writer and ours appended to it. */
function ownNote(now: string | null, inFile: string | null): string {
  if (now === null) return '';
  if (inFile !== null && now.startsWith(inFile + NOTE_SEPARATOR)) return now.slice(inFile.length + NOTE_SEPARATOR.length);
  return now;
}
