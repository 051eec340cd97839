import { z } from 'zod';
import { goalPolicySchema } from './goal-policy';
import { layoutPolicySchema, SAME_COLUMN_MESSAGE } from './layout-policy';
import { evaluationPolicySchema } from '../evaluation/policy';
import { monitoringPolicySchema } from '../monitoring/policy';
import { reviewPolicySchema } from '../review/policy';
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
    review: reviewPolicySchema.prefault({}),
    /** Layout hints for tables the recogniser could not settle (header row, which column is which). */
    layout: layoutPolicySchema.prefault({}),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type SeveritySetting = z.infer<typeof severitySetting>;

/** One bad field: `message` in Chinese (what the CLI prints), `en` the same in English for the pane. */
export interface PolicyIssue {
  readonly path: string;
  readonly message: string;
  readonly en: string;
}

export class PolicyError extends Error {
  constructor(
    message: string,
    readonly issues: readonly PolicyIssue[],
  ) {
    super(message);
    this.name = 'PolicyError';
  }
}

/** English for the schemas' own Chinese messages; zod's English locale words the rest. */
const CUSTOM_EN: Readonly<Record<string, string>> = {
  '调整比例不能低于 -100%': 'an adjustment rate cannot be below -100%',
  '调整比例不能超过 100%': 'an adjustment rate cannot be above 100%',
  '须在 0 到 1 之间': 'must be between 0 and 1',
  '分数线须在 0–100 之间': 'a grade band must be between 0 and 100',
  '等级分数线须满足 优秀 > 良好 > 合格（例如 90 / 80 / 60）': 'grade bands must satisfy excellent > good > pass (e.g. 90 / 80 / 60)',
  '须满足 达成 ≥ 部分达成 ≥ 未达成': 'must satisfy met ≥ partly met ≥ not met',
  '审核分数线须满足 优 > 良 > 中（例如 90 / 75 / 60）': 'review bands must satisfy excellent > good > fair (e.g. 90 / 75 / 60)',
  '扣分不能为负': 'points cannot be negative',
  '扣分不能超过 100': 'points cannot exceed 100',
  '各项权重之和须为 100': 'the weights must add up to 100',
  '重复扣分比例须在 0–1 之间': 'the factor for repeated findings must be between 0 and 1',
  '同类问题扣分上限须不小于 1 倍': 'the cap for one kind of problem must be at least 1 (times its points)',
  '同类问题扣分上限过大': 'the cap for one kind of problem is too large',
  '红色预警线（strong）不能小于黄色预警线（tolerance）': 'the red line (strong) cannot be below the yellow line (tolerance)',
  '黄色预警线（yellow）不能小于红色预警线（red）': 'the yellow line (yellow) cannot be below the red line (red)',
  '月份须在 1–12 之间': 'the month must be between 1 and 12',
  '列须写成字母，如 D': 'a column is written as letters, e.g. D',
  [SAME_COLUMN_MESSAGE]: 'this column is already given to another item; each item needs its own column',
};

const EN_LOCALE = z.locales.en();

function englishMessage(issue: z.core.$ZodIssue): string {
  const custom = CUSTOM_EN[issue.message];
  if (custom) return custom;
  const en = EN_LOCALE.localeError(issue as unknown as z.core.$ZodRawIssue);
  return typeof en === 'string' ? en : (en?.message ?? issue.message);
}

const PRE_CHECK = {
  proto: { zh: '不允许使用键名 __proto__（它会被忽略，或改变配置的结构）', en: 'the key __proto__ is not allowed (it would be ignored or change the structure)' },
  infinite: { zh: '数值超出范围（如 1e400）：请填写普通的数字', en: 'the number is out of range (such as 1e400): enter an ordinary number' },
} as const;

/**
 * What the schema cannot see: a "__proto__" key (an own key after JSON.parse, which an object built from it
 * silently drops) and a number JSON.parse turned into Infinity (1e400). Reported with their paths.
 */
function preCheck(input: unknown): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const walk = (v: unknown, path: string[]) => {
    if (typeof v === 'number' && !Number.isFinite(v)) issues.push({ path: path.join('.') || '(根)', message: PRE_CHECK.infinite.zh, en: PRE_CHECK.infinite.en });
    if (typeof v !== 'object' || v === null) return;
    for (const key of Object.keys(v)) {
      if (key === '__proto__') issues.push({ path: [...path, key].join('.'), message: PRE_CHECK.proto.zh, en: PRE_CHECK.proto.en });
      else walk((v as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk(input, []);
  return issues;
}

/** Validates a policy document; a bad one throws a PolicyError naming each bad field, in the language of the run. */
export function parsePolicy(input: unknown, source = '策略配置', locale: Locale = 'zh'): Policy {
  let issues: PolicyIssue[] = preCheck(input);
  if (issues.length === 0) {
    // reportInput: zod's English wording of an issue needs the value that failed (e.g. "received string").
    const result = policySchema.safeParse(input ?? {}, { reportInput: true });
    if (result.success) return result.data;
    issues = result.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(根)',
      message: i.message,
      en: englishMessage(i),
    }));
  }
  const lines = issues.map((i) => `  ${locale === 'en' && i.path === '(根)' ? '(root)' : i.path}: ${locale === 'en' ? i.en : i.message}`).join('\n');
  throw new PolicyError(locale === 'en' ? `${source} is not valid:\n${lines}` : `${source} 无效 (invalid policy):\n${lines}`, issues);
}

let defaults: Policy | undefined;

/**
 * The default policy, parsed once and frozen: one object for every check that brings no policy of its
 * own, so the matchers and memos built per policy (keyed on its parts) are built once, not on every sheet.
 * Frozen so that no caller can change it for the others (a write throws).
 */
export function defaultPolicy(): Policy {
  return (defaults ??= deepFreeze(parsePolicy({})));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
