import { Command, CommanderError, Option } from 'commander';
import type { Locale } from '../core/findings';
import { checkExitCode, formatCheckText, runCheck } from './check-command';
import { fillExitCode, formatFillText, runFill } from './fill-command';
import { loadPolicyFile, UsageError } from './policy-file';
import { addReviewCommand } from './review-command';

const VERSION = '0.1.0';

function program(out: (s: string) => void, err: (s: string) => void): { cmd: Command; result: { code: number } } {
  const result = { code: 0 };
  const cmd = new Command('goal-lint')
    .description('绩效目标审核助手：检查绩效目标表，填写评价等级与预算调整 (checks goal sheets, fills evaluation columns)')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: out, writeErr: err })
    .showHelpAfterError();
  const lang = new Option('--lang <lang>', '消息语言 zh|en (message language)').choices(['zh', 'en']).default('zh');

  cmd
    .command('check')
    .description('检查 .xlsx 文件中的绩效目标表和评价表 (check goal and evaluation tables)')
    .addOption(new Option('--format <format>', '输出格式 text|json').choices(['text', 'json']).default('text'))
    .option('--annotate <out>', '写出一个标注副本：问题单元格着色并附批注（多个输入文件时为文件夹）')
    .option('--policy <file>', '策略配置 JSON（规则开关、严重程度、词表…）')
    .addOption(lang)
    .argument('<files...>', '.xlsx 文件')
    .action(async (files: string[], opts: { format: string; annotate?: string; policy?: string; lang: Locale }) => {
      const policy = await loadPolicyFile(opts.policy);
      const showProgress = opts.format === 'text' && files.length > 1 && process.stderr.isTTY;
      const run = await runCheck(files, {
        policy,
        locale: opts.lang,
        annotate: opts.annotate,
        onProgress: showProgress ? (done, total, file) => process.stderr.write(`\r[${done}/${total}] ${file}`.padEnd(60)) : undefined,
      });
      if (showProgress) process.stderr.write('\r'.padEnd(61) + '\r');
      out(opts.format === 'json' ? JSON.stringify({ files: run.files }, null, 2) + '\n' : formatCheckText(run) + '\n');
      result.code = checkExitCode(run.files);
    });

  cmd
    .command('fill')
    .description('填写评价等级、调整比例、调整金额、本年度预算和结果应用（写出副本）')
    .argument('<in>', '输入 .xlsx')
    .requiredOption('-o, --output <out>', '输出 .xlsx（不会修改输入文件）')
    .option('--overwrite', '覆盖已有内容的输出单元格（默认不覆盖）', false)
    .option('--policy <file>', '策略配置 JSON（评分档次、调整比例、文字…）')
    .addOption(new Option('--format <format>', '输出格式 text|json').choices(['text', 'json']).default('text'))
    .addOption(lang)
    .action(async (input: string, opts: { output: string; overwrite: boolean; policy?: string; format: string; lang: Locale }) => {
      const policy = await loadPolicyFile(opts.policy);
      let run;
      try {
        run = await runFill(input, opts.output, { policy, locale: opts.lang, overwrite: opts.overwrite });
      } catch (e) {
        if (e instanceof UsageError) throw e;
        run = { file: input, output: null, sheets: [], error: (e as Error).message };
        result.code = 2;
      }
      out(opts.format === 'json' ? JSON.stringify(run, null, 2) + '\n' : formatFillText(run) + '\n');
      if (result.code !== 2) result.code = fillExitCode(run);
    });

  addReviewCommand(cmd, out, err, result);
  return { cmd, result };
}

/** Runs the CLI; returns the exit status (contracts.md §2). Separate from process for tests. */
export async function main(argv: readonly string[], io = { out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s) }): Promise<number> {
  const { cmd, result } = program(io.out, io.err);
  try {
    await cmd.parseAsync(argv as string[], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`goal-lint: ${e.message}\n`);
      return 2;
    }
    io.err(`goal-lint: 内部错误 (internal error): ${(e as Error).stack ?? String(e)}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
