import { detectGoalSets } from './layout/detect-goal-sets';
import type { GoalSet } from './layout/goal-model';
import { GOAL_RULES } from './rules/goal';
import { runGoalRules } from './rules/run-goal-rules';
import type { SheetHandler } from './sheet-kinds';
import { resolveVocabulary } from './vocab/resolve';

export const goalHandler: SheetHandler<GoalSet[]> = {
  kind: 'goal',
  detect(grid) {
    const sets = detectGoalSets(grid);
    return sets.length ? sets : null;
  },
  check(sets, _grid, { policy, locale }) {
    return runGoalRules(GOAL_RULES, sets, policy, resolveVocabulary(policy), locale);
  },
};
