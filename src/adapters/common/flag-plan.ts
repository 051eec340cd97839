import { fromA1, toA1 } from '../../core/grid/address';
import type { Severity } from '../../core/findings';
import type { CellRef } from '../../core/grid/types';
import { FLAG_FILL, type FlagSpec } from '../workbook-port';

/**
 * What flagging and clearing do to each cell, decided once for both adapters (pure: no host calls).
 * An adapter reads the current fill and note of the cells concerned, asks this module what to do, and
 * applies the answer in one batch. The memo (what each cell looked like before we touched it) lives in
 * the workbook's settings, so clearing works after the pane was closed and reopened.
 */

/** A cell's fill as the host reports it; `pattern: 'None'` means no fill. Extra host fields are kept as is. */
export interface FillFormat {
  readonly color: string | null;
  readonly pattern: string;
  readonly patternColor?: string | null;
}

/** How the cell's note related to ours: we added it, we appended to the user's note, or we left theirs alone. */
export type NoteMode = 'added' | { readonly appendedTo: string } | 'none';

/** One flagged cell in the memo. Defaults are left out to keep the memo small (thousands of cells). */
export interface MemoCell {
  readonly severity: Severity;
  /** The fill before our first flag (kept across re-flags: the true original). Absent: no fill. */
  readonly original?: FillFormat;
  /** Absent: 'added'. */
  readonly note?: NoteMode;
  /** Digest of the note text we wrote: a note that no longer matches was edited by the user and is kept. */
  readonly noteHash: string | null;
}

const NO_FILL: FillFormat = { color: null, pattern: 'None' };

function originalOf(m: MemoCell): FillFormat {
  return m.original ?? NO_FILL;
}

function noteModeOf(m: MemoCell): NoteMode {
  return m.note ?? 'added';
}

function memoCell(severity: Severity, original: FillFormat, note: NoteMode, noteHash: string | null): MemoCell {
  return { severity, ...(original.pattern === 'None' ? {} : { original }), ...(note === 'added' ? {} : { note }), noteHash };
}

export interface FlagMemo {
  readonly version: 1;
  readonly sheet: string;
  readonly cells: Readonly<Record<string, MemoCell>>;
}

export const FLAG_MEMO_PREFIX = 'goal-lint.flags/';

export function flagMemoKey(sheet: string): string {
  return FLAG_MEMO_PREFIX + sheet;
}

/** Separates the user's own note from the text we append (and lets a reader see where ours starts). */
export const NOTE_SEPARATOR = '\n\n—— 绩效目标审核助手 ——\n';

export interface CellState {
  readonly fill: FillFormat;
  /** The cell's note (or comment) text, or null when it has none. */
  readonly note: string | null;
}

export type NoteAction = { readonly kind: 'add'; readonly text: string } | { readonly kind: 'set'; readonly text: string } | { readonly kind: 'delete' } | { readonly kind: 'keep' };

export interface CellAction {
  readonly a1: string;
  readonly ref: CellRef;
  /** A flag colour to set, the original to restore, or null to leave the fill alone. */
  readonly fill: { readonly flag: Severity } | { readonly restore: FillFormat } | null;
  readonly note: NoteAction;
}

export interface FlagPlan {
  /** The memo to store (null: nothing flagged any more, delete it). */
  readonly memo: FlagMemo | null;
  readonly actions: readonly CellAction[];
}

