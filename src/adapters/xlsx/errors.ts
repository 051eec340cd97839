import { fillPlaceholders, type Locale } from '../../core/findings';

/**
 * Why a workbook cannot be read or written, as a code the caller renders in the language of the run.
 * Messages say what the file is and what to do; the caller adds the file name.
 */
export type XlsxProblem =
  | 'empty'
  | 'encrypted-or-xls'
  | 'not-zip'
  | 'truncated'
  | 'zip64'
  | 'ods'
  | 'xlsb'
  | 'no-workbook'
  | 'no-sheets'
  | 'missing-part'
  | 'bad-xml'
  | 'unsupported-compression';

const MESSAGES: Readonly<Record<XlsxProblem, { zh: string; en: string }>> = {
  empty: { zh: '文件为空（0 字节）：请重新导出或向报送单位索取', en: 'the file is empty (0 bytes): export it again or ask the sender for it' },
  'encrypted-or-xls': {
    zh: '文件设有打开密码，或是旧版 .xls 格式：请在 Excel/WPS 中取消密码，或另存为 “Excel 工作簿 (*.xlsx)” 后再处理',
    en: 'the file is password-protected or a legacy .xls: remove the password, or save it as "Excel Workbook (*.xlsx)" in Excel/WPS',
  },
  'not-zip': {
    zh: '不是 .xlsx 文件：请在 Excel/WPS 中打开后另存为 “Excel 工作簿 (*.xlsx)”',
    en: 'not an .xlsx file: open it in Excel/WPS and save it as "Excel Workbook (*.xlsx)"',
  },
  truncated: {
    zh: '文件已损坏或不完整（可能下载或复制中断）：请重新获取原文件',
    en: 'the file is damaged or incomplete (an interrupted download or copy?): get the original again',
  },
  zip64: { zh: '文件超过 4 GB 或条目过多，暂不支持：请拆分工作簿', en: 'the file is over 4 GB or has too many parts: split the workbook' },
  ods: {
    zh: '这是 OpenDocument 表格（.ods），只是扩展名改成了 .xlsx：请在 WPS/LibreOffice/Excel 中打开并另存为 “Excel 工作簿 (*.xlsx)”',
    en: 'this is an OpenDocument spreadsheet (.ods) renamed to .xlsx: open it and save it as "Excel Workbook (*.xlsx)"',
  },
  xlsb: {
    zh: '这是二进制工作簿（.xlsb），暂不支持：请在 Excel 中另存为 “Excel 工作簿 (*.xlsx)”',
    en: 'this is a binary workbook (.xlsb), which is not supported: save it as "Excel Workbook (*.xlsx)" in Excel',
  },
  'no-workbook': {
    zh: '压缩包里没有 Excel 工作簿（缺少 {{part}}）：它可能是改了扩展名的其他压缩文件，请确认选对了文件',
    en: 'the archive holds no Excel workbook (no {{part}}): it may be another zip file renamed; check that this is the right file',
  },
  'no-sheets': { zh: '工作簿中没有工作表', en: 'the workbook has no worksheets' },
  'missing-part': {
    zh: '文件不完整：工作表「{{sheet}}」的数据（{{part}}）不在文件中。请在 Excel/WPS 中打开并重新保存',
    en: 'the file is incomplete: the data of sheet "{{sheet}}" ({{part}}) is missing. Open it in Excel/WPS and save it again',
  },
  'bad-xml': {
    zh: '文件内容已损坏（{{part}} 第 {{line}} 行：{{detail}}）：请在 Excel/WPS 中打开并重新保存',
    en: 'the file content is damaged ({{part}} line {{line}}: {{detail}}): open it in Excel/WPS and save it again',
  },
  'unsupported-compression': {
    zh: '文件使用了不支持的压缩方式（{{part}}）：请在 Excel/WPS 中打开并重新保存',
    en: 'the file uses an unsupported compression method ({{part}}): open it in Excel/WPS and save it again',
  },
};

/** A workbook that cannot be read, with what to do about it. */
export class XlsxError extends Error {
  override readonly name = 'XlsxError';
  constructor(
    readonly problem: XlsxProblem,
    readonly data: Readonly<Record<string, string | number>> = {},
  ) {
    super(xlsxMessage(problem, 'zh', data));
  }

  /** The message in the language of the run. */
  text(locale: Locale): string {
    return xlsxMessage(this.problem, locale, this.data);
  }
}

export function xlsxMessage(problem: XlsxProblem, locale: Locale, data: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(MESSAGES[problem][locale], data);
}
