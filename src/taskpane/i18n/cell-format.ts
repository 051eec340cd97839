import { displayValue } from '../../core/grid/display';
import type { CellValue } from '../../core/grid/types';

/**
 * A value as Excel shows it under the few number formats a fill writes or a sheet typically has
 * (0%, 0.00%, 0.00, #,##0.00): 0.55 under 0.00% reads 55.00%, as on the sheet. The core's displayValue,
 * so the pane, the preview grid and the rules' messages show a value the same way.
 */
export function formatCell(value: CellValue, numberFormat: string | null | undefined): string {
  return displayValue(value, numberFormat);
}
