import { Grid } from '../../../src/core/grid/grid';
import { analyseTable } from '../../../src/core/monitoring/analyse';
import { detectMonitoringTables } from '../../../src/core/monitoring/layout';
import { monitoringSettings } from '../../../src/core/monitoring/policy';
import { runMonitorRules } from '../../../src/core/monitoring/rules/run-monitor-rules';
import type { MonitorRule } from '../../../src/core/monitoring/rules/types';
import { parsePolicy } from '../../../src/core/policy/policy';
import { resolveVocabulary } from '../../../src/core/vocab/resolve';
import { describeRuleCases } from '../../helpers/rule-tester';

import type { InvalidCase, ValidCase } from '../../helpers/rule-tester';

export type { InvalidCase, ValidCase };

/**
 * ESLint's RuleTester for monitoring rules: each case runs detection and the row analysis on a real
 * sheet snapshot, then this rule alone; `valid` cases must report nothing, `invalid` ones exactly `errors`.
 */
export function runMonitorRuleTests(rule: MonitorRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const run = (c: ValidCase) => {
    const policy = parsePolicy(c.policy ?? {});
    const settings = monitoringSettings(policy.monitoring);
    const grid = new Grid(c.sheet);
    const tables = detectMonitoringTables(grid, settings);
    if (tables.length === 0) throw new Error(`case "${c.name}": no monitoring table detected`);
    return tables.flatMap((t) => runMonitorRules([rule], analyseTable(grid, t, resolveVocabulary(policy), settings), grid.name, policy, 'zh'));
  };
  describeRuleCases(rule, /^monitor\/[a-z0-9-]+$/, cases, run);
}
