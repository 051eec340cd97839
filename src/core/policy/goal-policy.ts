import { z } from 'zod';

/** Add to or remove from a built-in word list. */
export const listEditSchema = z
  .object({
    add: z.array(z.string().min(1)).default([]),
    remove: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type ListEdit = z.infer<typeof listEditSchema>;

export const goalPolicySchema = z
  .object({
    /** Budget year for deadline checks when the sheet does not state one. */
    budgetYear: z.number().int().min(2000).max(2100).optional(),
    vocabulary: z
      .object({
        vagueWords: listEditSchema.optional(),
        workAsGoal: listEditSchema.optional(),
        placeholders: listEditSchema.optional(),
        standardMarkers: listEditSchema.optional(),
        preConstructionMarkers: listEditSchema.optional(),
        finishedFacilityEffects: listEditSchema.optional(),
        /** Per sector name; a new sector name adds a sector. */
        sectors: z.record(z.string().min(1), listEditSchema).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();
