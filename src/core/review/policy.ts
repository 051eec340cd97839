import { z } from 'zod';
import { scoreBandsSchema } from '../policy/score-bands';
import { RULE_IDS } from '../rules/rule-ids';
import { CATEGORY_KEYS } from './categories';
import { CONCLUSION_KEYS, OPINION_KEYS } from './texts';

/**
 * The bureau review (审核): how findings become a score and a conclusion, and the texts of the opinions.
 * Bands and weights are our defaults, not a national rule (财预〔2015〕88号 names the grades, not the scores):
 * they are policy, documented in the README.
 */

const points = z.number().min(0, '扣分不能为负').max(100, '扣分不能超过 100');
const ruleId = z.enum(RULE_IDS as [string, ...string[]]);
const opinionKey = z.enum([...new Set([...OPINION_KEYS, ...RULE_IDS])] as [string, ...string[]]);
const text = z.string().min(1);

/**
 * Lowest score of 优, 良 and 中; a score exactly on a line belongs to the higher grade; below 中 is 差.
 * 90 / 75 / 60 by default: calibrated on the published goal tables of the corpus (README, 审核).
 */
const bandsSchema = scoreBandsSchema('审核分数线须满足 优 > 良 > 中（例如 90 / 75 / 60）', { excellent: 90, good: 75, pass: 60 });

const weightsSchema = z
  .object({
    completeness: points.default(30),
    relevance: points.default(20),
    measurability: points.default(30),
    funds: points.default(10),
    form: points.default(10),
  })
  .strict()
  .refine((w) => Math.abs(CATEGORY_KEYS.reduce((n, k) => n + w[k], 0) - 100) < 1e-9, { message: '各项权重之和须为 100' });

const textsOverrideSchema = z
  .object({
    opinions: z.partialRecord(opinionKey, text).default({}),
    fallback: text.optional(),
    noProblems: text.optional(),
    conclusions: z.partialRecord(z.enum([...CONCLUSION_KEYS, 'excellentWithItems']), text).default({}),
    conclusionNames: z.partialRecord(z.enum(CONCLUSION_KEYS), text).default({}),
    categories: z.partialRecord(z.enum(CATEGORY_KEYS), text).default({}),
    problems: z.partialRecord(ruleId, text).default({}),
    unnamedProject: text.optional(),
  })
  .strict();

export const reviewPolicySchema = z
  .object({
    bands: bandsSchema.prefault({}),
    /** Points of each principle; they add up to 100. */
    weights: weightsSchema.prefault({}),
    /** Points a finding takes off its principle, by the severity the policy gives its rule. */
    deductions: z.object({ error: points.default(10), warning: points.default(3), info: points.default(0) }).strict().prefault({}),
    /**
     * A problem is weighed once per kind, as an opinion names it once: in a project, the further findings of
     * one rule take `factor` of their points each, and the rule takes at most `cap` times its largest deduction.
     */
    repeats: z
      .object({
        factor: z.number().min(0, '重复扣分比例须在 0–1 之间').max(1, '重复扣分比例须在 0–1 之间').default(0.5),
        cap: z.number().min(1, '同类问题扣分上限须不小于 1 倍').max(100, '同类问题扣分上限过大').default(2),
      })
      .strict()
      .prefault({}),
    /** 优 means the goals meet every requirement: a project with an error-severity finding is at most 良. */
    excellentNeedsNoErrors: z.boolean().default(true),
    /** Points per finding of one rule, instead of its severity's. */
    ruleDeductions: z.partialRecord(ruleId, points).default({}),
    /** The principle a rule's findings count under, instead of the built-in one. */
    categories: z.partialRecord(ruleId, z.enum(CATEGORY_KEYS)).default({}),
    /** Texts per language; each field replaces the built-in text of the same key. */
    texts: z.object({ zh: textsOverrideSchema.prefault({}), en: textsOverrideSchema.prefault({}) }).strict().prefault({}),
  })
  .strict();

export type ReviewPolicy = z.infer<typeof reviewPolicySchema>;
