import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { worksheetSnapshot } from './snapshot';

/** A file that cannot be read, with a reason a clerk can act on (Chinese first, English after). */
export class UnreadableFileError extends Error {
  constructor(readonly file: string, reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
  }
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads an .xlsx into ExcelJS, telling apart the usual failures before ExcelJS gives a cryptic one. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在 (file not found)' : code === 'EISDIR' ? '这是一个文件夹，不是文件 (is a directory)' : `无法读取文件 (${code ?? String(e)})`;
    throw new UnreadableFileError(file, why);
  }
  if (buf.length === 0) throw new UnreadableFileError(file, '文件为空 (empty file)');
  if (OLE.every((b, i) => buf[i] === b)) {
    throw new UnreadableFileError(
      file,
      '文件已加密（设有打开密码）或是旧版 .xls 格式：请在 Excel 中取消密码或另存为 .xlsx 后再检查 (password-protected or legacy .xls)',
    );
  }
  if (!ZIP.every((b, i) => buf[i] === b)) {
    throw new UnreadableFileError(file, '不是 .xlsx 文件：请在 Excel 中另存为 “Excel 工作簿 (*.xlsx)” (not an xlsx file)');
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(file, `文件已损坏或不完整，无法打开：${(e as Error).message} (corrupt or truncated xlsx)`);
  }
  return wb;
}

export function workbookSnapshots(wb: ExcelJS.Workbook): SheetSnapshot[] {
  return wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map(worksheetSnapshot);
}
