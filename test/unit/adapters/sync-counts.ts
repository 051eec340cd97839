import ExcelJS from 'exceljs';
import { worksheetSnapshot } from '../../helpers/exceljs/snapshot';
import type { FlagSpec } from '../../../src/adapters/workbook-port';
import { checkSheet } from '../../../src/core/check';
import { fromA1, toA1 } from '../../../src/core/grid/address';
import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { largeSummarySheet } from '../../../scripts/samples/goal-samples';
import { FakeExcel } from './fake-excel';
import { officePort } from './office-harness';

/**
 * Sync counts of the office.js adapter on the mock Excel, for the sync-count test and `npm run bench`:
 * check (readSheet) + flag, re-flag after fixes, clear, fill and undo, at any number of indicator rows.
 */

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The department summary goal sheet of the samples, as Excel holds it (dates as serial numbers). */
export function summarySheet(rows: number): SheetSnapshot {
  const wb = new ExcelJS.Workbook();
  largeSummarySheet(wb.addWorksheet('汇总表'), rows);
  const s = worksheetSnapshot(wb.getWorksheet('汇总表')!);
  const values = s.values.map((r) => r.map((v): CellValue => (v instanceof Date ? (v.getTime() - EXCEL_EPOCH) / 86_400_000 : v)));
  return { ...s, values };
}

/** One flag per cell, the most severe finding's colour, every message in the note (as the pane does). */
export function flagsFor(snapshot: SheetSnapshot): FlagSpec[] {
  const report = checkSheet(snapshot);
  const byCell = new Map<string, FlagSpec>();
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const f of report?.findings ?? []) {
    const note = `[${f.ruleId}] ${f.message}\n修改建议：${f.hint}`;
    const prev = byCell.get(f.cell);
    byCell.set(f.cell, prev ? { ref: f.ref, severity: rank[f.severity] < rank[prev.severity] ? f.severity : prev.severity, note: `${prev.note}\n\n${note}` } : { ref: f.ref, severity: f.severity, note });
  }
  return [...byCell.values()];
}

export interface SyncFigures {
  readonly rows: number;
  readonly flaggedCells: number;
  readonly checkAndFlag: number;
  readonly recheckAndReflag: number;
  /** flaggedSheets(): what is left flagged after clearing one sheet. */
  readonly listFlagged: number;
  readonly clear: number;
  readonly fill: number;
  readonly undo: number;
  /** Largest request sent (estimated by the mock, bytes). */
  readonly largestRequest: number;
}

export async function measureSyncs(rows: number): Promise<SyncFigures> {
  const fake = new FakeExcel([summarySheet(rows)]);
  const port = officePort(fake);
  const count = async (f: () => Promise<unknown>) => {
    const before = fake.syncs;
    await f();
    return fake.syncs - before;
  };
  let flags: FlagSpec[] = [];
  const checkAndFlag = await count(async () => {
    const snap = await port.readSheet('汇总表');
    flags = flagsFor(snap);
    await port.flagCells('汇总表', flags, snap);
  });
  // The clerk fixes the first flagged value, checks and flags again: the fixed cell's flag is restored.
  const first = flags[0];
  fake.setCell('汇总表', toA1(first.ref), '≥95%');
  const recheckAndReflag = await count(async () => {
    const snap = await port.readSheet('汇总表');
    await port.flagCells('汇总表', flagsFor(snap), snap);
  });
  const listFlagged = await count(() => port.flaggedSheets());
  const clear = await count(() => port.clearFlags('汇总表'));
  // A fill: one new column (H) of text for every row.
  const basis = await port.readSheet('汇总表');
  const writes = Array.from({ length: rows }, (_, i) => ({ ref: fromA1(`H${i + 2}`), value: i % 2 ? '已复核' : '待复核', role: 'value' as const }));
  let receipt: Awaited<ReturnType<typeof port.writeCells>> | null = null;
  const fill = await count(async () => {
    receipt = await port.writeCells('汇总表', writes, basis);
  });
  const undo = await count(() => port.undoWrites(receipt!));
  return { rows, flaggedCells: flags.length, checkAndFlag, recheckAndReflag, listFlagged, clear, fill, undo, largestRequest: Math.max(...fake.requests.map((r) => r.bytes)) };
}
