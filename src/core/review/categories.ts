/**
 * The review's breakdown: the deck's three principles (全面性, 相关性, 可衡量性) plus funds (适当性 in
 * 财预〔2015〕88号: money matching the goals) and form (完整性 of the form itself: names, levels, duplicates).
 */
export const CATEGORY_KEYS = ['completeness', 'relevance', 'measurability', 'funds', 'form'] as const;
export type CategoryKey = (typeof CATEGORY_KEYS)[number];

/**
 * Default principle of each finding, by `ruleId:messageId` first, then by `ruleId`. A rule reporting
 * different things (a blank goal is incompleteness, a template value is unmeasurable) is split by message.
 * The policy's `review.categories` overrides by rule id. Ids not listed count under form.
 */
export const DEFAULT_CATEGORIES: Readonly<Record<string, CategoryKey>> = {
  'goal/missing-satisfaction': 'completeness',
  'goal/missing-benefit': 'completeness',
  'goal/missing-output-dimension': 'completeness',
  'goal/overall-goal-incomplete': 'completeness',
  'goal/work-as-goal': 'measurability',
  'goal/work-as-goal:goal': 'completeness',
  'goal/unquantified': 'measurability',
  'goal/placeholder': 'measurability',
  'goal/placeholder:blankGoal': 'completeness',
  'goal/placeholder:goalTemplate': 'completeness',
  'goal/placeholder:blankProject': 'form',
  'goal/placeholder:projectTemplate': 'form',
  'goal/placeholder:blankName': 'form',
  'goal/placeholder:nameTemplate': 'measurability',
  'goal/value-format': 'measurability',
  'goal/value-out-of-range': 'measurability',
  'goal/value-out-of-range:costAboveFunds': 'funds',
  'goal/value-format:costUnit': 'funds',
  'goal/value-format:amountAsName': 'funds',
  'goal/irrelevant': 'relevance',
  'goal/hierarchy': 'form',
  'goal/duplicate-indicator': 'form',
  'goal/funds-mismatch': 'funds',
};

/** The principle a finding counts under: the policy's override for its rule, else the defaults above. */
export function categoryOf(ruleId: string, messageId: string, overrides: Readonly<Partial<Record<string, CategoryKey>>>): CategoryKey {
  return overrides[ruleId] ?? DEFAULT_CATEGORIES[`${ruleId}:${messageId}`] ?? DEFAULT_CATEGORIES[ruleId] ?? 'form';
}
