import type { WorkbookPort } from '../../../src/adapters/workbook-port';
import { MemoryWorkbookPort, NO_FILL, type FillFormat } from '../../../src/adapters/memory';
import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { toA1 } from '../../../src/core/grid/address';
import { openXlsxFileSync, type XlsxFilePort } from '../../../src/adapters/file/xlsx-file-port';
import { snapshotsToXlsx } from '../../helpers/snapshot-xlsx';

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
  /** After each test: whatever the implementation must still hold true (the file port: its copy matches). */
  verify?(): Promise<void>;
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

/**
 * The file-backed port (a workbook opened from .xlsx bytes, as the browser opens a clerk's file). The
 * workbook is written to a package first, then opened; the user's hands act on the open workbook (the
 * browser's grid is read-only: in the product only the pane changes it). `verify` writes the copy the user
 * would download, opens it again and checks that it holds what the open workbook shows: every value and
 * formula, every flag colour and note — except fills and notes the hands set, which a copy written over the
 * original file does not carry (the pane never sets them).
 */
export const fileHarness: HarnessFactory = (sheets) => {
  const port = openXlsxFileSync(snapshotsToXlsx(sheets), { active: (s) => s[0]?.name });
  const handLooks = new Set<string>();
  return {
    port,
    reopen: () => port,
    edit: (sheet, a1, value) => port.setCellValue(sheet, a1, value),
    setFill: (sheet, a1, fill) => {
      handLooks.add(`${sheet}!${a1}`);
      port.setFill(sheet, a1, fill);
    },
    setNote: (sheet, a1, note) => {
      handLooks.add(`${sheet}!${a1}`);
      port.setNote(sheet, a1, note);
    },
    setNumberFormat: (sheet, a1, format) => port.setNumberFormat(sheet, a1, format),
    protect: (sheet, on) => port.setProtected(sheet, on),
    cell: (sheet, a1) => {
      const c = port.cell(sheet, a1);
      return { value: c.value === '' ? null : c.value, numberFormat: c.numberFormat, fill: c.fill.pattern === 'None' ? NO_FILL : c.fill, note: c.note };
    },
    formula: (sheet, a1) => port.formula(sheet, a1),
    async verify() {
      const again = openXlsxFileSync((await port.copy()).bytes);
      expect(again.sheetNames()).toEqual(port.sheetNames());
      for (const name of port.sheetNames()) {
        const [live, copy] = [await port.readSheet(name), await again.readSheet(name)];
        const rows = Math.max(live.origin.row + live.values.length, copy.origin.row + copy.values.length);
        const cols = Math.max(0, ...[live, copy].map((s) => s.origin.col + Math.max(0, ...s.values.map((r) => r.length))));
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            const a1 = toA1({ row: r, col: c });
            const [x, y] = [port.cell(name, a1), again.cell(name, a1)];
            const where = `${name}!${a1}`;
            expect({ where, value: blankAsNull(y.value), formula: again.formula(name, a1) }).toEqual({ where, value: blankAsNull(x.value), formula: port.formula(name, a1) });
            if (typeof x.value === 'number') expect({ where, format: y.numberFormat }).toEqual({ where, format: x.numberFormat });
          }
        }
        const looks = (p: XlsxFilePort) => new Map(p.getCellDecorations(name).filter((d) => !handLooks.has(`${name}!${d.a1}`)).map((d) => [d.a1, { fill: d.fill, note: d.note }]));
        expect(looks(again)).toEqual(looks(port));
      }
    },
  };
};

function blankAsNull(v: CellValue): CellValue {
  return v === '' ? null : v;
}
