import { z } from 'zod';

/** The roles a hint can name, in the order a goal table shows them. */
export const GOAL_HINT_ROLES = ['level1', 'level2', 'name', 'value', 'unit', 'comparator', 'valueType', 'projectName'] as const;

/** Reported on the later of two items given the same column (the pane words it by the other item). */
export const SAME_COLUMN_MESSAGE = '这一列已经指定给另一项，每一项须在不同的列';

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
  .strict()
  .superRefine(
    (hint, ctx) => {
      // One column cannot be two things: the later role that repeats a letter is the one reported.
      const columns: Partial<Record<string, unknown>> = typeof hint.columns === 'object' && hint.columns !== null ? hint.columns : {};
      const seen = new Set<string>();
      for (const role of GOAL_HINT_ROLES) {
        const letter = columns[role];
        if (typeof letter !== 'string' || !letter) continue;
        if (seen.has(letter.toUpperCase())) ctx.addIssue({ code: 'custom', message: SAME_COLUMN_MESSAGE, path: ['columns', role] });
        seen.add(letter.toUpperCase());
      }
    },
    // Also when another field is wrong (a blank header row): every mistake shows at once.
    { when: () => true },
  );

export type GoalLayoutHint = z.infer<typeof goalLayoutHintSchema>;

export const layoutPolicySchema = z
  .object({
    goal: z.array(goalLayoutHintSchema).default([]),
  })
  .strict();

export type LayoutPolicy = z.infer<typeof layoutPolicySchema>;

/**
 * The hints that apply to a sheet, by 0-based header row: a hint naming the sheet wins over one for every
 * sheet at the same row; among equals, the later one (as a policy document reads, the last word counts).
 * The recogniser applies these, and the pane's "这张表的列" step starts from them.
 */
export function hintsForSheet(hints: readonly GoalLayoutHint[], sheet: string): Map<number, GoalLayoutHint> {
  const out = new Map<number, GoalLayoutHint>();
  for (const h of hints) if (!h.sheet) out.set(h.headerRow - 1, h);
  for (const h of hints) if (h.sheet === sheet) out.set(h.headerRow - 1, h);
  return out;
}
