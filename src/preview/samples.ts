import type { SheetSnapshot } from '../core/grid/types';
import bundled from './bundled-samples';

export interface SampleWorkbook {
  /** The .xlsx in assets/samples/ built by the same builder. */
  readonly file: string;
  readonly about: string;
  readonly sheets: readonly SheetSnapshot[];
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    const date = (value as { $date?: unknown }).$date;
    if (typeof date === 'string') return new Date(date);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}

/**
 * The bundled samples: built at build time from the builders of assets/samples/*.xlsx and read back
 * through the CLI's own adapter (scripts/preview-samples.js), so the preview shows what the CLI sees
 * without ExcelJS in the pane bundle.
 */
export function sampleWorkbooks(): SampleWorkbook[] {
  return Object.entries(bundled).map(([file, w]) => ({ file, about: w.about, sheets: revive(w.sheets) as SheetSnapshot[] }));
}
