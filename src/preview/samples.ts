import type { SheetSnapshot } from '../core/grid/types';
import snapshots from '../../assets/samples/snapshots.json';

export interface SampleWorkbook {
  /** The .xlsx in assets/samples/ this workbook was read from. */
  readonly file: string;
  readonly about: string;
  readonly sheets: readonly SheetSnapshot[];
}

/**
 * The bundled samples, as `npm run samples` read them back from the generated .xlsx files through the
 * CLI's own adapter (assets/samples/snapshots.json): the preview shows exactly what the CLI sees,
 * without ExcelJS in the pane bundle.
 */
export function sampleWorkbooks(): SampleWorkbook[] {
  const all = snapshots as unknown as Record<string, { about: string; sheets: SheetSnapshot[] }>;
  return Object.entries(all).map(([file, w]) => ({ file, about: w.about, sheets: w.sheets }));
}
