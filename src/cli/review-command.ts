import { promises as fs } from 'fs';
import path from 'path';
import { Command, Option } from 'commander';
import type { Locale } from '../core/findings';
import type { Policy } from '../core/policy/policy';
import { CONCLUSION_KEYS, formatScore } from '../core/review';
import { loadPolicyFile, UsageError } from './policy-file';
import { collectFiles } from './review/collect-files';
import type { FileReview } from './review/review-file';
import { defaultJobs, runReviews } from './review/run-reviews';
import { buildSummary } from './review/summary-workbook';

/**
 * goal-lint review DIR|FILE... -o OUT.xlsx [--format text|json] [--policy P] [--lang zh|en] [--jobs N]
 * (contracts.md §2): the bureau's review of a whole folder of submissions.
 */

export interface ReviewRun {
  readonly output: string;
  readonly files: readonly FileReview[];
  readonly seconds: number;
}

export interface ReviewRunOptions {
  readonly policy: Policy;
  readonly locale: Locale;
  readonly jobs?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/**
 * Writes next to the target and renames over it: an interrupted run leaves the earlier summary whole, and a
 * reader never sees half a file.
 */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.goal-lint-${process.pid}-${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw e;
  }
}

export async function runReview(inputs: readonly string[], output: string, options: ReviewRunOptions): Promise<ReviewRun> {
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`输出文件须为 .xlsx: ${output}`);
  const outDir = path.dirname(path.resolve(output));
  try {
    if (!(await fs.stat(outDir)).isDirectory()) throw new Error();
  } catch {
    throw new UsageError(`输出文件夹不存在: ${outDir}`);
  }
  const files = await collectFiles(inputs, output);
  if (files.length === 0) throw new UsageError(`未找到 .xlsx 文件: ${inputs.join(' ')}`);
  const start = process.hrtime.bigint();
  const reviews = await runReviews(files, options);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await writeAtomically(output, await buildSummary(reviews, { policy: options.policy, locale: options.locale, output }));
  return { output, files: reviews, seconds };
}

/** 0 every project 优 or 良 and every file read; 1 some project 中 or 差, or a file that could not be reviewed; 2 nothing readable. */
export function reviewExitCode(run: ReviewRun): number {
  if (run.files.every((f) => f.error !== null)) return 2;
  const returned = run.files.some((f) => f.error !== null || f.projects.some((p) => p.conclusion === 'pass' || p.conclusion === 'poor'));
  return returned ? 1 : 0;
}

function counts(run: ReviewRun): { projects: number; byConclusion: Record<string, number>; problems: Record<string, number> } {
  const byConclusion: Record<string, number> = {};
  const problems: Record<string, number> = {};
  let projects = 0;
  for (const f of run.files) {
    for (const p of f.projects) {
      projects++;
      byConclusion[p.conclusionName] = (byConclusion[p.conclusionName] ?? 0) + 1;
      for (const [id, n] of Object.entries(p.counts)) problems[id] = (problems[id] ?? 0) + n;
    }
  }
  return { projects, byConclusion, problems };
}

/** The JSON document of `review --format json`. */
export function reviewJson(run: ReviewRun): unknown {
  return {
    output: run.output,
    files: run.files.map((f) => ({
      file: f.file,
      error: f.error,
      skippedSheets: f.skippedSheets,
      projects: f.projects.map((p) => ({
        sheet: p.sheet,
        cell: p.cell,
        projectName: p.projectName,
        department: p.department,
        implementer: p.implementer,
        funds: p.funds,
        score: p.score,
        conclusion: p.conclusionName,
        conclusionKey: p.conclusion,
        breakdown: Object.fromEntries(p.breakdown.map((b) => [b.category, { weight: b.weight, score: b.score, findings: b.findings }])),
        counts: p.counts,
        opinion: p.opinion.text,
        findings: p.findings.map((x) => ({ ruleId: x.ruleId, severity: x.severity, cell: x.cell, message: x.message, hint: x.hint })),
      })),
    })),
    summary: { files: run.files.length, unreadable: run.files.filter((f) => f.error !== null).length, ...counts(run) },
  };
}

