import { buildPreview } from './preview-server';

/**
 * One production build for every browser test file (the build is most of the suite's time). Set
 * GOAL_LINT_PREVIEW_DIR to a folder built earlier to skip it (e.g. to run the suite against another commit).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.GOAL_LINT_PREVIEW_DIR) return;
  process.env.GOAL_LINT_PREVIEW_DIR = await buildPreview();
  process.env.GOAL_LINT_PREVIEW_BUILT = '1';
}
