import type { Severity } from '../../core/findings';
import type { AcceptedMap, PaneFinding } from './types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface RuleGroup {
  /** Sheet (when grouped by sheet), severity and rule: what the pane remembers a group's open/closed state by. */
  readonly key: string;
  readonly ruleId: string;
  readonly findings: readonly PaneFinding[];
  /** Findings of this group not accepted yet (what 全部接受 accepts). */
  readonly open: readonly PaneFinding[];
}

export interface SeverityGroup {
  readonly key: string;
  readonly severity: Severity;
  readonly count: number;
  readonly rules: readonly RuleGroup[];
}

export interface SheetGroup {
  /** null: not grouped by sheet (one sheet checked). */
  readonly sheet: string | null;
  readonly count: number;
  readonly severities: readonly SeverityGroup[];
}

export interface VisibleFindings {
  readonly sheets: readonly SheetGroup[];
  /** Open findings (not accepted) that pass the rule filter. */
  readonly openCount: number;
  readonly acceptedCount: number;
  /** Every finding shown, in the order the list shows them (groups expanded). */
  readonly ordered: readonly PaneFinding[];
}

/**
 * Sheet (when checking the workbook), then severity, then rule (rules in order of first appearance,
 * which follows the sheet), then the findings in sheet order. Accepted findings are left out unless
 * asked for.
 */
export function groupFindings(
  findings: readonly PaneFinding[],
  accepted: AcceptedMap,
  ruleFilter: string | null,
  showAccepted: boolean,
  bySheet = false,
): VisibleFindings {
  let openCount = 0;
  let acceptedCount = 0;
  const tree = new Map<string | null, Map<Severity, Map<string, PaneFinding[]>>>();
  for (const f of findings) {
    if (ruleFilter && f.ruleId !== ruleFilter) continue;
    const isAccepted = f.key in accepted;
    if (isAccepted) acceptedCount++;
    else openCount++;
    if (isAccepted && !showAccepted) continue;
    const sheetKey = bySheet ? f.sheet : null;
    const severities = tree.get(sheetKey) ?? new Map<Severity, Map<string, PaneFinding[]>>();
    const rules = severities.get(f.severity) ?? new Map<string, PaneFinding[]>();
    const list = rules.get(f.ruleId) ?? [];
    list.push(f);
    rules.set(f.ruleId, list);
    severities.set(f.severity, rules);
    tree.set(sheetKey, severities);
  }
  const ordered: PaneFinding[] = [];
  const sheets = [...tree.entries()].map(([sheet, severities]) => {
    const groups = SEVERITIES.filter((s) => severities.has(s)).map((severity) => {
      const severityKey = `${sheet ?? ''}\u0000${severity}`;
      const rules = [...severities.get(severity)!.entries()].map(([ruleId, list]) => {
        ordered.push(...list);
        return { key: `${severityKey}\u0000${ruleId}`, ruleId, findings: list, open: list.filter((f) => !(f.key in accepted)) };
      });
      return { key: severityKey, severity, count: rules.reduce((n, r) => n + r.findings.length, 0), rules };
    });
    return { sheet, count: groups.reduce((n, g) => n + g.count, 0), severities: groups };
  });
  return { sheets, openCount, acceptedCount, ordered };
}

/** Open (not accepted) findings per rule, most frequent first: the summary chart's bars and the filter's options. */
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

/** Findings a list shows collapsed by default above this many: a 5,000-row sheet opens as headers. */
export const COLLAPSE_ABOVE = 60;
