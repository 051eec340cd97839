import { fillPlaceholders, type Locale } from '../core/findings';

/**
 * What the command line says, in the language of the run (--lang): each message names the file and what
 * to do. Keyed by id like the rules' messages, so tests can ask for a case by id.
 */
const MESSAGES = {
  zh: {
    'read.notFound': '文件不存在：请检查路径和文件名',
    'read.isDir': '这是一个文件夹，不是文件',
    'read.noPermission': '没有权限读取该文件：请检查文件权限，或先关闭正在独占使用它的程序',
    'read.other': '无法读取该文件（{{code}}）',
    'out.sameAsInput': '输出 {{out}} 与输入文件 {{input}} 是同一个文件{{how}}：goal-lint 从不修改输入文件，请换一个输出文件名或文件夹',
    'out.viaLink': '（经由符号链接或硬链接）',
    'out.annotateNotFolder': '有 {{count}} 个输入文件时，--annotate 需要一个文件夹，但 {{out}} 是一个文件：请换一个文件夹名',
    'write.ENOSPC': '磁盘空间不足，未能写出 {{out}}：请清理磁盘或换一个输出位置（原有文件未受影响）',
    'write.EDQUOT': '磁盘配额已用完，未能写出 {{out}}：请清理空间或换一个输出位置（原有文件未受影响）',
    'write.EROFS': '{{out}} 所在的位置是只读的（如只读 U 盘、光盘或只读网络共享）：请换一个可写的输出位置',
    'write.EACCES': '没有权限写入 {{out}}：请换一个输出文件夹；若该文件正在 Excel/WPS 中打开，请先关闭它',
    'write.EBUSY': '{{out}} 正被其他程序使用（可能在 Excel/WPS 中打开）：请关闭后重试',
    'write.ENOENT': '输出文件夹不存在：{{dir}}。请先创建它，或换一个输出位置',
    'write.EISDIR': '{{out}} 是一个文件夹：请指定输出文件名（如 {{out}}/结果.xlsx）',
    'write.ENOTDIR': '{{out}} 的上级路径中有一项不是文件夹：请检查输出路径',
    'write.ENAMETOOLONG': '输出路径过长：{{out}}。请换一个短一些的文件夹或文件名',
    'write.changed': '{{out}} 在本次写出期间被另一个程序或另一次运行改写，未覆盖：请确认那份文件后重新运行',
    'write.other': '无法写出 {{out}}（{{code}}）：原有文件未受影响',
    'write.refused.array-formula': '单元格属于数组公式或模拟运算表，不能单独覆盖',
    'write.refused.shared-formula': '单元格是共享公式的第一格（其他单元格引用它的公式），不能单独覆盖',
    'cli.unknownOption': '未知选项 {{option}}',
    'cli.fileLikeOption': '如果 {{option}} 是文件名，请写成 ./{{option}}，或写在 -- 之后（goal-lint {{command}} -- {{option}}）',
    'cli.missingArgument': '缺少参数：{{what}}',
    'cli.optionMissingArgument': '选项 {{option}} 后面缺少值',
    'cli.missingMandatoryOption': '缺少必需的选项 {{option}}',
    'cli.invalidChoice': '选项 {{option}} 的值「{{value}}」无效，可选：{{choices}}',
    'cli.unknownCommand': '未知命令 {{command}}：可用的命令是 check、fill、review',
    'cli.excessArguments': '参数过多：{{detail}}',
    'cli.other': '命令行用法有误：{{detail}}',
    'cli.helpHint': '运行 goal-lint {{command}}--help 查看用法',
    'policy.read': '无法读取策略文件 {{file}}：{{why}}',
    'policy.encoding': '策略文件 {{file}} 不是 UTF-8 编码（可能是 GBK/ANSI）：请用记事本打开，“另存为”时把编码选为 UTF-8',
    'policy.json': '策略文件 {{file}} 不是有效的 JSON（第 {{line}} 行第 {{column}} 列附近）：{{detail}}',
    'policy.jsonPlain': '策略文件 {{file}} 不是有效的 JSON：{{detail}}',
    'policy.source': '策略文件 {{file}}',
    'text.unreadable': '无法读取：{{error}}',
    'text.noTables': '未找到绩效目标表或评价表（其他工作表已跳过）',
    'text.sheet': '工作表「{{name}}」({{kind}})：{{count}}',
    'text.issues': '{{n}} 个问题',
    'text.noIssues': '未发现问题',
    'text.fix': '修改建议：{{hint}}',
    'text.annotated': '已写出标注副本：{{out}}',
    'text.notesKept': '提示：{{cells}} 已有新版批注（会话），未改动，仅标了颜色',
    'text.total': '共 {{files}} 个文件：{{errors}} 个错误，{{warnings}} 个警告，{{infos}} 个提示',
    'fill.sheet': '工作表「{{name}}」：填写 {{rows}} 行，写入 {{cells}} 个单元格',
    'fill.skippedRow': '第 {{row}} 行未填写：{{reason}}',
    'fill.skippedCell': '{{cell}} 已有内容「{{existing}}」，保留未改（本应填「{{proposed}}」）：{{reason}}',
    'fill.grades': '等级分布：{{grades}}',
    'fill.totalChange': '；调整金额合计 {{total}} 万元',
    'fill.totalScore': '自评总分：{{score}}',
    'fill.monitoring': '预警 {{n}} 行（时间进度 {{month}}/12）',
    'fill.overwriteHint': '提示：确认要覆盖已有内容时，加 --overwrite 重新运行',
    'fill.recalc': '提示：已设置打开时重新计算公式（依赖所填单元格的公式会在 Excel/WPS 中刷新）',
    'fill.written': '已写出：{{out}}',
    'fill.nothing': '未找到可填充的表（评价结果表、绩效自评表或运行监控表）：请检查表头',
    'internal': '内部错误：{{detail}}',
  },
  en: {
    'read.notFound': 'file not found: check the path and name',
    'read.isDir': 'this is a folder, not a file',
    'read.noPermission': 'no permission to read the file: check its permissions, or close the program that holds it',
    'read.other': 'cannot read the file ({{code}})',
    'out.sameAsInput': 'the output {{out}} is the same file as the input {{input}}{{how}}: goal-lint never modifies an input; choose another output name or folder',
    'out.viaLink': ' (through a symbolic or hard link)',
    'out.annotateNotFolder': 'with {{count}} input files, --annotate needs a folder, but {{out}} is a file: choose a folder name',
    'write.ENOSPC': 'the disk is full; {{out}} was not written: free some space or choose another output location (any earlier file is untouched)',
    'write.EDQUOT': 'the disk quota is used up; {{out}} was not written: free some space or choose another location (any earlier file is untouched)',
    'write.EROFS': 'the location of {{out}} is read-only (a locked USB stick, a CD or a read-only share): choose a writable output location',
    'write.EACCES': 'no permission to write {{out}}: choose another output folder; if the file is open in Excel/WPS, close it first',
    'write.EBUSY': '{{out}} is in use by another program (open in Excel/WPS?): close it and try again',
    'write.ENOENT': 'the output folder does not exist: {{dir}}. Create it, or choose another location',
    'write.EISDIR': '{{out}} is a folder: give an output file name (such as {{out}}/result.xlsx)',
    'write.ENOTDIR': 'part of the path of {{out}} is not a folder: check the output path',
    'write.ENAMETOOLONG': 'the output path is too long: {{out}}. Choose a shorter folder or file name',
    'write.changed': '{{out}} was changed by another program or run while this one was writing; it was not overwritten: check that file and run again',
    'write.other': 'cannot write {{out}} ({{code}}); any earlier file is untouched',
    'write.refused.array-formula': 'the cell is part of an array formula or data table and cannot be overwritten alone',
    'write.refused.shared-formula': "the cell is the first cell of a shared formula (other cells use its formula) and cannot be overwritten alone",
    'cli.unknownOption': 'unknown option {{option}}',
    'cli.fileLikeOption': 'if {{option}} is a file name, write it as ./{{option}}, or after -- (goal-lint {{command}} -- {{option}})',
    'cli.missingArgument': 'missing argument: {{what}}',
    'cli.optionMissingArgument': 'option {{option}} needs a value',
    'cli.missingMandatoryOption': 'the option {{option}} is required',
    'cli.invalidChoice': 'option {{option}}: "{{value}}" is not valid; choose one of {{choices}}',
    'cli.unknownCommand': 'unknown command {{command}}: the commands are check, fill and review',
    'cli.excessArguments': 'too many arguments: {{detail}}',
    'cli.other': 'command line error: {{detail}}',
    'cli.helpHint': 'run goal-lint {{command}}--help for the usage',
    'policy.read': 'cannot read the policy file {{file}}: {{why}}',
    'policy.encoding': 'the policy file {{file}} is not UTF-8 (GBK/ANSI?): open it in Notepad and "Save as" with the encoding UTF-8',
    'policy.json': 'the policy file {{file}} is not valid JSON (near line {{line}}, column {{column}}): {{detail}}',
    'policy.jsonPlain': 'the policy file {{file}} is not valid JSON: {{detail}}',
    'policy.source': 'the policy file {{file}}',
    'text.unreadable': 'cannot be read: {{error}}',
    'text.noTables': 'no goal or evaluation table found (other sheets were skipped)',
    'text.sheet': 'sheet "{{name}}" ({{kind}}): {{count}}',
    'text.issues': '{{n}} issue(s)',
    'text.noIssues': 'no issues',
    'text.fix': 'fix: {{hint}}',
    'text.annotated': 'annotated copy written: {{out}}',
    'text.notesKept': 'note: {{cells}} already hold a threaded comment; left as they are, coloured only',
    'text.total': '{{files}} file(s): {{errors}} error(s), {{warnings}} warning(s), {{infos}} info',
    'fill.sheet': 'sheet "{{name}}": {{rows}} row(s) filled, {{cells}} cell(s) written',
    'fill.skippedRow': 'row {{row}} not filled: {{reason}}',
    'fill.skippedCell': '{{cell}} holds "{{existing}}", kept (would have been "{{proposed}}"): {{reason}}',
    'fill.grades': 'grades: {{grades}}',
    'fill.totalChange': '; total adjustment {{total}} 万元',
    'fill.totalScore': 'self-evaluation total: {{score}}',
    'fill.monitoring': '{{n}} row(s) with warnings (time progress {{month}}/12)',
    'fill.overwriteHint': 'to overwrite what is there, run again with --overwrite',
    'fill.recalc': 'the copy asks Excel/WPS to recalculate on open (formulas that use the filled cells are refreshed)',
    'fill.written': 'written: {{out}}',
    'fill.nothing': 'no table to fill (results, self-evaluation or monitoring table): check the headers',
    'internal': 'internal error: {{detail}}',
  },
} as const;

export type CliMessageId = keyof (typeof MESSAGES)['zh'];

export function cliText(locale: Locale, id: CliMessageId, data: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(MESSAGES[locale][id], data);
}

/** The --lang of an argument list, read before the parser runs (so its own errors speak that language). */
export function localeOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'zh';
}

/** A usage problem (exit 2): bad option, bad policy file, an output that would hit an input. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
