import { z } from 'zod';
import { scoreBandsSchema } from '../policy/score-bands';

/**
 * Grading bands, adjustment rates, texts and self-evaluation scoring (domain.md §5–6). Owned by the
 * evaluation module. Every choice the county deck leaves open is a field here, with our default; the
 * 结果应用 text written into the sheet says which choice applied.
 */

export const GRADE_KEYS = ['excellent', 'good', 'pass', 'poor'] as const;
export type GradeKey = (typeof GRADE_KEYS)[number];

const words = (defaults: string[]) => z.array(z.string().min(1)).default(defaults);
const rate = z.number().min(-1, '调整比例不能低于 -100%').max(1, '调整比例不能超过 100%');
const share = z.number().min(0, '须在 0 到 1 之间').max(1, '须在 0 到 1 之间');

/** What an 优秀 row gets when 绩效突出 is not recorded, or recorded as 否. */
const excellentChoice = z.enum(['asOutstanding', 'asGood', 'noChange']);
export type ExcellentChoice = z.infer<typeof excellentChoice>;

/** Lowest score of each grade; a score exactly on a line belongs to the higher grade. */
const bandsSchema = scoreBandsSchema('等级分数线须满足 优秀 > 良好 > 合格（例如 90 / 80 / 60）');

const gradeNamesSchema = z
  .object({
    excellent: z.string().min(1).default('优秀'),
    good: z.string().min(1).default('良好'),
    pass: z.string().min(1).default('合格'),
    poor: z.string().min(1).default('差'),
  })
  .strict();

/** Other spellings accepted when a grade is typed (the national names 优/良/中/差 among them). */
const gradeAliasesSchema = z
  .object({
    excellent: words(['优', '优秀', '优等']),
    good: words(['良', '良好']),
    pass: words(['中', '合格', '中等', '及格']),
    poor: words(['差', '较差', '不合格']),
  })
  .strict();

const ratesSchema = z
  .object({
    excellentOutstanding: rate.default(0.1),
    good: rate.default(0.05),
    pass: rate.default(0),
    poor: rate.default(-0.1),
  })
  .strict();

/** Extra header spellings for a results table, added to the built-in ones (never replacing them). */
const columnAliasesSchema = z
  .object({
    score: words([]),
    grade: words([]),
    outstanding: words([]),
    evaluationType: words([]),
    base: words([]),
    ratio: words([]),
    amount: words([]),
    newBudget: words([]),
    application: words([]),
    name: words([]),
  })
  .strict();

/**
 * Texts of the 结果应用 column. {{base}} is the base column's label as the sheet writes it
 * (上年度年初预算项目经费 …), {{rate}} the percentage ("5%").
 */
const textsSchema = z
  .object({
    outstanding: z.string().default('且绩效突出'),
    increase: z.string().min(1).default('按{{base}}的{{rate}}调增'),
    decrease: z.string().min(1).default('按{{base}}的{{rate}}调减'),
    noChange: z.string().min(1).default('不调整'),
    /** Follow-up written after the adjustment, per grade ('' for none). */
    followUp: z
      .object({
        excellent: z.string().default(''),
        good: z.string().default(''),
        pass: z.string().default('须整改'),
        poor: z.string().default(''),
      })
      .strict()
      .prefault({}),
    passProcess: z.string().default('过程评价项目：整改意见落实期间暂缓拨款及支付'),
    passResult: z.string().default('结果评价项目：安排该部门其他项目资金时，原则上不再具备优先保障资格'),
    passTypeUnknown: z.string().default('未注明评价类型（过程评价/结果评价），请补充后确定后续措施'),
    unrecordedAsOutstanding: z.string().default('未记录是否绩效突出，按绩效突出处理'),
    unrecordedAsGood: z.string().default('未记录是否绩效突出，按良好档调整'),
    unrecordedNoChange: z.string().default('未记录是否绩效突出，不予调整'),
    notOutstandingAsOutstanding: z.string().default('未评为绩效突出，仍按优秀档调整'),
    notOutstandingAsGood: z.string().default('未评为绩效突出，按良好档调整'),
    notOutstandingNoChange: z.string().default('未评为绩效突出，不予调整'),
    gradeAsTyped: z.string().default('无评价得分，按填写的等级'),
  })
  .strict();

