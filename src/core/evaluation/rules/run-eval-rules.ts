import { compareFindings, type Finding, type Locale } from '../../findings';
import type { Policy } from '../../policy/policy';
import { effectiveSeverity, toFinding } from '../../rules/run-goal-rules';
import type { EvalRule } from './types';

/** Runs evaluation rules over one detected table; severities (and 'off') come from the policy. */
export function runEvalRules<C>(rules: readonly EvalRule<C>[], context: C, sheet: string, policy: Policy, locale: Locale): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = effectiveSeverity(rule.meta, policy);
    if (severity === 'off') continue;
    rule.check({ ...context, report: (r) => findings.push(toFinding(rule.meta, severity, sheet, r, locale)) });
  }
  return findings.sort(compareFindings);
}
