import { MemoryWorkbookPort } from '../adapters/memory';
import { checkSheet } from '../core/check';
import type { CellRef, CellValue, SheetSnapshot } from '../core/grid/types';
import type { CellLook } from './SheetGrid';

/**
 * The preview's workbook: the in-memory adapter (the same WorkbookPort contract as the office.js one),
 * plus what only the preview needs — sheet tabs, cell looks for the grid, the selection, change events.
 */
export class PreviewWorkbook {
  readonly port: MemoryWorkbookPort;

  /** Sample sheets, or a workbook already open in memory (a file the clerk opened: src/preview/open-file.ts). */
  constructor(sheets: readonly SheetSnapshot[] | MemoryWorkbookPort) {
    if (sheets instanceof MemoryWorkbookPort) {
      this.port = sheets;
      return;
    }
    // Open on the first sheet the add-in can work on (the form, not the instructions sheet before it).
    const first = sheets.find((s) => checkSheet(s) !== null) ?? sheets[0];
    this.port = new MemoryWorkbookPort(sheets, { active: first?.name });
  }

  activate(sheet: string): void {
    this.port.setActiveSheet(sheet);
  }

  selection(): { readonly sheet: string; readonly ref: CellRef } | null {
    return this.port.getSelection();
  }

  looks(sheet: string): ReadonlyMap<string, CellLook> {
    const out = new Map<string, CellLook>();
    for (const d of this.port.getCellDecorations(sheet)) out.set(d.a1, { fill: d.fill, note: d.note });
    return out;
  }

  /** The clerk typing into a cell (the browser tests' hands: the preview grid itself is read-only). */
  edit(sheet: string, a1: string, value: CellValue): void {
    this.port.setCellValue(sheet, a1, value);
  }

  subscribe = (listener: () => void): (() => void) => this.port.subscribe(() => listener());
}
