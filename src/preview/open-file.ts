import { openXlsxFile, type OpenProgress, type XlsxFilePort } from '../adapters/file/xlsx-file-port';
import { XlsxError } from '../adapters/xlsx/errors';
import { cliText } from '../cli/messages';
import { checkWorkbook } from '../core/check';
import type { Locale } from '../core/findings';
import { parsePolicy, type Policy } from '../core/policy/policy';
import { ACCEPTED_KEY } from '../taskpane/state/accepted';
import { POLICY_KEY } from '../taskpane/state/controller';
import { copyKind, copyName, countsOf, type CopyKind, type FileCounts } from './file-list';

/*
 * The browser checker's file route, loaded only when a file is opened (its own chunk: the package reader
 * and writer, fflate and saxes stay out of the pane's first load). Bytes in, bytes out: no file system, no
 * network.
 */

export type { XlsxFilePort } from '../adapters/file/xlsx-file-port';

/** A file the reader refused; the message is the command line's, in the page's language. */
export class UnreadableFile extends Error {
  override readonly name = 'UnreadableFile';
}

export interface OpenedFile {
  readonly port: XlsxFilePort;
  readonly counts: FileCounts;
}

/**
 * Reads a workbook and checks every sheet once (for the list's counts). `onProgress` is awaited between
 * sheets, so the page can paint. Throws Error with the command line's message when it cannot be read.
 */
export async function openWorkbookFile(
  bytes: Uint8Array,
  options: { locale: Locale; policy?: Policy; onProgress?: (p: OpenProgress) => void | Promise<void> },
): Promise<OpenedFile> {
  let port: XlsxFilePort;
  try {
    port = await openXlsxFile(bytes, { onProgress: options.onProgress });
  } catch (e) {
    throw new UnreadableFile(unreadableText(e, options.locale));
  }
  // What the add-in saved in this workbook (its settings, findings accepted there) holds here too: the
  // pane loads them as it does in Excel, and the list's counts use the workbook's settings. Not the add-in's
  // flag memos: clearing its flags here would restore fills the copy cannot carry (the writer adds flags,
  // it does not take other fills away), so the page would show what the download does not hold.
  const stored = port.storedSettings();
  for (const key of [POLICY_KEY, ACCEPTED_KEY]) if (stored.has(key)) await port.saveSettings(key, stored.get(key));
  const policy = options.policy ?? storedPolicy(stored.get(POLICY_KEY));
  const snapshots = await Promise.all(port.sheetNames().map((s) => port.readSheet(s)));
  const reports = checkWorkbook(snapshots, { locale: options.locale, ...(policy ? { policy } : {}) });
  // Open on the first sheet the checker recognises (the form, not an instructions sheet before it).
  if (reports[0]) port.setActiveSheet(reports[0].name);
  return { port, counts: countsOf(reports, snapshots.length) };
}

/** The workbook's own settings when they are valid (the pane says what is wrong with them otherwise). */
function storedPolicy(doc: unknown): Policy | undefined {
  if (doc === undefined || doc === null) return undefined;
  try {
    return parsePolicy(doc);
  } catch {
    return undefined;
  }
}

/** Why a file cannot be read, as the command line says it (`无法读取：…`), in the page's language. */
export function unreadableText(e: unknown, locale: Locale): string {
  return cliText(locale, 'text.unreadable', { error: problemText(e, locale) });
}

/** A reader's or writer's problem in the page's language (the command line's wording). */
export function problemText(e: unknown, locale: Locale): string {
  return e instanceof XlsxError ? e.text(locale) : cliText(locale, 'internal', { detail: e instanceof Error ? e.message : String(e) });
}

/** The browser could not read the chosen file itself (moved, deleted or locked after it was chosen). */
export function fileReadText(e: unknown, locale: Locale): string {
  const code = e instanceof Error ? e.name : String(e);
  return cliText(locale, 'text.unreadable', { error: cliText(locale, 'read.other', { code }) });
}

export interface Download {
  readonly name: string;
  readonly kind: CopyKind;
  readonly bytes: Uint8Array;
  /** Cells the writer would not overwrite (part of an array formula, the first cell of a shared formula). */
  readonly refused: readonly { sheet: string; cell: string }[];
  /** Flagged cells holding a threaded comment: coloured only, their comment left as it was. */
  readonly notesKept: readonly { sheet: string; cell: string }[];
}

/**
 * The copy to download: written by the command line's package writer over the original bytes, named after
 * the original. Null when the pane changed nothing (there is nothing to keep but the original).
 */
export async function downloadFor(port: XlsxFilePort, originalName: string): Promise<Download | null> {
  const kind = copyKind(await port.changes());
  if (!kind) return null;
  const { bytes, refused, notesKept } = await port.copy();
  return { name: copyName(originalName, kind), kind, bytes, refused, notesKept };
}
