import { z } from 'zod';
import { goalPolicySchema } from './goal-policy';
import { evaluationPolicySchema } from '../evaluation/policy';
import { monitoringPolicySchema } from '../monitoring/policy';
import { RULE_IDS } from '../rules/rule-ids';
import type { Locale } from '../findings';

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

const PRE_CHECK = {
  zh: { proto: '不允许使用键名 __proto__（它会被忽略，或改变配置的结构）', infinite: '数值超出范围（如 1e400）：请填写普通的数字', invalid: '无效', root: '(根)' },
  en: { proto: 'the key __proto__ is not allowed (it would be ignored or change the structure)', infinite: 'the number is out of range (such as 1e400): enter an ordinary number', invalid: 'is not valid', root: '(root)' },
} as const;

/**
 * What the schema cannot see: a "__proto__" key (an own key after JSON.parse, which an object built from it
 * silently drops) and a number JSON.parse turned into Infinity (1e400). Reported with their paths.
 */
function preCheck(input: unknown, locale: Locale): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'number' && !Number.isFinite(v)) issues.push({ path: path.join('.'), message: PRE_CHECK[locale].infinite });
    if (typeof v !== 'object' || v === null) return;
    for (const key of Object.keys(v)) {
      if (key === '__proto__') issues.push({ path: [...path, key].join('.'), message: PRE_CHECK[locale].proto });
      else walk((v as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(input, []);
  return issues.map((i) => ({ ...i, path: i.path || PRE_CHECK[locale].root }));
}

/** Validates a policy document; a bad one throws a PolicyError naming each bad field, in the language of the run. */
export function parsePolicy(input: unknown, source = '策略配置', locale: Locale = 'zh'): Policy {
  const early = preCheck(input, locale);
  const result = early.length ? null : policySchema.safeParse(input ?? {}, { error: (locale === 'en' ? z.locales.en() : z.locales.zhCN()).localeError });
  if (result?.success) return result.data;
  const issues = early.length
    ? early
    : result!.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || PRE_CHECK[locale].root,
        message: i.message,
      }));
  const lines = issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
  throw new PolicyError(locale === 'en' ? `${source} is not valid:\n${lines}` : `${source} 无效 (invalid policy):\n${lines}`, issues);
}

export function defaultPolicy(): Policy {
  return parsePolicy({});
}
