import type { MemoryChange, MemoryWorkbookPort } from '../adapters/memory';
import { toA1 } from '../core/grid/address';
import { cellText } from '../core/grid/grid';
import type { CellValue, MergedArea } from '../core/grid/types';

export interface CellLook {
  /** Fill colour as CSS (#RRGGBB), or null for none. */
  readonly fill: string | null;
  readonly note: string | null;
}

/** One row's looks by column. A new map whenever one of them changes: the grid redraws a row when its map does. */
export type RowLooks = ReadonlyMap<number, CellLook>;

/** Excel shows at least this much of an empty sheet. */
const MIN_COLS = 8;
const MIN_ROWS = 20;
/** And at most the whole sheet. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/**
 * One sheet of the in-memory workbook as the grid draws it, kept up to date from the port's change
 * events: each change touches only the rows it names (a row's value version and its looks), so the grid
 * redraws those rows and no others. The values themselves are read from the port when a row is drawn.
 */
export class SheetView {
  private readonly listeners = new Set<() => void>();
  private version = 0;
  /** Monotonic: a row's version is the tick of its last change, or `base` (the last whole-sheet change). */
  private tick = 0;
  private base = 0;
  private readonly rowTicks = new Map<number, number>();
  private looks = new Map<number, Map<number, CellLook>>();
  /** The longest text per column, anchors of merges across columns left out (their text spreads). */
  private longest: number[] = [];
  private spreading = new Set<string>();
  rows = 0;
  cols = 0;
  merges: readonly MergedArea[] = [];
  /** Column widths in px; a new array when one changes. */
  widths: readonly number[] = [];

  /**
   * @param fileWidths column widths in px the file sets (an opened workbook), holes where it sets none:
   *   those columns are as wide as the file says, the others as wide as their longest text.
   */
  constructor(
    private readonly port: MemoryWorkbookPort,
    readonly name: string,
    private readonly fileWidths: readonly (number | undefined)[] = [],
  ) {
    this.reload();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes with every change to the sheet (for useSyncExternalStore). */
  getVersion = (): number => this.version;

  value(row: number, col: number): CellValue {
    return this.port.valueAt(this.name, row, col);
  }

  numberFormat(row: number, col: number): string | null {
    return this.port.numberFormatAt(this.name, row, col);
  }

  rowVersion(row: number): number {
    return this.rowTicks.get(row) ?? this.base;
  }

  rowLooks(row: number): RowLooks | undefined {
    return this.looks.get(row);
  }

  /** Applies a change the port reported for this sheet. */
  apply(change: MemoryChange): void {
    if (change.kind === 'cells') {
      if (change.cells) this.cellsChanged(change.cells);
      else this.reload();
    } else if (change.kind === 'flags') {
      if (change.cells) this.looksChanged(change.cells);
      else this.reloadLooks();
    } else {
      return;
    }
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  private reload(): void {
    this.merges = this.port.mergedAreas(this.name);
    this.spreading = new Set(this.merges.filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
    const used = this.port.usedSize(this.name);
    let rows = Math.max(MIN_ROWS, used.rows + 2);
    let cols = Math.max(MIN_COLS, used.cols + 1);
    for (const m of this.merges) {
      rows = Math.max(rows, m.bottom + 1);
      cols = Math.max(cols, m.right + 1);
    }
    this.rows = Math.min(MAX_ROWS, rows);
    this.cols = Math.min(MAX_COLS, cols);
    this.longest = new Array<number>(cols).fill(0);
    this.port.eachValue(this.name, (row, col, v) => this.measureText(row, col, v));
    this.widths = this.measuredWidths();
    this.base = ++this.tick;
    this.rowTicks.clear();
    this.reloadLooks();
  }

  private reloadLooks(): void {
    this.looks = new Map();
    for (const d of this.port.getCellDecorations(this.name)) {
      let row = this.looks.get(d.ref.row);
      if (!row) this.looks.set(d.ref.row, (row = new Map()));
      row.set(d.ref.col, { fill: d.fill, note: d.note });
    }
  }

  /** Notes a cell's text length; true when its column's longest text grew. */
  private measureText(row: number, col: number, v: CellValue): boolean {
    if (v === null || this.spreading.has(`${row},${col}`)) return false;
    const n = cellText(v).length;
    if (n <= (this.longest[col] ?? 0)) return false;
    this.longest[col] = n;
    return true;
  }

  private cellsChanged(cells: readonly { row: number; col: number }[]): void {
    const tick = ++this.tick;
    let wider = false;
    for (const { row, col } of cells) {
      this.rowTicks.set(row, tick);
      const v = this.value(row, col);
      if (v === null || v === '') continue;
      this.rows = Math.min(MAX_ROWS, Math.max(this.rows, row + 3));
      this.cols = Math.min(MAX_COLS, Math.max(this.cols, col + 2));
      // Widths only grow: a column that jumps back after an undo would move everything under the mouse.
      if (this.measureText(row, col, v)) wider = true;
    }
    if (wider || this.widths.length < this.cols) this.widths = this.measuredWidths();
  }

  private measuredWidths(): number[] {
    return Array.from({ length: this.cols }, (_, c) => this.fileWidths[c] ?? widthFor(this.longest[c] ?? 0));
  }

  private looksChanged(cells: readonly { row: number; col: number }[]): void {
    // Copy on write, once per row: rows whose map is unchanged keep it, and are not redrawn.
    const fresh = new Set<number>();
    for (const { row, col } of cells) {
      let map = this.looks.get(row);
      if (!fresh.has(row)) {
        map = new Map(map);
        this.looks.set(row, map);
        fresh.add(row);
      }
      const look = this.port.lookAt(this.name, toA1({ row, col }));
      if (look.fill === null && look.note === null) map!.delete(col);
      else map!.set(col, look);
    }
    for (const row of fresh) if (this.looks.get(row)!.size === 0) this.looks.delete(row);
  }
}

/** Wider columns for long text, so a goal sheet reads like the form it is. */
function widthFor(longest: number): number {
  return Math.min(260, Math.max(64, longest * 13));
}
