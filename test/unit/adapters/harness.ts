import type { WorkbookPort } from '../../../src/adapters/workbook-port';
import { MemoryWorkbookPort, NO_FILL, type FillFormat } from '../../../src/adapters/memory';
import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';

/** What a contract test sees of a cell, in host-neutral form (no fill = pattern 'None', General = null). */
export interface CellView {
  readonly value: CellValue;
  readonly numberFormat: string | null;
  readonly fill: FillFormat;
  readonly note: string | null;
}

/**
 * One workbook behind a port, plus the user's hands: typing, colouring, protecting. The contract suite
 * runs the same tests through each implementation's harness.
 */
export interface Harness {
  readonly port: WorkbookPort;
  /** A new port over the same workbook: the pane was closed and reopened. */
  reopen(): WorkbookPort;
  edit(sheet: string, a1: string, value: CellValue): void;
  setFill(sheet: string, a1: string, fill: FillFormat): void;
  setNote(sheet: string, a1: string, note: string | null): void;
  setNumberFormat(sheet: string, a1: string, format: string): void;
  protect(sheet: string, on: boolean): void;
  cell(sheet: string, a1: string): CellView;
  /** The cell's formula ('=…'), or null. */
  formula(sheet: string, a1: string): string | null;
}

export type HarnessFactory = (sheets: SheetSnapshot[]) => Harness;

export const memoryHarness: HarnessFactory = (sheets) => {
  const port = new MemoryWorkbookPort(sheets);
  return {
    port,
    // The memory port keeps nothing outside its workbook state, so "reopening" is a second handle on it.
    reopen: () => port,
    edit: (sheet, a1, value) => port.setCellValue(sheet, a1, value),
    setFill: (sheet, a1, fill) => port.setFill(sheet, a1, fill),
    setNote: (sheet, a1, note) => port.setNote(sheet, a1, note),
    setNumberFormat: (sheet, a1, format) => port.setNumberFormat(sheet, a1, format),
    protect: (sheet, on) => port.setProtected(sheet, on),
    cell: (sheet, a1) => {
      const c = port.cell(sheet, a1);
      return { value: c.value === '' ? null : c.value, numberFormat: c.numberFormat, fill: c.fill.pattern === 'None' ? NO_FILL : c.fill, note: c.note };
    },
    formula: (sheet, a1) => port.formula(sheet, a1),
  };
};
