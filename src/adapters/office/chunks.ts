import { columnLetters, rangeA1 } from '../../core/grid/address';
import type { CellRef } from '../../core/grid/types';

/**
 * How the office.js adapter keeps each request small enough, and the number of syncs independent of rows.
 *
 * Excel on the web refuses a request or response above 5 MB (RequestPayloadSizeLimitExceeded). We estimate
 * each queued command's size and sync when the estimate reaches REQUEST_BUDGET_BYTES — well under the limit
 * because the estimate is rough. So the number of syncs grows with the size of a write only beyond one
 * budget (thousands of flagged cells or tens of thousands of written cells), never with the sheet's rows.
 */
export const REQUEST_BUDGET_BYTES = 3_000_000;
/** Also sync after this many cells in one request, whatever their size (desktop Excel slows on huge batches). */
export const MAX_CELLS_PER_SYNC = 20_000;
/** A generous estimate of one command's JSON envelope (object path + action + ids) in the request. */
export const COMMAND_OVERHEAD_BYTES = 300;
/** Address lists for getRanges ("D13:D20,F4,…") are kept shorter than this (hosts limit their length). */
export const MAX_ADDRESS_CHARS = 2_000;
/** Two flagged cells in one column further apart than this get separate ranges (no huge in-between reads). */
export const SPAN_GAP = 32;

/** UTF-8 size of a string as it travels in the request (Chinese text is 3 bytes a character). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 2 : 3;
  }
  return n;
}

/** Size of a string argument once JSON-encoded in the request (quotes, backslashes and newlines escaped). */
export function jsonBytes(text: string): number {
  return utf8Bytes(JSON.stringify(text));
}

/** A column range covering some cells: one range object reads (or writes) them all in one command. */
export interface ColumnSpan {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/** Groups cells by column into spans; a gap longer than `maxGap` rows starts a new span. */
export function columnSpans(refs: Iterable<CellRef>, maxGap = SPAN_GAP): ColumnSpan[] {
  const byCol = new Map<number, number[]>();
  for (const r of refs) {
    const rows = byCol.get(r.col) ?? [];
    rows.push(r.row);
    byCol.set(r.col, rows);
  }
  const spans: ColumnSpan[] = [];
  for (const [col, rows] of [...byCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let top = rows[0];
    let prev = rows[0];
    for (const row of rows.slice(1)) {
      if (row - prev > maxGap) {
        spans.push({ col, top, bottom: prev });
        top = row;
      }
      prev = row;
    }
    spans.push({ col, top, bottom: prev });
  }
  return spans;
}

export function spanAddress(s: ColumnSpan): string {
  return rangeA1(s.top, s.col, s.bottom, s.col);
}

/** Vertical runs of consecutive cells as A1 ranges ("D13:D20", "F4"): short address lists for RangeAreas. */
export function addressRuns(refs: Iterable<CellRef>): string[] {
  return columnSpans(refs, 1).map(spanAddress);
}

/** Joins addresses with commas into lists no longer than `maxChars`. */
export function chunkAddresses(addresses: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxChars) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/** Consecutive rows of one column that are all written: one range, one 2-D array, one command. */
export interface WriteRun<T> {
  readonly col: number;
  readonly top: number;
  readonly items: readonly T[];
}

export function writeRuns<T extends { readonly ref: CellRef }>(items: readonly T[]): WriteRun<T>[] {
  // A second write to the same cell replaces the first (a plan should not contain one).
  const unique = new Map<string, T>();
  for (const it of items) unique.set(`${it.ref.col}:${it.ref.row}`, it);
  const sorted = [...unique.values()].sort((a, b) => a.ref.col - b.ref.col || a.ref.row - b.ref.row);
  const runs: { col: number; top: number; items: T[] }[] = [];
  for (const it of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.col === it.ref.col && run.top + run.items.length === it.ref.row) run.items.push(it);
    else runs.push({ col: it.ref.col, top: it.ref.row, items: [it] });
  }
  return runs;
}

export function cellAddress(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

/**
 * Queues commands and syncs whenever the estimated request would pass the budget. `sync` is called at most
 * once per budget's worth of commands, plus once at the end (`flush`).
 */
export class RequestBatcher {
  private bytes = 0;
  private cells = 0;
  private pending = false;
  syncs = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    /** Called before the first command of each request (e.g. suspend screen updating until that sync). */
    private readonly beginRequest: () => void = () => {},
    private readonly budget = REQUEST_BUDGET_BYTES,
    private readonly maxCells = MAX_CELLS_PER_SYNC,
  ) {}

  /** Queues one command (or a few that belong together) of about `bytes` touching `cells` cells. */
  async add(bytes: number, cells: number, queue: () => void): Promise<void> {
    if (this.pending && (this.bytes + bytes > this.budget || this.cells + cells > this.maxCells)) await this.flush();
    if (!this.pending) {
      this.beginRequest();
      this.pending = true;
    }
    queue();
    this.bytes += bytes;
    this.cells += cells;
  }

  async flush(): Promise<void> {
    if (!this.pending) return;
    this.pending = false;
    this.bytes = 0;
    this.cells = 0;
    this.syncs++;
    await this.sync();
  }
}
