import type { FlaggedSheet, FlagSpec, SheetInfo, SheetRows, SheetWriteOptions, SheetWriteReceipt, WorkbookPort, WriteOptions, WriteReceipt } from '../../../src/adapters/workbook-port';
import type { CellWrite } from '../../../src/core/fill/plan';
import type { CellRef, CellValue, SheetSnapshot } from '../../../src/core/grid/types';

/**
 * A small WorkbookPort for component tests: mutable sheets, flags, settings, and a log of calls.
 * `failWith` makes the next call of a method throw (protected sheet, stale sheet …).
 */
export class FakePort implements WorkbookPort {
  readonly sheets = new Map<string, { values: CellValue[][]; merges: SheetSnapshot['merges']; protected: boolean }>();
  readonly flags = new Map<string, FlagSpec[]>();
  readonly settings = new Map<string, unknown>();
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly failWith = new Map<string, Error>();
  active: string;

  constructor(snapshots: readonly SheetSnapshot[]) {
    for (const s of snapshots) {
      // Sheet coordinates: pad so values[row][col] is the cell at (row, col).
      const values: CellValue[][] = [];
      s.values.forEach((r, i) => (values[s.origin.row + i] = [...Array<CellValue>(s.origin.col).fill(null), ...r]));
      for (let i = 0; i < values.length; i++) values[i] ??= [];
      this.sheets.set(s.name, { values, merges: s.merges, protected: s.protected ?? false });
    }
    this.active = snapshots[0]?.name ?? '';
  }

  private log(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
    const e = this.failWith.get(method);
    if (e) {
      this.failWith.delete(method);
      throw e;
    }
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  value(sheet: string, ref: CellRef): CellValue {
    return this.sheets.get(sheet)?.values[ref.row]?.[ref.col] ?? null;
  }

  async listSheets(): Promise<SheetInfo[]> {
    this.log('listSheets');
    return [...this.sheets.entries()].map(([name, s]) => ({ name, protected: s.protected }));
  }

  async activeSheetName(): Promise<string> {
    this.log('activeSheetName');
    return this.active;
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    this.log('readSheet', name);
    const s = this.sheets.get(name);
    if (!s) throw new Error(`没有名为“${name}”的工作表`);
    return { name, origin: { row: 0, col: 0 }, values: s.values.map((r) => [...r]), merges: s.merges, protected: s.protected };
  }

  async flagCells(sheet: string, flags: readonly FlagSpec[], basis?: SheetSnapshot): Promise<void> {
    this.log('flagCells', sheet, flags, basis);
    // As the port contract says: the list replaces the sheet's earlier flags.
    if (flags.length) this.flags.set(sheet, [...flags]);
    else this.flags.delete(sheet);
  }

  async clearFlags(sheet?: string): Promise<number> {
    this.log('clearFlags', sheet);
    let n = 0;
    for (const name of [...this.flags.keys()]) {
      if (sheet && name !== sheet) continue;
      n += this.flags.get(name)!.length;
      this.flags.delete(name);
    }
    return n;
  }

  async flaggedSheets(): Promise<FlaggedSheet[]> {
    this.log('flaggedSheets');
    return [...this.sheets.keys()].filter((name) => this.flags.has(name)).map((sheet) => ({ sheet, cells: this.flags.get(sheet)!.length }));
  }

  async writeCells(sheet: string, writes: readonly CellWrite[], basis: SheetSnapshot, options?: WriteOptions): Promise<WriteReceipt> {
    this.log('writeCells', sheet, writes, basis, options);
    const s = this.sheets.get(sheet)!;
    if (s.protected) throw new Error(`工作表“${sheet}”受保护，无法写入：请先撤销工作表保护（审阅 → 撤销工作表保护）后重试`);
    const cells = writes.map((w) => ({ ref: w.ref, before: this.value(sheet, w.ref) as unknown, beforeFormat: null }));
    for (const w of writes) {
      s.values[w.ref.row] ??= [];
      s.values[w.ref.row][w.ref.col] = w.value;
    }
    return { sheet, cells };
  }

  async undoWrites(receipt: WriteReceipt): Promise<void> {
    this.log('undoWrites', receipt);
    const s = this.sheets.get(receipt.sheet)!;
    for (const c of receipt.cells) s.values[c.ref.row][c.ref.col] = c.before as CellValue;
  }

  async writeSheet(name: string, rows: SheetRows, options?: SheetWriteOptions): Promise<SheetWriteReceipt> {
    this.log('writeSheet', name, rows, options);
    const existing = this.sheets.get(name);
    const before = existing ? existing.values.map((r) => [...r] as unknown[]) : null;
    this.sheets.set(name, { values: rows.map((r) => [...r]), merges: [], protected: false });
    this.active = name;
    return { sheet: name, created: !existing, rows: rows.length, cols: Math.max(0, ...rows.map((r) => r.length)), before, after: rows };
  }

  async undoSheetWrite(receipt: SheetWriteReceipt): Promise<void> {
    this.log('undoSheetWrite', receipt);
    if (receipt.created) this.sheets.delete(receipt.sheet);
    else this.sheets.set(receipt.sheet, { values: (receipt.before ?? []).map((r) => [...r] as CellValue[]), merges: [], protected: false });
  }

  async selectCell(sheet: string, ref: CellRef): Promise<void> {
    this.log('selectCell', sheet, ref);
    this.active = sheet;
  }

  async loadSettings(key: string): Promise<unknown> {
    this.log('loadSettings', key);
    return this.settings.has(key) ? JSON.parse(JSON.stringify(this.settings.get(key))) : null;
  }

  async saveSettings(key: string, value: unknown): Promise<void> {
    this.log('saveSettings', key, value);
    this.settings.set(key, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  }
}
