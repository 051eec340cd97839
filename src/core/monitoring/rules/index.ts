import { executionOverBudget } from './execution-over-budget';
import { invalidAmount } from './invalid-amount';
import { missingDeviationReason } from './missing-deviation-reason';
import { monthUnknown } from './month-unknown';
import { projectionNotNumber } from './projection-not-number';
import type { MonitorRule } from './types';

/** Every monitoring rule (ids in src/core/rules/rule-ids.ts and the README's rule table). */
export const MONITOR_RULES: readonly MonitorRule[] = [monthUnknown, invalidAmount, executionOverBudget, projectionNotNumber, missingDeviationReason];
