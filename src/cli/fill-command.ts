import path from 'path';
import { planSheetFill } from '../core/check';
import { summarizeFillPlan, type FillPlanJson } from '../core/fill/plan';
import type { Locale } from '../core/findings';
import type { Policy } from '../core/policy/policy';
import { loadWorkbook, workbookSnapshots } from '../adapters/exceljs/read-file';
import { applyWrites } from '../adapters/exceljs/write-file';
import type { JsonFinding } from './check-command';
import { UsageError } from './policy-file';

/** Per sheet: the plan's JSON summary (rows filled, skipped rows and cells, grade counts …) and its findings. */
export type FillSheetSummary = Omit<FillPlanJson, 'sheet'> & { name: string; kind: string; findings: JsonFinding[] };

export interface FillRun {
  file: string;
  output: string | null;
  sheets: FillSheetSummary[];
  error: string | null;
}

/** Reads IN, fills every table that has output columns, writes OUT. IN is never modified. */
export async function runFill(input: string, output: string, options: { policy: Policy; locale: Locale; overwrite: boolean }): Promise<FillRun> {
  if (path.resolve(input) === path.resolve(output)) {
    throw new UsageError('输出文件不能与输入文件相同：goal-lint 不修改原文件，请用 -o 指定另一个文件名');
  }
  const wb = await loadWorkbook(input);
  const sheets: FillSheetSummary[] = [];
  for (const snapshot of workbookSnapshots(wb)) {
    const fill = planSheetFill(snapshot, { policy: options.policy, locale: options.locale, overwrite: options.overwrite });
    if (!fill) continue;
    const ws = wb.getWorksheet(snapshot.name);
    if (!ws) continue;
    applyWrites(ws, fill.plan.writes);
    const { sheet: _sheet, ...summary } = summarizeFillPlan(fill.plan);
    sheets.push({
      name: snapshot.name,
      kind: fill.kind,
      ...summary,
      findings: fill.plan.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, cell: f.cell, message: f.message, hint: f.hint })),
    });
  }
  if (sheets.length === 0) {
    return { file: input, output: null, sheets, error: '未找到可填充的表（评价结果表、绩效自评表或运行监控表）：请检查表头' };
  }
  await wb.xlsx.writeFile(output);
  return { file: input, output, sheets, error: null };
}

export function fillExitCode(run: FillRun): number {
  if (run.error) return 1;
  const bad = run.sheets.some((s) => s.skippedRows.length > 0 || s.findings.some((f) => f.severity === 'error'));
  return bad ? 1 : 0;
}

export function formatFillText(run: FillRun): string {
  const lines = [run.file];
  if (run.error) return [...lines, `  ${run.error}`].join('\n');
  for (const s of run.sheets) {
    lines.push(`  工作表「${s.name}」：填写 ${s.rowsFilled} 行，写入 ${s.cellsWritten} 个单元格`);
    for (const r of s.skippedRows) lines.push(`    第 ${r.row} 行未填写：${r.reason}`);
    for (const c of s.skippedCells) lines.push(`    ${c.cell} 已有内容「${c.existing}」，保留未改（本应填「${c.proposed}」）`);
    if (s.summary?.byGrade) {
      const grades = Object.entries(s.summary.byGrade).map(([g, n]) => `${g} ${n}`).join('，');
      lines.push(`    等级分布：${grades}${s.summary.totalChange !== undefined ? `；调整金额合计 ${s.summary.totalChange} 万元` : ''}`);
    }
    if (s.summary?.totalScore !== undefined) lines.push(`    自评总分：${s.summary.totalScore}`);
    if (s.monitoring) lines.push(`    预警 ${s.monitoring.warnings} 行（时间进度 ${s.monitoring.month ?? '?'}/12）`);
    for (const f of s.findings) lines.push(`    ${f.cell} ${f.message}  [${f.ruleId}]`);
  }
  if (run.sheets.some((s) => s.skippedCells.length > 0)) lines.push('  提示：确认要覆盖已有内容时，加 --overwrite 重新运行');
  lines.push(`已写出：${run.output}`);
  return lines.join('\n');
}
