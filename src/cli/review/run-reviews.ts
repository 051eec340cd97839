import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { Piscina } from 'piscina';
import type { Locale } from '../../core/findings';
import type { Policy } from '../../core/policy/policy';
import { reviewFile, type FileReview } from './review-file';
import type { ReviewTask, ReviewWorkerData } from './review-worker';

export interface RunOptions {
  readonly policy: Policy;
  readonly locale: Locale;
  /** Worker threads; 0 reviews in the main thread. Default: every core. */
  readonly jobs?: number;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * The worker's module. The built CLI (dist/, what bin/goal-lint.js runs) loads the compiled .js beside this
 * file; from the TypeScript sources (jest, tsx) the worker loads the .ts through tsx's loader.
 */
function workerEntry(): { filename: string; execArgv: string[] } {
  if (__filename.endsWith('.js')) return { filename: path.join(__dirname, 'review-worker.js'), execArgv: [] };
  return { filename: path.join(__dirname, 'review-worker.ts'), execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href] };
}

/**
 * Reviews every file, one file per task on a pool of worker threads (one per core by default), so a county's
 * folder uses the whole machine. Results come back in the order of `files`, whatever order the workers finish in.
 * Memory holds the results (a few kB per project), never more workbooks than there are workers.
 */
export async function runReviews(files: readonly string[], options: RunOptions): Promise<FileReview[]> {
  const jobs = Math.max(0, Math.floor(options.jobs ?? defaultJobs()));
  const results: FileReview[] = new Array(files.length);
  let done = 0;
  const finished = (i: number, r: FileReview) => {
    results[i] = r;
    options.onProgress?.(++done, files.length, files[i]);
  };
  // One file or no threads wanted: starting a worker would cost more than it saves.
  if (jobs === 0 || files.length <= 1) {
    for (let i = 0; i < files.length; i++) finished(i, await reviewFile(files[i], options.policy, options.locale));
    return results;
  }
  const threads = Math.min(jobs, files.length);
  const workerData: ReviewWorkerData = { policy: options.policy, locale: options.locale };
  const pool = new Piscina<ReviewTask, FileReview>({ ...workerEntry(), workerData, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  try {
    await Promise.all(
      files.map(async (file, i) => {
        let r: FileReview;
        try {
          r = await pool.run({ file });
        } catch (e) {
          // A worker that died (out of memory on a huge file) costs that file only.
          r = { file, error: `审核时出错：${(e as Error).message} (review failed)`, projects: [], skippedSheets: [] };
        }
        finished(i, r);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}
