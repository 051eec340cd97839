import { promises as fs } from 'fs';

export default async function globalTeardown(): Promise<void> {
  if (process.env.GOAL_LINT_PREVIEW_BUILT && process.env.GOAL_LINT_PREVIEW_DIR) await fs.rm(process.env.GOAL_LINT_PREVIEW_DIR, { recursive: true, force: true });
}
