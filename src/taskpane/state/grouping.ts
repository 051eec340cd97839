import type { Severity } from '../../core/findings';
import type { AcceptedMap, PaneFinding } from './types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface RuleGroup {
  readonly ruleId: string;
  readonly findings: readonly PaneFinding[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly rules: readonly RuleGroup[];
}

export interface VisibleFindings {
  readonly groups: readonly SeverityGroup[];
  /** Open findings (not accepted) that pass the rule filter. */
  readonly openCount: number;
  readonly acceptedCount: number;
}

/**
 * Severity, then rule (rules in order of first appearance, which follows the sheet), then the
 * findings in sheet order. Accepted findings are left out unless asked for.
 */
export function groupFindings(
  findings: readonly PaneFinding[],
  accepted: AcceptedMap,
  ruleFilter: string | null,
  showAccepted: boolean,
): VisibleFindings {
  let openCount = 0;
  let acceptedCount = 0;
  const bySeverity = new Map<Severity, Map<string, PaneFinding[]>>();
  for (const f of findings) {
    if (ruleFilter && f.ruleId !== ruleFilter) continue;
    const isAccepted = f.key in accepted;
    if (isAccepted) acceptedCount++;
    else openCount++;
    if (isAccepted && !showAccepted) continue;
    const rules = bySeverity.get(f.severity) ?? new Map<string, PaneFinding[]>();
    const list = rules.get(f.ruleId) ?? [];
    list.push(f);
    rules.set(f.ruleId, list);
    bySeverity.set(f.severity, rules);
  }
  const groups = SEVERITIES.filter((s) => bySeverity.has(s)).map((severity) => {
    const rules = [...bySeverity.get(severity)!.entries()].map(([ruleId, list]) => ({ ruleId, findings: list }));
    return { severity, count: rules.reduce((n, r) => n + r.findings.length, 0), rules };
  });
  return { groups, openCount, acceptedCount };
}

/** Open (not accepted) findings per rule, most frequent first: the summary chart's bars. */
export function countsByRule(findings: readonly PaneFinding[], accepted: AcceptedMap): { ruleId: string; severity: Severity; count: number }[] {
  const counts = new Map<string, { ruleId: string; severity: Severity; count: number }>();
  for (const f of findings) {
    if (f.key in accepted) continue;
    const c = counts.get(f.ruleId) ?? { ruleId: f.ruleId, severity: f.severity, count: 0 };
    c.count++;
    counts.set(f.ruleId, c);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
}

export function countsBySeverity(findings: readonly PaneFinding[], accepted: AcceptedMap): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!(f.key in accepted)) out[f.severity]++;
  return out;
}
