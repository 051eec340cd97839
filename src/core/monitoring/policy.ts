import { z } from 'zod';

/**
 * Monitoring (双监控, domain.md §7): how far execution may lag the year before a warning, in either of the
 * two forms deployed systems use, the words of the 完成目标可能性 column, extra header spellings and the
 * texts written into the 预警 column. Owned by the monitoring module.
 */

const words = (defaults: string[]) => z.array(z.string().min(1)).default(defaults);
const share = z.number().min(0, '须在 0 到 1 之间').max(1, '须在 0 到 1 之间');

/** 'gap': warn when execution lags time progress by more than `tolerance` (yellow) / `strong` (red) percentage points. */
const gapSchema = z
  .object({
    /** 0.10 = 10 percentage points. A lag exactly equal to it is not a warning. */
    tolerance: share.default(0.1),
    /** The stronger (red) level; a lag exactly equal to it stays yellow. */
    strong: share.default(0.2),
  })
  .strict()
  .refine((g) => g.strong >= g.tolerance, { message: '红色预警线（strong）不能小于黄色预警线（tolerance）' });

/** 'ratio': execution rate ÷ time progress; red below `red`, yellow from `red` to below `yellow`, green from `yellow`. */
const ratioSchema = z
  .object({
    red: z.number().min(0).max(10).default(0.6),
    yellow: z.number().min(0).max(10).default(0.8),
  })
  .strict()
  .refine((r) => r.yellow >= r.red, { message: '黄色预警线（yellow）不能小于红色预警线（red）' });

/** Words of the 完成目标可能性 column (确定能 / 有可能 / 完全不可能), checked 完全不可能 first. */
const likelihoodSchema = z
  .object({
    certain: words(['确定能', '确定能完成', '确定', '能', '能完成', '肯定能', '可以完成', '能够完成']),
    possible: words(['有可能', '可能', '有可能完成', '基本能', '基本能完成', '较大可能', '不确定']),
    impossible: words(['完全不可能', '不可能', '不能', '不能完成', '无法完成', '完全不能']),
  })
  .strict();

/** Extra header spellings, added to the built-in ones (never replacing them). */
const columnAliasesSchema = z
  .object({
    name: words([]),
    budget: words([]),
    executed: words([]),
    target: words([]),
    actual: words([]),
    projection: words([]),
    likelihood: words([]),
    deviation: words([]),
    warning: words([]),
  })
  .strict();

/**
 * Texts of the 预警 column. {{lag}} is the lag in percentage points ("12.5"), {{ratio}} execution ÷ time
 * progress ("55%"), {{projected}} / {{target}} the values, {{likelihood}} the 完成目标可能性 as written.
 */
const textsSchema = z
  .object({
    /** Written for rows with nothing to warn about; '' writes nothing. */
    normal: z.string().default(''),
    gapYellow: z.string().min(1).default('黄色预警：执行率低于时间进度{{lag}}个百分点'),
    gapRed: z.string().min(1).default('红色预警：执行率低于时间进度{{lag}}个百分点'),
    ratioYellow: z.string().min(1).default('黄色预警：执行进度仅为时间进度的{{ratio}}'),
    ratioRed: z.string().min(1).default('红色预警：执行进度仅为时间进度的{{ratio}}'),
    projectionBelow: z.string().min(1).default('预计完成值{{projected}}低于年度指标值{{target}}'),
    projectionAbove: z.string().min(1).default('预计完成值{{projected}}高于年度指标值{{target}}'),
    projectionLate: z.string().min(1).default('预计完成时间{{projected}}晚于年度指标值{{target}}'),
    likelihoodWithoutReason: z.string().min(1).default('完成目标可能性为"{{likelihood}}"但未填写偏差原因'),
    impossible: z.string().min(1).default('完成目标可能性为"{{likelihood}}"，年度指标预计无法完成'),
    missingReason: z.string().min(1).default('未填写偏差原因'),
    separator: z.string().default('；'),
  })
  .strict();

export const monitoringPolicySchema = z
  .object({
    /**
     * The month N of a 1-N月 monitoring round, used when neither the headers (1-8月执行数, 截至8月底…) nor
     * the sheet title state one. A month stated on the sheet describes its figures and wins.
     */
    month: z.number().int().min(1, '月份须在 1–12 之间').max(12, '月份须在 1–12 之间').optional(),
    mode: z.enum(['gap', 'ratio']).default('gap'),
    gap: gapSchema.prefault({}),
    ratio: ratioSchema.prefault({}),
    likelihood: likelihoodSchema.prefault({}),
    columns: columnAliasesSchema.prefault({}),
    texts: textsSchema.prefault({}),
  })
  .strict();

export type MonitoringPolicy = z.infer<typeof monitoringPolicySchema>;

const RESOLVED = new WeakMap<object, MonitoringPolicy>();

/**
 * The monitoring section with every default applied. The policy document's section may arrive as `{}`
 * (a `.default()` on the section does not run the inner defaults); re-parsing a parsed section is a no-op.
 */
export function monitoringSettings(section: unknown): MonitoringPolicy {
  const key = typeof section === 'object' && section !== null ? section : null;
  const hit = key ? RESOLVED.get(key) : undefined;
  if (hit) return hit;
  const parsed = monitoringPolicySchema.parse(section ?? {});
  if (key) RESOLVED.set(key, parsed);
  return parsed;
}
