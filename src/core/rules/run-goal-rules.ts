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
    ...(report.data ? { data: report.data } : {}),
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
  for (const goalSet of goalSets) {
    const parsed = new Map<IndicatorRow, ParsedTarget>();
    const parsedValue = (row: IndicatorRow): ParsedTarget => {
      let p = parsed.get(row);
      if (!p) {
        p = parseTarget(row.value.value, vocabulary, {
          comparator: row.comparator?.value,
          unit: row.unit?.value,
          numberFormat: row.valueNumberFormat ?? undefined,
        });
        parsed.set(row, p);
      }
      return p;
    };
    const setOptions: GoalRuleOptions = { ...options, budgetYear: goalSet.budgetYear ?? options.budgetYear };
    for (const rule of rules) {
      const severity = effectiveSeverity(rule.meta, policy);
      if (severity === 'off') continue;
      const context: GoalRuleContext = {
        goalSet,
        vocabulary,
        options: setOptions,
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
  return onePerCell(findings).sort(compareFindings);
}

/**
 * One problem per cell, the one to fix first (test/fixtures/real/REVIEWING.md): template text before the
 * work stated as the goal, before a repeat, an unrelated indicator, an unmeasurable value, its format and
 * its range. A cell's second problem is usually the first one seen again (a duplicated slogan is also
 * unmeasurable). Whole-project findings (missing 满意度 …) point at a table cell only to be found, and
 * advice (info) is kept as it is.
 */
const CELL_PRECEDENCE: readonly string[] = [
  'goal/placeholder',
  'goal/work-as-goal',
  'goal/duplicate-indicator',
  'goal/irrelevant',
  'goal/unquantified',
  'goal/value-format',
  'goal/value-out-of-range',
  'goal/hierarchy',
  'goal/funds-mismatch',
  'goal/overall-goal-incomplete',
];

function onePerCell(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  const rank = (f: Finding) => CELL_PRECEDENCE.indexOf(f.ruleId);
  for (const f of findings) {
    if (f.severity === 'info' || rank(f) < 0) continue;
    const key = `${f.sheet}|${f.cell}`;
    const held = best.get(key);
    if (!held || rank(f) < rank(held)) best.set(key, f);
  }
  return findings.filter((f) => f.severity === 'info' || rank(f) < 0 || best.get(`${f.sheet}|${f.cell}`) === f);
}
