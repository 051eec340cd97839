import { z } from 'zod';
import { goalPolicySchema } from './goal-policy';
import { layoutPolicySchema } from './layout-policy';
import { evaluationPolicySchema } from '../evaluation/policy';
import { monitoringPolicySchema } from '../monitoring/policy';
import { reviewPolicySchema } from '../review/policy';
import { RULE_IDS } from '../rules/rule-ids';

// Validation messages in Chinese: the people reading them are clerks and bureau staff.
z.config(z.locales.zhCN());

const severitySetting = z.enum(['off', 'error', 'warning', 'info']);

/**
 * The policy document: the same JSON for `--policy FILE`, the pane's settings and the workbook's stored
 * settings. Every field is optional; defaults are built in. Unknown fields are errors (typos must not be
 * silently ignored by a finance bureau's configuration).
 */
export const policySchema = z
  .object({
    $schema: z.string().optional(),
    /** Rule id → off | error | warning | info. */
    rules: z.partialRecord(z.enum(RULE_IDS as [string, ...string[]]), severitySetting).default({}),
    // prefault, not default: zod 4 returns a default as is, so the sections' own defaults would be skipped.
    goal: goalPolicySchema.prefault({}),
    evaluation: evaluationPolicySchema.prefault({}),
    monitoring: monitoringPolicySchema.prefault({}),
    review: reviewPolicySchema.prefault({}),
    /** Layout hints for tables the recogniser could not settle (header row, which column is which). */
    layout: layoutPolicySchema.prefault({}),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type SeveritySetting = z.infer<typeof severitySetting>;

export class PolicyError extends Error {
  constructor(
    message: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}

/** Validates a policy document; a bad one throws a PolicyError naming each bad field. */
export function parsePolicy(input: unknown, source = '策略配置'): Policy {
  const result = policySchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(根)',
    message: i.message,
  }));
  const lines = issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  throw new PolicyError(`${source} 无效 (invalid policy):\n${lines}`, issues);
}

export function defaultPolicy(): Policy {
  return parsePolicy({});
}
