import { existsSync } from 'fs';
import { Command, CommanderError, Option } from 'commander';
import type { Locale } from '../core/findings';
import { checkExitCode, formatCheckText, problemText, runCheck } from './check-command';
import { fillExitCode, formatFillText, runFill, type FillRun } from './fill-command';
import { cliText, localeOf, UsageError } from './messages';
import { useNodeZlib } from './native-codec';
import { loadPolicyFile } from './policy-file';
import { addReviewCommand } from './review-command';

const VERSION = '0.1.0';

function program(out: (s: string) => void, err: (s: string) => void): { cmd: Command; result: { code: number } } {
  const result = { code: 0 };
  const cmd = new Command('goal-lint')
    .description('绩效目标审核助手：检查绩效目标表，填写评价等级与预算调整 (checks goal sheets, fills evaluation columns)')
    .version(VERSION)
    .exitOverride()
    // Commander's own (English) error lines are replaced by ours, in the run's language (see main).
    .configureOutput({ writeOut: out, writeErr: err, outputError: () => undefined });
  const lang = () => new Option('--lang <lang>', '消息语言 zh|en (message language)').choices(['zh', 'en']).default('zh');

  cmd
    .command('check')
    .description('检查 .xlsx 文件中的绩效目标表和评价表 (check goal and evaluation tables)')
    .addOption(new Option('--format <format>', '输出格式 text|json').choices(['text', 'json']).default('text'))
    .option('--annotate <out>', '写出一个标注副本：问题单元格着色并附批注（多个输入文件时为文件夹）')
    .option('--policy <file>', '策略配置 JSON（规则开关、严重程度、词表…）')
    .addOption(lang())
    .argument('<files...>', '.xlsx 文件（以 - 开头的文件名写成 ./-x.xlsx，或放在 -- 之后）')
    .action(async (files: string[], opts: { format: string; annotate?: string; policy?: string; lang: Locale }) => {
      const policy = await loadPolicyFile(opts.policy, opts.lang);
      const showProgress = opts.format === 'text' && files.length > 1 && process.stderr.isTTY;
      const run = await runCheck(files, {
        policy,
        locale: opts.lang,
        annotate: opts.annotate,
        protect: opts.policy ? [opts.policy] : [],
        onProgress: showProgress ? (done, total, file) => process.stderr.write(`\r[${done}/${total}] ${file}`.padEnd(60)) : undefined,
      });
      if (showProgress) process.stderr.write('\r'.padEnd(61) + '\r');
      out(opts.format === 'json' ? JSON.stringify({ files: run.files }, null, 2) + '\n' : formatCheckText(run, opts.lang) + '\n');
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
    .addOption(lang())
    .action(async (input: string, opts: { output: string; overwrite: boolean; policy?: string; format: string; lang: Locale }) => {
      const policy = await loadPolicyFile(opts.policy, opts.lang);
      let run: FillRun;
      try {
        run = await runFill(input, opts.output, { policy, locale: opts.lang, overwrite: opts.overwrite, protect: opts.policy ? [opts.policy] : [] });
      } catch (e) {
        if (e instanceof UsageError) throw e;
        // Unreadable input or unwritable output: nothing was produced (exit 2), and the reason is printed.
        run = { file: input, output: null, sheets: [], error: problemText(e, opts.lang) };
        result.code = 2;
      }
      out(opts.format === 'json' ? JSON.stringify(run, null, 2) + '\n' : formatFillText(run, opts.lang) + '\n');
      if (result.code !== 2) result.code = fillExitCode(run);
    });

  addReviewCommand(cmd, out, err, result);
  return { cmd, result };
}

/** Commander's error, said in the run's language with what to do. */
function usageMessage(e: CommanderError, argv: readonly string[], locale: Locale): string {
  const command = argv.find((a) => a === 'check' || a === 'fill' || a === 'review');
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  let text: string;
  switch (e.code) {
    case 'commander.unknownOption': {
      text = cliText(locale, 'cli.unknownOption', { option: quoted });
      // "-x.xlsx" is most likely a file whose name starts with a dash.
      if (/\.(xlsx|xlsm|xls|json)$/i.test(quoted) || existsSync(quoted)) text += `\n${cliText(locale, 'cli.fileLikeOption', { option: quoted, command: command ?? 'check' })}`;
      break;
    }
    case 'commander.missingArgument':
      text = cliText(locale, 'cli.missingArgument', { what: quoted || e.message });
      break;
    case 'commander.optionMissingArgument':
      text = cliText(locale, 'cli.optionMissingArgument', { option: quoted });
      break;
    case 'commander.missingMandatoryOptionValue':
      text = cliText(locale, 'cli.missingMandatoryOption', { option: quoted });
      break;
    case 'commander.invalidArgument': {
      const value = /argument '([^']*)'/.exec(e.message)?.[1] ?? '';
      const option = /option '([^']*)'/.exec(e.message)?.[1] ?? '';
      const choices = /Allowed choices are (.*)\./.exec(e.message)?.[1] ?? '';
      text = cliText(locale, 'cli.invalidChoice', { option, value, choices });
      break;
    }
    case 'commander.unknownCommand':
      text = cliText(locale, 'cli.unknownCommand', { command: quoted });
      break;
    case 'commander.excessArguments':
      text = cliText(locale, 'cli.excessArguments', { detail: e.message.replace(/^error: /, '') });
      break;
    default:
      text = cliText(locale, 'cli.other', { detail: e.message.replace(/^error: /, '') });
  }
  return `${text}\n${cliText(locale, 'cli.helpHint', { command: command ? `${command} ` : '' })}`;
}

/** Runs the CLI; returns the exit status (contracts.md §2). Separate from process for tests. */
export async function main(argv: readonly string[], io = { out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s) }): Promise<number> {
  useNodeZlib();
  const { cmd, result } = program(io.out, io.err);
  const locale = localeOf(argv);
  try {
    await cmd.parseAsync(argv as string[], { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      io.err(`goal-lint: ${usageMessage(e, argv, locale)}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`goal-lint: ${e.message}\n`);
      return 2;
    }
    io.err(`goal-lint: ${cliText(locale, 'internal', { detail: (e as Error).stack ?? String(e) })}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
