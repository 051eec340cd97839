import type { Locale } from '../../core/findings';
import type { Policy } from '../../core/policy/policy';
import { reviewWorkbook, type ProjectReview, type SkippedSheet } from '../../core/review';
import { readXlsx } from '../../adapters/xlsx/read-workbook';
import { problemText } from '../check-command';
import { readInput } from '../files';

/** One file's review: its projects, or the reason it gave none. JSON-safe (it crosses threads). */
export interface FileReview {
  readonly file: string;
  /** Why the file could not be read, in the run's language, with what to do; null when it was read. */
  readonly error: string | null;
  readonly projects: readonly ProjectReview[];
  readonly skippedSheets: readonly SkippedSheet[];
}

/**
 * Reads one workbook with the package reader `check` and `fill` use (so an .ods, an .xlsb, a plain zip or a
 * password-protected file renamed .xlsx gets the same clear reason) and reviews every goal project in it.
 * Never throws for a bad file.
 */
export async function reviewFile(file: string, policy: Policy, locale: Locale): Promise<FileReview> {
  try {
    const { snapshots } = readXlsx(await readInput(file, locale));
    const review = reviewWorkbook(snapshots, { policy, locale });
    return { file, error: null, projects: review.projects, skippedSheets: review.skippedSheets };
  } catch (e) {
    return { file, error: problemText(e, locale), projects: [], skippedSheets: [] };
  }
}
