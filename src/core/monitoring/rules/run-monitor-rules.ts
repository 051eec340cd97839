import { compareFindings, type Finding, type Locale } from '../../findings';
import type { Policy } from '../../policy/policy';
import { effectiveSeverity, toFinding } from '../../rules/run-goal-rules';
import type { TableAnalysis } from '../analyse';
import type { MonitorRule } from './types';

/** Runs monitoring rules over one analysed table; severities (and 'off') come from the policy. */
export function runMonitorRules(rules: readonly MonitorRule[], analysis: TableAnalysis, sheet: string, policy: Policy, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule.meta, policy);
    if (severity === 'off') continue;
    rule.check({ analysis, report: (r) => findings.push(toFinding(rule.meta, severity, sheet, r, locale)) });
  }
  return findings.sort(compareFindings);
}
