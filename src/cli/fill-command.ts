import { summarizeFillPlan, type CellWrite, type FillPlanJson } from '../core/fill/plan';
import { toA1 } from '../core/grid/address';
import type { Locale } from '../core/findings';
import type { Policy } from '../core/policy/policy';
import { fillXlsx } from '../adapters/xlsx/fill';
import { readXlsx } from '../adapters/xlsx/read-workbook';
import type { JsonFinding } from './check-command';
import { assertNotAnInput, identities, readInput, writeOutput } from './files';
import { cliText } from './messages';

/** Per sheet: the plan's JSON summary (rows filled, skipped rows and cells, grade counts …) and its findings. */
export type FillSheetSummary = Omit<FillPlanJson, 'sheet'> & { name: string; kind: string; findings: JsonFinding[] };

export interface FillRun {
  file: string;
  output: string | null;
  sheets: FillSheetSummary[];
  error: string | null;
  /** The copy asks Excel/WPS to recalculate formulas on open (added field). */
  recalculateOnOpen?: boolean;
}

/**
 * Reads IN, fills every table that has output columns, writes OUT. IN is never modified: OUT is refused when
 * it is IN (or the policy file) by path, link or identity; it is written beside itself and renamed into place.
 * Throws UsageError (exit 2) for an output that would hit an input, XlsxError / InputError / OutputError
 * when IN cannot be read or OUT cannot be written.
 */
export async function runFill(input: string, output: string, options: { policy: Policy; locale: Locale; overwrite: boolean; protect?: readonly string[] }): Promise<FillRun> {
  const { locale } = options;
  const inputs = await identities([input, ...(options.protect ?? [])]);
  await assertNotAnInput(output, inputs, locale);
  const bytes = await readInput(input, locale);
  const outcome = fillXlsx(() => readXlsx(bytes), { policy: options.policy, locale, overwrite: options.overwrite });
  const refused = new Map<string, string[]>();
  for (const r of outcome.written?.refused ?? []) refused.set(r.sheet, [...(refused.get(r.sheet) ?? []), r.cell]);
  const reasons = new Map((outcome.written?.refused ?? []).map((r) => [`${r.sheet}!${r.cell}`, cliText(locale, `write.refused.${r.reason}`)]));
  const sheets: FillSheetSummary[] = outcome.sheets.map(({ name, kind, plan, formulas }) => {
    const { sheet: _sheet, ...summary } = summarizeFillPlan(plan);
    // Cells the sheet itself would not let us write (array formulas …) are listed with the skipped ones.
    const extra = new Set(refused.get(name) ?? []);
    const notWritten: CellWrite[] = [];
    if (extra.size > 0) for (const w of plan.writes) if (extra.has(toA1(w.ref))) notWritten.push(w);
    return {
      name,
      kind,
      ...summary,
      cellsWritten: summary.cellsWritten - notWritten.length,
      skippedCells: [
        ...summary.skippedCells,
        ...notWritten.map((w) => ({
          cell: toA1(w.ref),
          existing: formulas.get(`${w.ref.row}:${w.ref.col}`) ?? '',
          proposed: w.value,
          reason: reasons.get(`${name}!${toA1(w.ref)}`) ?? '',
        })),
      ],
      findings: plan.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, cell: f.cell, message: f.message, hint: f.hint })),
    };
  });
  if (!outcome.written) return { file: input, output: null, sheets, error: cliText(locale, 'fill.nothing') };
  await writeOutput(output, outcome.written.bytes, inputs, locale);
  return { file: input, output, sheets, error: null, recalculateOnOpen: outcome.recalculateOnOpen };
}

export function fillExitCode(run: FillRun): number {
  if (run.error) return 1;
  const bad = run.sheets.some((s) => s.skippedRows.length > 0 || s.findings.some((f) => f.severity === 'error'));
  return bad ? 1 : 0;
}

export function formatFillText(run: FillRun, locale: Locale = 'zh'): string {
  const lines = [run.file];
  if (run.error) return [...lines, `  ${run.error}`].join('\n');
  for (const s of run.sheets) {
    lines.push(`  ${cliText(locale, 'fill.sheet', { name: s.name, rows: s.rowsFilled, cells: s.cellsWritten })}`);
    for (const r of s.skippedRows) lines.push(`    ${cliText(locale, 'fill.skippedRow', { row: r.row, reason: r.reason })}`);
    for (const c of s.skippedCells) lines.push(`    ${cliText(locale, 'fill.skippedCell', { cell: c.cell, existing: c.existing, proposed: c.proposed, reason: c.reason })}`);
    if (s.summary?.byGrade) {
      const grades = Object.entries(s.summary.byGrade).map(([g, n]) => `${g} ${n}`).join(locale === 'en' ? ', ' : '，');
      lines.push(`    ${cliText(locale, 'fill.grades', { grades })}${s.summary.totalChange !== undefined ? cliText(locale, 'fill.totalChange', { total: s.summary.totalChange }) : ''}`);
    }
    if (s.summary?.totalScore !== undefined) lines.push(`    ${cliText(locale, 'fill.totalScore', { score: s.summary.totalScore })}`);
    if (s.monitoring) lines.push(`    ${cliText(locale, 'fill.monitoring', { n: s.monitoring.warnings, month: s.monitoring.month ?? '?' })}`);
    for (const f of s.findings) lines.push(`    ${f.cell} ${f.message}  [${f.ruleId}]`);
  }
  if (run.sheets.some((s) => s.skippedCells.length > 0)) lines.push(`  ${cliText(locale, 'fill.overwriteHint')}`);
  if (run.recalculateOnOpen) lines.push(`  ${cliText(locale, 'fill.recalc')}`);
  lines.push(cliText(locale, 'fill.written', { out: run.output ?? '' }));
  return lines.join('\n');
}
