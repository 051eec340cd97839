import Big from 'big.js';
import { fillPlaceholders } from '../findings';
import { gradeName } from './grades';
import { decimal, percentText } from './money';
import type { ExcellentChoice, EvaluationPolicy, GradeKey } from './policy';

/** Whether the row records 绩效突出: yes, no, or not recorded (no column, blank or unreadable cell). */
export type Outstanding = 'yes' | 'no' | 'unrecorded';
/** 评价类型: 过程评价, 结果评价, or not stated. */
export type EvaluationType = 'process' | 'result' | 'unknown';

/** Which line of the county's table (domain.md §6) set the rate. */
export type RateTier = 'excellentOutstanding' | 'good' | 'pass' | 'poor' | 'none';

export interface AdjustmentInput {
  readonly grade: GradeKey;
  readonly outstanding: Outstanding;
  readonly evaluationType: EvaluationType;
  /** The base column's label as the sheet writes it, for the text (上年度年初预算项目经费 …). */
  readonly baseLabel: string;
  /** Notes on how the grade was reached (e.g. typed without a score), shown in the text's brackets. */
  readonly gradeNotes?: readonly string[];
}

export interface Adjustment {
  readonly grade: GradeKey;
  readonly tier: RateTier;
  /** The adjustment ratio, exact (0.1 for +10%). */
  readonly ratio: Big;
  /** The 结果应用 text: grade, the rule that applied, and the follow-up. */
  readonly text: string;
}

function choiceTier(choice: ExcellentChoice): RateTier {
  return choice === 'asOutstanding' ? 'excellentOutstanding' : choice === 'asGood' ? 'good' : 'none';
}

function tierRatio(tier: RateTier, rates: EvaluationPolicy['rates']): Big {
  return tier === 'none' ? new Big(0) : decimal(rates[tier]);
}

/**
 * The county's rule (domain.md §6): grade (+ 绩效突出, + 评价类型) → ratio and 结果应用 text. Where the deck
 * is silent (优秀 without 绩效突出 recorded, or recorded as 否) the policy decides, and the text says so.
 */
export function decideAdjustment(input: AdjustmentInput, policy: EvaluationPolicy): Adjustment {
  const { texts } = policy;
  const notes = [...(input.gradeNotes ?? [])];
  let tier: RateTier;
  let label = gradeName(input.grade, policy);
  switch (input.grade) {
    case 'excellent':
      if (input.outstanding === 'yes') {
        tier = 'excellentOutstanding';
        label += texts.outstanding;
      } else if (input.outstanding === 'no') {
        tier = choiceTier(policy.excellentNotOutstanding);
        notes.push(
          { asOutstanding: texts.notOutstandingAsOutstanding, asGood: texts.notOutstandingAsGood, noChange: texts.notOutstandingNoChange }[
            policy.excellentNotOutstanding
          ],
        );
      } else {
        tier = choiceTier(policy.excellentUnrecorded);
        notes.push(
          { asOutstanding: texts.unrecordedAsOutstanding, asGood: texts.unrecordedAsGood, noChange: texts.unrecordedNoChange }[policy.excellentUnrecorded],
        );
      }
      break;
    case 'good':
      tier = 'good';
      break;
    case 'pass':
      tier = 'pass';
      break;
    default:
      tier = 'poor';
  }
  const ratio = tierRatio(tier, policy.rates);
  const data = { base: input.baseLabel, rate: percentText(ratio.abs()) };
  const action = ratio.gt(0) ? fillPlaceholders(texts.increase, data) : ratio.lt(0) ? fillPlaceholders(texts.decrease, data) : texts.noChange;
  const visibleNotes = notes.filter((n) => n.trim() !== '');
  let text = `${label}${visibleNotes.length ? `（${visibleNotes.join('；')}）` : ''}：${action}`;
  const followUp = texts.followUp[input.grade];
  if (followUp) text += `；${followUp}`;
  if (input.grade === 'pass') {
    const byType = input.evaluationType === 'process' ? texts.passProcess : input.evaluationType === 'result' ? texts.passResult : texts.passTypeUnknown;
    if (byType) text += `。${byType}`;
  }
  return { grade: input.grade, tier, ratio, text };
}
