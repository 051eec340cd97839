import { MemoryWorkbookPort, type MemoryChange } from '../adapters/memory';
import { checkSheet } from '../core/check';
import type { CellRef, CellValue, SheetSnapshot } from '../core/grid/types';
import { SheetView } from './sheet-view';

/**
 * The preview's workbook: the in-memory adapter (the same WorkbookPort contract as the office.js one),
 * plus what only the preview needs — sheet tabs, a view per sheet for the grid, the selection, change events.
 */
export class PreviewWorkbook {
  readonly port: MemoryWorkbookPort;
  private readonly views = new Map<string, SheetView>();

  /**
   * Sample sheets, or a workbook already open in memory (a file the clerk opened: src/preview/open-file.ts)
   * with the column widths its file sets, in px by sheet.
   */
  constructor(
    sheets: readonly SheetSnapshot[] | MemoryWorkbookPort,
    private readonly fileWidths: (sheet: string) => readonly (number | undefined)[] = () => [],
  ) {
    if (sheets instanceof MemoryWorkbookPort) {
      this.port = sheets;
    } else {
      // Open on the first sheet the add-in can work on (the form, not the instructions sheet before it).
      const first = sheets.find((s) => checkSheet(s) !== null) ?? sheets[0];
      this.port = new MemoryWorkbookPort(sheets, { active: first?.name });
    }
    // Subscribed first: the views are up to date before any other listener (the page) hears of a change.
    this.port.subscribe((change) => this.route(change));
  }

  activate(sheet: string): void {
    this.port.setActiveSheet(sheet);
  }

  selection(): { readonly sheet: string; readonly ref: CellRef } | null {
    return this.port.getSelection();
  }

  /** The sheet as the grid draws it, made on first use and kept up to date from then on. */
  view(sheet: string): SheetView {
    let v = this.views.get(sheet);
    if (!v) this.views.set(sheet, (v = new SheetView(this.port, sheet, this.fileWidths(sheet))));
    return v;
  }

  /** The clerk typing into a cell (the browser tests' hands: the preview grid itself is read-only). */
  edit(sheet: string, a1: string, value: CellValue): void {
    this.port.setCellValue(sheet, a1, value);
  }

  subscribe = (listener: () => void): (() => void) => this.port.subscribe(() => listener());

  private route(change: MemoryChange): void {
    if (!('sheet' in change)) return;
    const v = this.views.get(change.sheet);
    if (!v) return;
    // A sheet that went away (an undone 审核意见 sheet) takes its view with it; one made again gets a new one.
    if (!this.port.sheetNames().includes(change.sheet)) this.views.delete(change.sheet);
    else v.apply(change);
  }
}