export function formatReviewText(run: ReviewRun): string {
  const lines: string[] = [];
  for (const f of run.files) {
    if (f.error) {
      lines.push(`${f.file}`, `  无法读取：${f.error}`);
      continue;
    }
    if (f.projects.length === 0) {
      lines.push(`${f.file}`, '  未找到绩效目标表');
      continue;
    }
    lines.push(f.file);
    for (const p of f.projects) {
      lines.push(`  ${p.conclusionName}  ${formatScore(p.score).padStart(5)}分  ${p.projectName}  （${p.sheet}!${p.cell}，${p.findings.length} 个问题）`);
    }
  }
  const c = counts(run);
  const unreadable = run.files.filter((f) => f.error !== null).length;
  const projects = run.files.flatMap((f) => f.projects);
  const by = CONCLUSION_KEYS.map((k) => projects.filter((p) => p.conclusion === k))
    .filter((ps) => ps.length > 0)
    .map((ps) => `${ps[0].conclusionName} ${ps.length}`)
    .join('，');
  lines.push('');
  lines.push(`共 ${run.files.length} 个文件、${c.projects} 个项目${by ? `（${by}）` : ''}；${unreadable} 个文件无法读取`);
  lines.push(`已写出审核汇总：${run.output}`);
  return lines.join('\n');
}

/** Progress on stderr: a line rewritten in place on a terminal, otherwise a line every tenth of the run. */
function progressReporter(err: (s: string) => void, tty: boolean): (done: number, total: number, file: string) => void {
  let lastTenth = 0;
  return (done, total, file) => {
    if (tty) {
      err(`\r审核中 [${done}/${total}] ${path.basename(file)}`.padEnd(70));
      if (done === total) err('\r'.padEnd(71) + '\r');
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (total >= 20 && tenth > lastTenth) {
      lastTenth = tenth;
      err(`审核中 ${done}/${total} 个文件 (${tenth * 10}%)\n`);
    }
  };
}

/** Registers `review` on the program (main.ts). */
export function addReviewCommand(program: Command, out: (s: string) => void, err: (s: string) => void, result: { code: number }): void {
  program
    .command('review')
    .description('审核：逐个项目给出得分、审核结论（优/良/中/差）和审核意见，写出审核汇总 (bureau review of a folder of goal workbooks)')
    .argument('<inputs...>', '文件夹（含子文件夹）或 .xlsx 文件')
    .requiredOption('-o, --output <out>', '审核汇总 .xlsx（不会修改任何输入文件）')
    .addOption(new Option('--format <format>', '输出格式 text|json').choices(['text', 'json']).default('text'))
    .option('--policy <file>', '策略配置 JSON（审核分数线、权重、意见文字…）')
    .addOption(new Option('--lang <lang>', '审核意见的语言 zh|en').choices(['zh', 'en']).default('zh'))
    .option('--jobs <n>', `工作线程数（默认为全部 CPU 核心，本机 ${defaultJobs()}；0 = 不用工作线程）`)
    .action(async (inputs: string[], opts: { output: string; format: string; policy?: string; lang: Locale; jobs?: string }) => {
      const policy = await loadPolicyFile(opts.policy);
      let jobs: number | undefined;
      if (opts.jobs !== undefined) {
        jobs = Number(opts.jobs);
        if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs 须为不小于 0 的整数: ${opts.jobs}`);
      }
      const run = await runReview(inputs, opts.output, { policy, locale: opts.lang, jobs, onProgress: progressReporter(err, process.stderr.isTTY === true) });
      err(`完成：${run.files.length} 个文件，用时 ${run.seconds.toFixed(1)} 秒（${(run.files.length / Math.max(run.seconds, 1e-3)).toFixed(1)} 个/秒）\n`);
      out(opts.format === 'json' ? JSON.stringify(reviewJson(run), null, 2) + '\n' : formatReviewText(run) + '\n');
      result.code = reviewExitCode(run);
    });
}
