import { compareFindings, fillPlaceholders, type Finding, type Locale, type Severity } from '../findings';
import { toA1 } from '../grid/address';
import type { GoalSet, IndicatorRow } from '../layout/goal-model';
import type { Policy } from '../policy/policy';
import { parseTarget } from '../values/parse-target';
import type { ParsedTarget } from '../values/types';
import type { Vocabulary } from '../vocab/vocabulary';
import type { GoalRule, GoalRuleContext, GoalRuleOptions, Report, RuleMeta } from './types';

/** The severity the policy gives a rule, or 'off'. */
export function effectiveSeverity(meta: RuleMeta, policy: Policy): Severity | 'off' {
  return policy.rules[meta.id] ?? meta.defaultSeverity;
}

/** Renders one report of a rule into a Finding in the requested language. */
export function toFinding(meta: RuleMeta, severity: Severity, sheet: string, report: Report, locale: Locale): Finding {
  const messageId = report.messageId && meta.messages[report.messageId] ? report.messageId : 'default';
  const msg = meta.messages[messageId];
  return {
    ruleId: meta.id,
    messageId,
    severity,
    sheet,
    cell: toA1(report.cell),
    ref: report.cell,
    message: fillPlaceholders(msg.message[locale], report.data),
    hint: fillPlaceholders(msg.hint[locale], report.data),
  };
}

/**
 * Runs goal rules over goal sets. Each row's target is parsed once and shared by every rule; the same
 * rule reporting the same message on the same cell twice counts once.
 */
export function runGoalRules(
  rules: readonly GoalRule[],
  goalSets: readonly GoalSet[],
  policy: Policy,
  vocabulary: Vocabulary,
  locale: Locale = 'zh',
): Finding[] {
  const options: GoalRuleOptions = { budgetYear: policy.goal.budgetYear ?? null };
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // Targets repeat across rows and projects ("≥90%", "100%"); a parse is pure, so one per distinct input.
  const byInput = new Map<string | number, ParsedTarget>();
  const parseCached = (row: IndicatorRow): ParsedTarget => {
    const v = row.value.value;
    const columns = { comparator: row.comparator?.value, unit: row.unit?.value, numberFormat: row.valueNumberFormat ?? undefined };
    if (typeof v !== 'string' && typeof v !== 'number') return parseTarget(v, vocabulary, columns);
    // Single-column forms (the common case) key on the value alone: no string building per row.
    const plain = !columns.comparator && !columns.unit && !columns.numberFormat;
    const key = plain ? (typeof v === 'number' ? v : `s${v}`) : `${typeof v}\u0000${v}\u0000${columns.comparator ?? ''}\u0000${columns.unit ?? ''}\u0000${columns.numberFormat ?? ''}`;
    let p = byInput.get(key);
    if (!p) {
      p = parseTarget(v, vocabulary, columns);
      byInput.set(key, p);
    }
    return p;
  };
  for (const goalSet of goalSets) {
    const parsed = new Map<IndicatorRow, ParsedTarget>();
    const parsedValue = (row: IndicatorRow): ParsedTarget => {
      let p = parsed.get(row);
      if (!p) {
        p = parseCached(row);
        parsed.set(row, p);
      }
      return p;
    };
    for (const rule of rules) {
      const severity = effectiveSeverity(rule.meta, policy);
      if (severity === 'off') continue;
      const context: GoalRuleContext = {
        goalSet,
        vocabulary,
        options: { ...options, budgetYear: goalSet.budgetYear ?? options.budgetYear },
        parsedValue,
        report(report) {
          const f = toFinding(rule.meta, severity, goalSet.sheet, report, locale);
          const key = `${f.ruleId}|${f.cell}|${f.message}`;
          if (seen.has(key)) return;
          seen.add(key);
          findings.push(f);
        },
      };
      rule.check(context);
    }
  }
  return findings.sort(compareFindings);
}
