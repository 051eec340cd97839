import ExcelJS from 'exceljs';
import { workbookSnapshots } from '../../helpers/exceljs/read-file';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import type { SampleSpec } from '../../../scripts/samples/xlsx-builder';
import { monitoringSamples } from '../../../scripts/samples/monitoring-samples';

/** A sample workbook built in memory and read back through the CLI's ExcelJS adapter. */
export function sampleWorkbook(file: string, specs: readonly SampleSpec[] = monitoringSamples()): { wb: ExcelJS.Workbook; sheets: SheetSnapshot[] } {
  const spec = specs.find((s) => s.file === file);
  if (!spec) throw new Error(`no sample ${file}`);
  const wb = new ExcelJS.Workbook();
  spec.build(wb);
  return { wb, sheets: workbookSnapshots(wb) };
}

export function sampleSheet(file: string, name: string): SheetSnapshot {
  const s = sampleWorkbook(file).sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${file}`);
  return s;
}