/** FNV-1a 32-bit plus length: identity of a note text, not security. */
export function noteDigest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${(h >>> 0).toString(16).padStart(8, '0')}:${text.length}`;
}

export function isFlagFill(fill: FillFormat, severity: Severity): boolean {
  return fill.pattern !== 'None' && (fill.color ?? '').toUpperCase() === FLAG_FILL[severity].toUpperCase();
}

/** Reads a stored memo, or null when it is missing or not in the expected shape (a hand-edited workbook). */
export function parseFlagMemo(stored: unknown): FlagMemo | null {
  if (typeof stored === 'string') {
    try {
      return parseFlagMemo(JSON.parse(stored));
    } catch {
      return null;
    }
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const m = stored as Partial<FlagMemo>;
  if (m.version !== 1 || typeof m.sheet !== 'string' || typeof m.cells !== 'object' || m.cells === null) return null;
  return m as FlagMemo;
}

/** The cells a flag or clear must read before deciding: the new flags and every cell flagged before. */
export function cellsToRead(flags: readonly FlagSpec[], memo: FlagMemo | null): CellRef[] {
  const seen = new Set<string>();
  const refs: CellRef[] = [];
  const add = (ref: CellRef) => {
    const a1 = toA1(ref);
    if (!seen.has(a1)) {
      seen.add(a1);
      refs.push(ref);
    }
  };
  for (const f of flags) add(f.ref);
  for (const a1 of Object.keys(memo?.cells ?? {})) add(fromA1(a1));
  return refs;
}

/**
 * Flags replace the sheet's earlier flags. For each flagged cell: colour by severity and our note, on top of
 * the first original we saw. `canAppend` is false for comments (we never edit a user's comment: the cell
 * gets the colour only).
 */
export function planFlags(sheet: string, flags: readonly FlagSpec[], memo: FlagMemo | null, current: (a1: string) => CellState, canAppend: boolean): FlagPlan {
  const cells: Record<string, MemoCell> = {};
  const actions: CellAction[] = [];
  const byCell = new Map<string, FlagSpec>();
  // One flag per cell: the caller joins findings; if it did not, the last spec for a cell wins.
  for (const f of flags) byCell.set(toA1(f.ref), f);
  for (const [a1, f] of byCell) {
    const prev = memo?.cells[a1];
    const now = current(a1);
    const oursStillThere = prev !== undefined && now.note !== null && prev.noteHash === noteDigest(now.note);
    // The note as it is without ours: what we restore on clear.
    // (If the user deleted or edited our note since, what they have now is the baseline.)
    let baseline: string | null = now.note;
    if (oursStillThere) {
      const mode = noteModeOf(prev);
      baseline = mode === 'added' || mode === 'none' ? null : mode.appendedTo;
    }
    let mode: NoteMode;
    let text: string | null;
    if (baseline === null) {
      mode = 'added';
      text = f.note;
    } else if (canAppend) {
      mode = { appendedTo: baseline };
      text = baseline + NOTE_SEPARATOR + f.note;
    } else {
      mode = 'none';
      text = null;
    }
    const note: NoteAction = text === null ? { kind: 'keep' } : now.note === null ? { kind: 'add', text } : { kind: 'set', text };
    cells[a1] = memoCell(f.severity, prev ? originalOf(prev) : now.fill, mode, text === null ? null : noteDigest(text));
    actions.push({ a1, ref: f.ref, fill: { flag: f.severity }, note });
  }
  for (const [a1, prev] of Object.entries(memo?.cells ?? {})) {
    if (!byCell.has(a1)) actions.push(clearAction(a1, prev, current(a1)));
  }
  return { memo: byCell.size > 0 ? { version: 1, sheet, cells } : null, actions };
}

/** Restores every flagged cell, except a fill or note the user changed after we flagged it. */
export function planClear(memo: FlagMemo, current: (a1: string) => CellState): CellAction[] {
  return Object.entries(memo.cells).map(([a1, prev]) => clearAction(a1, prev, current(a1)));
}

function clearAction(a1: string, prev: MemoCell, now: CellState): CellAction {
  const fill = isFlagFill(now.fill, prev.severity) ? { restore: originalOf(prev) } : null;
  let note: NoteAction = { kind: 'keep' };
  if (prev.noteHash !== null && now.note !== null && noteDigest(now.note) === prev.noteHash) {
    const mode = noteModeOf(prev);
    note = mode === 'added' ? { kind: 'delete' } : mode === 'none' ? { kind: 'keep' } : { kind: 'set', text: mode.appendedTo };
  }
  return { a1, ref: fromA1(a1), fill, note };
}
