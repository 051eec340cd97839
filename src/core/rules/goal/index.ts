import type { GoalRule } from '../types';

/** Every goal rule, one module each (see the files beside this one). */
export const GOAL_RULES: readonly GoalRule[] = [];
