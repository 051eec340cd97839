import type { Locale } from '../../core/findings';
import type { Policy } from '../../core/policy/policy';
import { reviewFile, type FileReview } from './review-file';

export interface ReviewTask {
  readonly file: string;
  readonly policy: Policy;
  readonly locale: Locale;
}

/** The worker-thread entry (piscina calls the default export): one file per task. */
export default function reviewTask(task: ReviewTask): Promise<FileReview> {
  return reviewFile(task.file, task.policy, task.locale);
}
