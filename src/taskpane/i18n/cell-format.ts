import { cellText } from '../../core/grid/grid';
import type { CellValue } from '../../core/grid/types';

/**
 * A value as Excel shows it under the few number formats a fill writes or a sheet typically has
 * (0%, 0.00%, 0.00, #,##0.00): 0.55 under 0.00% reads 55.00%, as on the sheet.
 */
export function formatCell(value: CellValue, numberFormat: string | null | undefined): string {
  if (typeof value === 'number' && numberFormat && numberFormat !== 'General') {
    const decimals = /0\.(0+)/.exec(numberFormat)?.[1].length ?? 0;
    if (numberFormat.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
    if (/^#,##0(\.0+)?$/.test(numberFormat)) return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    if (/^0(\.0+)?$/.test(numberFormat)) return value.toFixed(decimals);
  }
  // Shown as typed: the core's cellText normalises (NFKC) for matching, which the eye must not see.
  return typeof value === 'string' ? value : cellText(value);
}
