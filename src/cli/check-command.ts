import { promises as fs } from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import { checkWorkbook, type SheetReport } from '../core/check';
import type { Locale } from '../core/findings';
import type { Policy } from '../core/policy/policy';
import { loadWorkbook, workbookSnapshots } from '../adapters/exceljs/read-file';
import { annotateWorksheet } from '../adapters/exceljs/write-file';
import { UsageError } from './policy-file';

/** The contract's JSON shape (contracts.md §2). */
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
}

export interface CheckRun {
  files: JsonFile[];
  /** Where annotated copies went, per input file. */
  annotated: Map<string, string>;
}

function toJsonSheet(r: SheetReport): JsonSheet {
  return {
    name: r.name,
    kind: r.kind,
    findings: r.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, cell: f.cell, message: f.message, hint: f.hint })),
  };
}

/**
 * Where the annotated copy of `file` goes. One input: OUT itself. Several inputs: OUT is a folder and each
 * copy keeps its file name, so one run never writes two files to the same path.
 */
export function annotatePath(out: string, file: string, inputCount: number): string {
  return inputCount === 1 ? out : path.join(out, path.basename(file));
}

export async function runCheck(
  files: readonly string[],
  options: { policy: Policy; locale: Locale; annotate?: string; onProgress?: (done: number, total: number, file: string) => void },
): Promise<CheckRun> {
  const out: JsonFile[] = [];
  const annotated = new Map<string, string>();
  if (options.annotate) {
    for (const f of files) {
      if (path.resolve(annotatePath(options.annotate, f, files.length)) === path.resolve(f)) {
        throw new UsageError(`--annotate 的输出路径不能与输入文件相同（输入文件不会被修改）: ${f}`);
      }
    }
  }
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    options.onProgress?.(i, files.length, file);
    try {
      let wb: ExcelJS.Workbook | null = await loadWorkbook(file);
      const snapshots = workbookSnapshots(wb);
      // Without --annotate the ExcelJS model is not needed again: let it go before checking, so a large
      // file's model does not slow every garbage collection of the check.
      if (!options.annotate) wb = null;
      const reports = checkWorkbook(snapshots, { policy: options.policy, locale: options.locale });
      out.push({ file, sheets: reports.map(toJsonSheet), error: null });
      if (options.annotate && wb) {
        for (const r of reports) {
          const ws = wb.getWorksheet(r.name);
          if (ws) annotateWorksheet(ws, r.findings);
        }
        const target = annotatePath(options.annotate, file, files.length);
        if (files.length > 1) await fs.mkdir(options.annotate, { recursive: true });
        await wb.xlsx.writeFile(target);
        annotated.set(file, target);
      }
    } catch (e) {
      out.push({ file, sheets: [], error: (e as Error).message });
    }
  }
  options.onProgress?.(files.length, files.length, '');
  return { files: out, annotated };
}

/** contracts.md §2: 0 clean, 1 error-severity findings (or an unreadable file among readable ones), 2 nothing readable. */
export function checkExitCode(files: readonly JsonFile[]): number {
  if (files.length > 0 && files.every((f) => f.error !== null)) return 2;
  const hasError = files.some((f) => f.error !== null || f.sheets.some((s) => s.findings.some((x) => x.severity === 'error')));
  return hasError ? 1 : 0;
}

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };
const KIND_ZH: Record<string, string> = { goal: '绩效目标表', evaluation: '评价结果表', 'self-evaluation': '绩效自评表', monitoring: '运行监控表' };

export function formatCheckText(run: CheckRun): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of run.files) {
    lines.push(f.file);
    if (f.error) {
      lines.push(`  无法读取：${f.error}`, '');
      continue;
    }
    if (f.sheets.length === 0) lines.push('  未找到绩效目标表或评价表（其他工作表已跳过）');
    for (const s of f.sheets) {
      lines.push(`  工作表「${s.name}」(${KIND_ZH[s.kind] ?? s.kind})：${s.findings.length ? `${s.findings.length} 个问题` : '未发现问题'}`);
      for (const x of s.findings) {
        if (x.severity === 'error') errors++;
        else if (x.severity === 'warning') warnings++;
        else infos++;
        lines.push(`    ${x.cell.padEnd(6)} ${SEVERITY_ZH[x.severity] ?? x.severity}  ${x.message}  [${x.ruleId}]`);
        lines.push(`           修改建议：${x.hint}`);
      }
    }
    const target = run.annotated.get(f.file);
    if (target) lines.push(`  已写出标注副本：${target}`);
    lines.push('');
  }
  lines.push(`共 ${run.files.length} 个文件：${errors} 个错误，${warnings} 个警告，${infos} 个提示`);
  return lines.join('\n');
}
