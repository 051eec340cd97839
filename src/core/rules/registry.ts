import { RESULTS_RULES, SELF_EVALUATION_RULES } from '../evaluation/rules';
import { MONITOR_RULES } from '../monitoring/rules';
import { GOAL_RULES } from './goal';
import { goalTableUnrecognisedMeta } from './layout/goal-table-unrecognised';
import type { RuleMeta } from './types';

/** Every rule's meta, in the order the settings list them: one place for the pane and the docs to read. */
export const RULE_METAS: readonly RuleMeta[] = [
  ...GOAL_RULES.map((r) => r.meta),
  goalTableUnrecognisedMeta,
  ...RESULTS_RULES.map((r) => r.meta),
  ...SELF_EVALUATION_RULES.map((r) => r.meta),
  ...MONITOR_RULES.map((r) => r.meta),
];
