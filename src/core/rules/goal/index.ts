import type { GoalRule } from '../types';
import { duplicateIndicator } from './duplicate-indicator';
import { fundsMismatch } from './funds-mismatch';
import { hierarchy } from './hierarchy';
import { irrelevant } from './irrelevant';
import { missingBenefit } from './missing-benefit';
import { missingOutputDimension } from './missing-output-dimension';
import { missingSatisfaction } from './missing-satisfaction';
import { overallGoalIncomplete } from './overall-goal-incomplete';
import { placeholder } from './placeholder';
import { unquantified } from './unquantified';
import { valueFormat } from './value-format';
import { valueOutOfRange } from './value-out-of-range';
import { workAsGoal } from './work-as-goal';

/** Every goal rule, one module each. Order only affects the order of findings on the same cell. */
export const GOAL_RULES: readonly GoalRule[] = [
  placeholder,
  workAsGoal,
  unquantified,
  valueFormat,
  valueOutOfRange,
  hierarchy,
  duplicateIndicator,
  fundsMismatch,
  missingSatisfaction,
  missingBenefit,
  missingOutputDimension,
  overallGoalIncomplete,
  irrelevant,
];
