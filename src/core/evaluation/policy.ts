import { z } from 'zod';

/** Grading bands, adjustment rates and texts (domain.md §5–6). Owned by the evaluation module. */
export const evaluationPolicySchema = z.object({}).strict();
