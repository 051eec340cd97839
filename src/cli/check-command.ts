import { checkWorkbook, type SheetReport } from '../core/check';
import type { Locale } from '../core/findings';
import type { Policy } from '../core/policy/policy';
import { annotationEdits } from '../adapters/xlsx/annotate';
import { XlsxError } from '../adapters/xlsx/errors';
import { readXlsx } from '../adapters/xlsx/read-workbook';
import { writeXlsxEdits } from '../adapters/xlsx/write-edits';
import { annotateTargets, assertNotAnInput, identities, InputError, OutputError, readInput, writeOutput, type FileIdentity } from './files';
import { cliText } from './messages';

/** The contract's JSON shape (contracts.md §2); `annotated` is added when --annotate is given. */
export interface JsonFinding {
  ruleId: string;
  severity: string;
  cell: string;
  message: string;
  hint: string;
}
export interface JsonSheet {
  name: string;
  kind: string;
  findings: JsonFinding[];
}
export interface JsonFile {
  file: string;
  sheets: JsonSheet[];
  error: string | null;
  /** With --annotate: where the annotated copy went (null when it was not written). */
  annotated?: string | null;
}

export interface CheckRun {
  files: JsonFile[];
  /** Flagged cells with a threaded comment, left as they were, per input file. */
  notesKept: Map<string, string[]>;
}

function toJsonSheet(r: SheetReport): JsonSheet {
  return {
    name: r.name,
    kind: r.kind,
    findings: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, cell: f.cell, message: f.message, hint: f.hint })),
  };
}

/** Why a file could not be read or its copy written, in the run's language. */
export function problemText(e: unknown, locale: Locale): string {
  if (e instanceof XlsxError) return e.text(locale);
  if (e instanceof InputError || e instanceof OutputError) return e.message;
  return cliText(locale, 'internal', { detail: (e as Error).message });
}

/**
 * Checks each file; with `annotate`, writes a highlighted copy of each. Every output path is decided and
 * compared with every input (and the policy file) before anything is read, so a bad --annotate is refused
 * at once (exit 2) and one run never writes two copies to one path. Each input is listed once.
 */
export async function runCheck(
  files: readonly string[],
  options: { policy: Policy; locale: Locale; annotate?: string; protect?: readonly string[]; onProgress?: (done: number, total: number, file: string) => void },
): Promise<CheckRun> {
  const { locale } = options;
  const out: JsonFile[] = [];
  const notesKept = new Map<string, string[]>();
  let targets: string[] = [];
  let inputs: FileIdentity[] = [];
  if (options.annotate) {
    inputs = await identities([...files, ...(options.protect ?? [])]);
    targets = await annotateTargets(options.annotate, files, locale);
    for (const t of targets) await assertNotAnInput(t, inputs, locale);
  }
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    options.onProgress?.(i, files.length, file);
    const entry: JsonFile = { file, sheets: [], error: null, ...(options.annotate ? { annotated: null } : {}) };
    out.push(entry);
    let reports: SheetReport[];
    let book;
    try {
      book = readXlsx(await readInput(file, locale));
      reports = checkWorkbook(book.snapshots, { policy: options.policy, locale });
      entry.sheets = reports.map(toJsonSheet);
    } catch (e) {
      entry.error = problemText(e, locale);
      continue;
    }
    if (!options.annotate) continue;
    try {
      const written = writeXlsxEdits(book.pkg, annotationEdits(reports, locale));
      entry.annotated = await writeOutput(targets[i], written.bytes, inputs, locale);
      if (written.notesKept.length) notesKept.set(file, written.notesKept.map((k) => `${k.sheet}!${k.cell}`));
    } catch (e) {
      // The findings stand; the copy could not be written, and the file says why (listed once).
      entry.error = problemText(e, locale);
    }
  }
  options.onProgress?.(files.length, files.length, '');
  return { files: out, notesKept };
}

/** contracts.md §2: 0 clean, 1 error-severity findings (or an unreadable file among readable ones), 2 nothing readable. */
export function checkExitCode(files: readonly JsonFile[]): number {
  if (files.length > 0 && files.every((f) => f.error !== null && f.sheets.length === 0)) return 2;
  const hasError = files.some((f) => f.error !== null || f.sheets.some((s) => s.findings.some((x) => x.severity === 'error')));
  return hasError ? 1 : 0;
}

const SEVERITY: Record<Locale, Record<string, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
const KIND: Record<Locale, Record<string, string>> = {
  zh: { goal: '绩效目标表', evaluation: '评价结果表', 'self-evaluation': '绩效自评表', monitoring: '运行监控表' },
  en: { goal: 'goal table', evaluation: 'results table', 'self-evaluation': 'self-evaluation', monitoring: 'monitoring table' },
};

export function formatCheckText(run: CheckRun, locale: Locale = 'zh'): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of run.files) {
    lines.push(f.file);
    if (f.error && f.sheets.length === 0) {
      lines.push(`  ${cliText(locale, 'text.unreadable', { error: f.error })}`, '');
      continue;
    }
    if (f.sheets.length === 0) lines.push(`  ${cliText(locale, 'text.noTables')}`);
    for (const s of f.sheets) {
      const count = s.findings.length ? cliText(locale, 'text.issues', { n: s.findings.length }) : cliText(locale, 'text.noIssues');
      lines.push(`  ${cliText(locale, 'text.sheet', { name: s.name, kind: KIND[locale][s.kind] ?? s.kind, count })}`);
      for (const x of s.findings) {
        if (x.severity === 'error') errors++;
        else if (x.severity === 'warning') warnings++;
        else infos++;
        lines.push(`    ${x.cell.padEnd(6)} ${SEVERITY[locale][x.severity] ?? x.severity}  ${x.message}  [${x.ruleId}]`);
        lines.push(`           ${cliText(locale, 'text.fix', { hint: x.hint })}`);
      }
    }
    if (f.error) lines.push(`  ${f.error}`);
    if (f.annotated) lines.push(`  ${cliText(locale, 'text.annotated', { out: f.annotated })}`);
    const kept = run.notesKept.get(f.file);
    if (kept) lines.push(`  ${cliText(locale, 'text.notesKept', { cells: kept.join(', ') })}`);
    lines.push('');
  }
  lines.push(cliText(locale, 'text.total', { files: run.files.length, errors, warnings, infos }));
  return lines.join('\n');
}
