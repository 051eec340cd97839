import type { CellRef, CellValue } from '../../core/grid/types';
import type { CellState, FillFormat } from '../common/flag-plan';
import { cellAddress, columnSpans, COMMAND_OVERHEAD_BYTES, spanAddress, type ColumnSpan, type RequestBatcher } from './chunks';

const NO_FILL: FillFormat = { color: null, pattern: 'None' };

/** One Excel cell value as loaded with its valueType → our CellValue (errors kept distinct, empty → null). */
export function toCellValue(value: unknown, valueType: string | undefined): CellValue {
  if (valueType === 'Error') return { error: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

interface SpanRead {
  readonly span: ColumnSpan;
  readonly props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  readonly range: Excel.Range;
  readonly values: boolean;
  readonly contents: boolean;
}

export interface ReadWhat {
  /** Fill colour and pattern (getCellProperties): for flags. */
  readonly fills?: boolean;
  /** values + valueTypes: for stale checks. */
  readonly values?: boolean;
  /** formulas + numberFormat: what a write will replace (so an undo restores formulas and formats). */
  readonly contents?: boolean;
  /** The cell's note (ExcelApi 1.18), read one by one with getItemOrNullObject. */
  readonly notes?: boolean;
}

/**
 * Queues reads of scattered cells as few range objects as possible (one per column span), then answers
 * per cell after the sync. All queued reads share the batcher's request budget, so reading thousands of
 * cells is one sync unless the request would be too large.
 */
export class CellReader {
  /** Reads by column, for lookups that do not scan every span. */
  private readonly spans = new Map<number, SpanRead[]>();
  private readonly notes = new Map<string, Excel.Note>();
  /** Comment text by cell, filled in by the caller on hosts without notes. */
  readonly comments = new Map<string, { id: string; content: string }>();

  constructor(
    private readonly ws: Excel.Worksheet,
    private readonly batcher: RequestBatcher,
  ) {}

  async queue(refs: readonly CellRef[], what: ReadWhat): Promise<void> {
    for (const span of columnSpans(refs)) {
      await this.batcher.add(COMMAND_OVERHEAD_BYTES * 2, span.bottom - span.top + 1, () => {
        const range = this.ws.getRange(spanAddress(span));
        const props = what.fills ? range.getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } }) : null;
        if (what.values && what.contents) range.load('values,valueTypes,formulas,numberFormat');
        else if (what.values) range.load('values,valueTypes');
        else if (what.contents) range.load('formulas,numberFormat');
        const list = this.spans.get(span.col) ?? [];
        list.push({ span, props, range, values: !!what.values, contents: !!what.contents });
        this.spans.set(span.col, list);
      });
    }
    if (what.notes) {
      for (const ref of refs) {
        const a1 = cellAddress(ref);
        if (this.notes.has(a1)) continue;
        await this.batcher.add(COMMAND_OVERHEAD_BYTES, 1, () => {
          const note = this.ws.notes.getItemOrNullObject(a1);
          note.load('content');
          this.notes.set(a1, note);
        });
      }
    }
  }

  private reads(ref: CellRef, want: (r: SpanRead) => boolean): { read: SpanRead; i: number } | null {
    for (const read of this.spans.get(ref.col) ?? []) {
      if (ref.row >= read.span.top && ref.row <= read.span.bottom && want(read)) return { read, i: ref.row - read.span.top };
    }
    return null;
  }

  fill(ref: CellRef): FillFormat {
    const hit = this.reads(ref, (r) => r.props !== null);
    const f = hit?.read.props?.value[hit.i]?.[0]?.format?.fill;
    if (!f) return NO_FILL;
    return { color: f.color ?? null, pattern: f.pattern ?? 'None', ...(f.patternColor !== undefined ? { patternColor: f.patternColor } : {}) };
  }

  note(a1: string): string | null {
    const n = this.notes.get(a1);
    if (n) return n.isNullObject ? null : n.content;
    return this.comments.get(a1)?.content ?? null;
  }

  state(ref: CellRef): CellState {
    return { fill: this.fill(ref), note: this.note(cellAddress(ref)) };
  }

  value(ref: CellRef): CellValue {
    const hit = this.reads(ref, (r) => r.values);
    if (!hit) return null;
    return toCellValue(hit.read.range.values[hit.i]?.[0], hit.read.range.valueTypes[hit.i]?.[0]);
  }

  /** What the cell holds as Excel would re-enter it: the formula, or the constant (null when empty). */
  content(ref: CellRef): { formula: string | number | boolean | null; numberFormat: string } {
    const hit = this.reads(ref, (r) => r.contents);
    if (!hit) return { formula: null, numberFormat: 'General' };
    const f = hit.read.range.formulas[hit.i]?.[0] as unknown;
    return { formula: f === '' || f === undefined || f === null ? null : (f as string | number | boolean), numberFormat: String(hit.read.range.numberFormat[hit.i]?.[0] ?? 'General') };
  }
}
