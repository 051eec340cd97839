import type { SheetReport } from '../core/check';

/*
 * The browser checker's list of opened files, as plain data: what each file is (reading, ready,
 * unreadable), its counts, and the name of the copy it downloads. No React, no DOM: jest tests it as is.
 */

/** What the copy of a file holds: flags and notes only (审核), or values written by 填充 (已填充). */
export type CopyKind = 'annotated' | 'filled';

const SUFFIX: Readonly<Record<CopyKind, string>> = { annotated: '审核', filled: '已填充' };

/** `原名-审核.xlsx` / `原名-已填充.xlsx`: the original name without its .xlsx, whatever its case. */
export function copyName(original: string, kind: CopyKind): string {
  const base = original.replace(/\.xlsx$/i, '') || 'workbook';
  return `${base}-${SUFFIX[kind]}.xlsx`;
}

/** What the workbook's copy would change, as the file port reports it. */
export interface CopyChanges {
  readonly flagged: number;
  readonly written: number;
  readonly addedSheets: readonly string[];
}

/** Values written (a fill) make a filled copy; flags or an added 审核意见 sheet an annotated one; nothing, none. */
export function copyKind(changes: CopyChanges): CopyKind | null {
  if (changes.written > 0) return 'filled';
  if (changes.flagged > 0 || changes.addedSheets.length > 0) return 'annotated';
  return null;
}

export interface FileCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Sheets the checker recognised (goal, results, self-evaluation or monitoring tables), of `sheets`. */
  readonly recognised: number;
  readonly sheets: number;
}

export function countsOf(reports: readonly SheetReport[], sheets: number): FileCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { errors, warnings, infos, recognised: reports.length, sheets };
}

export type FileState =
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'ready'; readonly counts: FileCounts }
  | { readonly kind: 'unreadable'; readonly message: string };

export interface FileEntry {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly state: FileState;
}

/** Adds files at the end of the list, each reading; ids stay unique across calls. */
export function addFiles(list: readonly FileEntry[], files: readonly { name: string; size: number }[], nextId: () => string): FileEntry[] {
  return [...list, ...files.map((f) => ({ id: nextId(), name: f.name, size: f.size, state: { kind: 'reading', done: 0, total: 0 } as const }))];
}

export function setState(list: readonly FileEntry[], id: string, state: FileState): FileEntry[] {
  return list.map((f) => (f.id === id ? { ...f, state } : f));
}

/** The whole list in one line's worth of numbers. */
export function listSummary(list: readonly FileEntry[]): { files: number; reading: number; unreadable: number; errors: number; warnings: number } {
  let reading = 0;
  let unreadable = 0;
  let errors = 0;
  let warnings = 0;
  for (const f of list) {
    if (f.state.kind === 'reading') reading++;
    else if (f.state.kind === 'unreadable') unreadable++;
    else {
      errors += f.state.counts.errors;
      warnings += f.state.counts.warnings;
    }
  }
  return { files: list.length, reading, unreadable, errors, warnings };
}
