import type { CellValue } from '../grid/types';
import type { Vocabulary } from '../vocab/vocabulary';
import type { ParsedTarget } from './types';

/** Optional split-column context: forms with 指标性质 / 度量单位 columns beside the 指标值. */
export interface TargetColumns {
  readonly comparator?: string;
  readonly unit?: string;
}

/**
 * Parses a target value as clerks write it. STUB: replaced by the value-parser work (issue 2, item 3).
 */
export function parseTarget(value: CellValue, vocabulary: Vocabulary, columns: TargetColumns = {}): ParsedTarget {
  void vocabulary;
  void columns;
  if (typeof value === 'number') return { kind: 'quantity', number: value, unit: '', isPercent: false };
  return { kind: 'unmeasurable', reason: 'blank', fragment: '' };
}
