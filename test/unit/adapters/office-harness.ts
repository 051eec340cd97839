import { OfficeWorkbookPort } from '../../../src/adapters/office';
import { NO_FILL, type FillFormat } from '../../../src/adapters/memory';
import { fromA1 } from '../../../src/core/grid/address';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { EXCEL_NO_FILL, FakeExcel, type FakeExcelOptions } from './fake-excel';
import type { HarnessFactory } from './harness';

export function officePort(fake: FakeExcel, budget?: number): OfficeWorkbookPort {
  return new OfficeWorkbookPort({ excel: fake.excel, requirements: fake.office.context.requirements, requestBudgetBytes: budget });
}

export function officeHarnessWith(options: FakeExcelOptions = {}): HarnessFactory & { last?: FakeExcel } {
  const factory: HarnessFactory & { last?: FakeExcel } = (sheets: SheetSnapshot[]) => {
    const fake = new FakeExcel(sheets, options);
    factory.last = fake;
    return {
      port: officePort(fake),
      reopen: () => officePort(fake),
      edit: (sheet: string, a1: string, value: Parameters<FakeExcel['setCell']>[2]) => fake.setCell(sheet, a1, value),
      setFill: (sheet: string, a1: string, fill: FillFormat) => {
        const c = fake.sheet(sheet);
        const { row, col } = fromA1(a1);
        c.at(row, col).fill = fill.pattern === 'None' ? { ...EXCEL_NO_FILL } : { color: fill.color ?? '#FFFFFF', pattern: fill.pattern, patternColor: fill.patternColor ?? '#000000' };
      },
      setNote: (sheet: string, a1: string, note: string | null) => {
        if (note === null) fake.sheet(sheet).notes.delete(a1);
        else fake.sheet(sheet).notes.set(a1, note);
      },
      setNumberFormat: (sheet: string, a1: string, format: string) => {
        const { row, col } = fromA1(a1);
        fake.sheet(sheet).at(row, col).numberFormat = format;
      },
      protect: (sheet: string, on: boolean) => {
        fake.sheet(sheet).protected = on;
      },
      cell: (sheet: string, a1: string) => {
        const c = fake.cell(sheet, a1);
        // Host-neutral: no fill as pattern 'None'; a solid fill's pattern colour means nothing.
        const fill: FillFormat = c.fill.pattern === 'None' ? NO_FILL : c.fill.pattern === 'Solid' ? { color: c.fill.color, pattern: 'Solid' } : { ...c.fill };
        return { value: fake.cellValue(sheet, a1), numberFormat: c.numberFormat === 'General' ? null : c.numberFormat, fill, note: fake.sheet(sheet).notes.get(a1) ?? null };
      },
      formula: (sheet: string, a1: string) => fake.cell(sheet, a1).formula ?? null,
    };
  };
  return factory;
}

export const officeHarness = officeHarnessWith();
