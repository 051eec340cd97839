import { z } from 'zod';

/**
 * Layout hints: the user settles a table the recogniser could not (or read wrongly). One hint per goal
 * table: which row holds its header and which column is which, by letter, as Excel shows them. The task
 * pane's "这张表的列" step writes the same hint into the workbook's settings.
 */
const column = z
  .string()
  .regex(/^[A-Za-z]{1,3}$/, '列须写成字母，如 D')
  .transform((s) => s.toUpperCase());

export const goalLayoutHintSchema = z
  .object({
    /** The sheet the hint is for; omitted: every sheet whose header row matches. */
    sheet: z.string().min(1).optional(),
    /** 1-based row of the indicator header (the lowest header row when the header takes two). */
    headerRow: z.number().int().min(1).max(1_048_576),
    columns: z
      .object({
        level1: column.optional(),
        level2: column.optional(),
        name: column,
        value: column,
        unit: column.optional(),
        comparator: column.optional(),
        valueType: column.optional(),
        projectName: column.optional(),
      })
      .strict(),
  })
  .strict();

export type GoalLayoutHint = z.infer<typeof goalLayoutHintSchema>;

export const layoutPolicySchema = z
  .object({
    goal: z.array(goalLayoutHintSchema).default([]),
  })
  .strict();

export type LayoutPolicy = z.infer<typeof layoutPolicySchema>;
