import { scanGoalSheet, type GoalScan } from './layout/detect-goal-sets';
import { compareFindings } from './findings';
import { GOAL_RULES } from './rules/goal';
import { goalTableUnrecognisedMeta } from './rules/layout/goal-table-unrecognised';
import { effectiveSeverity, runGoalRules, toFinding } from './rules/run-goal-rules';
import type { SheetHandler } from './sheet-kinds';
import { resolveVocabulary } from './vocab/resolve';

/** Goal sheets: every goal set read by the recogniser, and the tables it saw but could not read. */
export const goalHandler: SheetHandler<GoalScan> = {
  kind: 'goal',
  detect(grid, { policy }) {
    const scan = scanGoalSheet(grid, policy.layout.goal);
    return scan.sets.length || scan.issues.length ? scan : null;
  },
  check(scan, grid, { policy, locale }) {
    const findings = runGoalRules(GOAL_RULES, scan.sets, policy, resolveVocabulary(policy), locale);
    const severity = effectiveSeverity(goalTableUnrecognisedMeta, policy);
    if (severity === 'off' || scan.issues.length === 0) return findings; // runGoalRules returns them sorted
    for (const issue of scan.issues) findings.push(toFinding(goalTableUnrecognisedMeta, severity, grid.name, issue, locale));
    return findings.sort(compareFindings);
  },
};
