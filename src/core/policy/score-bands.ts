import { z } from 'zod';

const line = z.number().min(0, '分数线须在 0–100 之间').max(100, '分数线须在 0–100 之间');

/**
 * Score lines of a four-step grade (优/良/中/差: evaluation results and goal review alike): the lowest score
 * of each of the top three; a score exactly on a line belongs to the higher grade. `order` is the message
 * when the lines are not in order, worded with the grade names of its section; `defaults` the section's lines.
 */
export function scoreBandsSchema(order: string, defaults: { excellent: number; good: number; pass: number } = { excellent: 90, good: 80, pass: 60 }) {
  return z
    .object({
      excellent: line.default(defaults.excellent),
      good: line.default(defaults.good),
      pass: line.default(defaults.pass),
    })
    .strict()
    .refine((b) => b.excellent > b.good && b.good > b.pass, { message: order });
}

export type ScoreBands = z.infer<ReturnType<typeof scoreBandsSchema>>;
export type BandKey = 'excellent' | 'good' | 'pass' | 'poor';

/** score → grade by the bands; a score exactly on a line belongs to the higher grade. */
export function bandOf(score: number, bands: ScoreBands): BandKey {
  if (score >= bands.excellent) return 'excellent';
  if (score >= bands.good) return 'good';
  if (score >= bands.pass) return 'pass';
  return 'poor';
}
