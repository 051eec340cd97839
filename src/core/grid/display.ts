import { cellText } from './grid';
import type { CellValue } from './types';

/**
 * A value as Excel shows it under the few number formats goal and result sheets use (0%, 0.00%, 0.00,
 * #,##0.00), for messages: a cell holding 1 formatted as 0% reads "100%", as the clerk sees it.
 */
export function displayValue(value: CellValue, numberFormat: string | null | undefined): string {
  if (typeof value === 'number' && numberFormat && numberFormat !== 'General') {
    const decimals = /0\.(0+)/.exec(numberFormat)?.[1].length ?? 0;
    if (numberFormat.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
    if (/^#,##0(\.0+)?$/.test(numberFormat)) return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    if (/^0(\.0+)?$/.test(numberFormat)) return value.toFixed(decimals);
  }
  // Shown as typed: cellText normalises (NFKC) for matching, which a message must not show.
  return typeof value === 'string' ? value.trim() : cellText(value);
}
