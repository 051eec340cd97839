import { workerData } from 'piscina';
import type { Locale } from '../../core/findings';
import type { Policy } from '../../core/policy/policy';
import { reviewFile, type FileReview } from './review-file';

/** What every worker gets once, at start: the run's policy and language. */
export interface ReviewWorkerData {
  readonly policy: Policy;
  readonly locale: Locale;
}

export interface ReviewTask {
  readonly file: string;
}

// One policy object for the worker's whole life: the core caches its resolved vocabulary and matchers by
// policy identity, so a policy cloned into every task would rebuild them for every file.
const { policy, locale } = workerData as ReviewWorkerData;

/** The worker-thread entry (piscina calls the default export): one file per task. */
export default function reviewTask(task: ReviewTask): Promise<FileReview> {
  return reviewFile(task.file, policy, locale);
}