const selfEvaluationSchema = z
  .object({
    /** Decimals of the execution-rate score (some systems round it to whole points). */
    executionScoreDecimals: z.number().int().min(0).max(4).default(2),
    /** Decimals of each indicator's score and of the total. */
    indicatorScoreDecimals: z.number().int().min(0).max(4).default(2),
    /** The 分值 of the execution rate when its cell is blank (the template prints 10). */
    defaultExecutionWeight: z.number().min(0).max(100).default(10),
    /** The total the 分值 should add up to. */
    totalWeight: z.number().positive().default(100),
    /**
     * 'lower is better' targets that were overshot: 'proportional' scores 分值 × target ÷ actual;
     * 'linearPenalty' falls linearly to 0 at twice the target.
     */
    overshoot: z.enum(['proportional', 'linearPenalty']).default('proportional'),
    /** Share of the 分值 for a missed deadline (0 = nothing). */
    missedDeadlineShare: share.default(0),
    /** Qualitative bands: 达成 / 部分达成 / 未达成 ≈ 100–80% / 80–60% / 60–0%; one point of each band. */
    qualitativeShares: z
      .object({ met: share.default(1), partial: share.default(0.7), notMet: share.default(0.3) })
      .strict()
      .refine((s) => s.met >= s.partial && s.partial >= s.notMet, { message: '须满足 达成 ≥ 部分达成 ≥ 未达成' })
      .prefault({}),
    /** Words that place a qualitative actual in a band; checked 未达成 first, then 部分达成, then 达成. */
    qualitativeWords: z
      .object({
        met: words(['达成', '完成', '达到', '符合', '合格', '达标', '实现', '按期', '按时', '全覆盖', '有效', '是']),
        partial: words(['部分达成', '部分完成', '部分达到', '部分实现', '基本达成', '基本完成', '基本达到', '基本符合', '基本实现', '大部分']),
        notMet: words(['未达成', '未完成', '未达到', '没有达到', '不符合', '不合格', '未达标', '不达标', '未实现', '未按期', '未按时', '逾期', '否']),
      })
      .strict()
      .prefault({}),
    /** An actual at or above this multiple of a 'higher is better' target gets the eval/target-too-low advice. */
    targetTooLowRatio: z.number().min(1).default(1.2),
  })
  .strict();

export const evaluationPolicySchema = z
  .object({
    bands: bandsSchema.prefault({}),
    gradeNames: gradeNamesSchema.prefault({}),
    gradeAliases: gradeAliasesSchema.prefault({}),
    rates: ratesSchema.prefault({}),
    /** 优秀 where the sheet has no 绩效突出 column, or the cell is blank. */
    excellentUnrecorded: excellentChoice.default('asOutstanding'),
    /** 优秀 where 绩效突出 is recorded as 否. */
    excellentNotOutstanding: excellentChoice.default('asGood'),
    /** Values of the 评价类型 column. */
    evaluationTypes: z
      .object({
        process: words(['过程评价', '过程', '事中评价', '过程绩效评价']),
        result: words(['结果评价', '结果', '事后评价', '完成评价', '结果绩效评价']),
      })
      .strict()
      .prefault({}),
    /** Values of the 是否绩效突出 column. */
    outstandingValues: z
      .object({
        yes: words(['是', '绩效突出', '突出', 'Y', 'YES', 'TRUE', '√', '✓', '✔', '1']),
        no: words(['否', '不突出', '一般', 'N', 'NO', 'FALSE', '×', '✗', '0', '无']),
      })
      .strict()
      .prefault({}),
    columns: columnAliasesSchema.prefault({}),
    texts: textsSchema.prefault({}),
    selfEvaluation: selfEvaluationSchema.prefault({}),
  })
  .strict();

export type EvaluationPolicy = z.infer<typeof evaluationPolicySchema>;
export type SelfEvaluationPolicy = EvaluationPolicy['selfEvaluation'];
