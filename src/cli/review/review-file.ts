import { promises as fs } from 'fs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Locale } from '../../core/findings';
import type { Policy } from '../../core/policy/policy';
import { reviewWorkbook, type ProjectReview, type SkippedSheet } from '../../core/review';
import { loadWorkbook, workbookSnapshots } from '../../adapters/exceljs/read-file';

/** One file's review: its projects, or the reason it gave none. JSON-safe (it crosses threads). */
export interface FileReview {
  readonly file: string;
  /** Why the file could not be read (Chinese first); null when it was read. */
  readonly error: string | null;
  readonly projects: readonly ProjectReview[];
  readonly skippedSheets: readonly SkippedSheet[];
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * ExcelJS opens an OpenDocument spreadsheet saved under an .xlsx name without complaint and finds no sheet;
 * its zip's `mimetype` entry says what it really is.
 */
async function isOpenDocument(file: string): Promise<boolean> {
  try {
    const entries = unzipSync(await fs.readFile(file), { filter: (f) => f.name === 'mimetype' });
    return entries.mimetype !== undefined && strFromU8(entries.mimetype).trim() === ODS_MIMETYPE;
  } catch {
    return false;
  }
}

const ODS_REASON = '这是 OpenDocument 表格（.ods），不是 .xlsx：请在 WPS 或 Excel 中另存为 “Excel 工作簿 (*.xlsx)” (OpenDocument spreadsheet, not xlsx)';
const NO_SHEETS = '工作簿中没有可读取的工作表 (no readable worksheet)';

/** Reads one workbook and reviews every goal project in it; never throws for a bad file. */
export async function reviewFile(file: string, policy: Policy, locale: Locale): Promise<FileReview> {
  try {
    const wb = await loadWorkbook(file);
    const snapshots = workbookSnapshots(wb);
    if (snapshots.length === 0) return { file, error: (await isOpenDocument(file)) ? ODS_REASON : NO_SHEETS, projects: [], skippedSheets: [] };
    const review = reviewWorkbook(snapshots, { policy, locale });
    return { file, error: null, projects: review.projects, skippedSheets: review.skippedSheets };
  } catch (e) {
    const reason = (await isOpenDocument(file)) ? ODS_REASON : (e as Error).message;
    return { file, error: reason, projects: [], skippedSheets: [] };
  }
}
