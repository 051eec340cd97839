/**
 * Every rule id a finding may carry (contracts.md §1, plus additions listed in the README).
 * The policy validator accepts exactly these; each id's behaviour lives in one module.
 */
export const RULE_IDS: readonly string[] = [
  'goal/missing-satisfaction',
  'goal/missing-benefit',
  'goal/missing-output-dimension',
  'goal/work-as-goal',
  'goal/unquantified',
  'goal/placeholder',
  'goal/value-format',
  'goal/value-out-of-range',
  'goal/hierarchy',
  'goal/duplicate-indicator',
  'goal/funds-mismatch',
  'goal/overall-goal-incomplete',
  'goal/irrelevant',
  'eval/invalid-score',
  'eval/grade-mismatch',
  'eval/invalid-base',
  'eval/no-base-column',
  'eval/unscorable',
  'eval/weights-total',
  'eval/target-too-low',
  'eval/vague-target',
  'monitor/month-unknown',
  'monitor/invalid-amount',
  'monitor/execution-over-budget',
  'monitor/projection-not-number',
  'monitor/missing-deviation-reason',
  'layout/goal-table-unrecognised',
];
