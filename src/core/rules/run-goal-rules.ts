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
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    ruleId: meta.id,
    messageId,
    severity,
    sheet,
    cell: toA1(report.cell),
    ref: report.cell,
    message: fillPlaceholders(msg.message[locale], report.data),
    hint: fillPlaceholders(msg.hint[locale], report.data),
  };
  // Set after the literal (same key order): a spread inside it takes V8's slow path on every finding.
  if (report.data) finding.data = report.data;
  return finding;
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
  const findings: Finding[] = [];
  // The findings so far on each cell: a repeat is the same rule and message there (a cell holds a few).
  const onCell = new Map<string, Finding[]>();
  const parse = (row: IndicatorRow): ParsedTarget =>
    parseTarget(row.value.value, vocabulary, {
      comparator: row.comparator?.value,
      unit: row.unit?.value,
      numberFormat: row.valueNumberFormat ?? undefined,
    });
  // Parsed targets of the current goal set's rows, by position: rules walk the rows in order, so a row is
  // found a few steps past the last one asked for, with no hashing of row objects. A row asked for out of
  // order is found through an index of the set's rows, made only then; a row of no set is parsed each time.
  let rows: readonly IndicatorRow[] = [];
  let parsedAt: (ParsedTarget | undefined)[] = [];
  let cursor = 0;
  let indexOf: Map<IndicatorRow, number> | null = null;
  const parsedValue = (row: IndicatorRow): ParsedTarget => {
    let i = -1;
    for (let j = cursor, end = Math.min(rows.length, cursor + 64); j < end; j++) {
      if (rows[j] === row) {
        i = j;
        break;
      }
    }
    if (i < 0) {
      indexOf ??= new Map(rows.map((r, at) => [r, at]));
      i = indexOf.get(row) ?? -1;
      if (i < 0) return parse(row);
    }
    cursor = i + 1;
    return (parsedAt[i] ??= parse(row));
  };
  // Options differ between goal sets only by the budget year: one object per year seen.
  const defaultYear = policy.goal.budgetYear ?? null;
  const optionsByYear = new Map<number | null, GoalRuleOptions>();
  const optionsFor = (year: number | null): GoalRuleOptions => {
    let o = optionsByYear.get(year);
    if (!o) optionsByYear.set(year, (o = { budgetYear: year }));
    return o;
  };
  // One context per active rule, made once and pointed at each goal set in turn (rules run synchronously and
  // keep nothing of the context): a summary sheet of thousands of projects makes no closures per project.
  const contexts = rules.flatMap((rule) => {
    const severity = effectiveSeverity(rule.meta, policy);
    if (severity === 'off') return [];
    const context: { goalSet: GoalSet; options: GoalRuleOptions } & GoalRuleContext = {
      goalSet: goalSets[0],
      vocabulary,
      options: optionsFor(defaultYear),
      parsedValue,
      report(report) {
        const f = toFinding(rule.meta, severity, context.goalSet.sheet, report, locale);
        const held = onCell.get(f.cell);
        if (!held) onCell.set(f.cell, [f]);
        else if (held.some((h) => h.ruleId === f.ruleId && h.message === f.message)) return;
        else held.push(f);
        findings.push(f);
      },
    };
    return [{ rule, context }];
  });
  for (const goalSet of goalSets) {
    const options = optionsFor(goalSet.budgetYear ?? defaultYear);
    rows = goalSet.indicators;
    parsedAt = new Array(rows.length);
    indexOf = null;
    for (const { rule, context } of contexts) {
      cursor = 0;
      context.goalSet = goalSet;
      context.options = options;
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

const CELL_RANK = new Map(CELL_PRECEDENCE.map((id, i) => [id, i]));

function onePerCell(findings: Finding[]): Finding[] {
  // A finding's rank and cell key, computed once (-1: kept whatever else is on its cell).
  const keys: (string | null)[] = new Array(findings.length);
  const ranks: number[] = new Array(findings.length);
  const best = new Map<string, number>();
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const rank = f.severity === 'info' ? -1 : (CELL_RANK.get(f.ruleId) ?? -1);
    ranks[i] = rank;
    if (rank < 0) {
      keys[i] = null;
      continue;
    }
    const key = `${f.sheet}|${f.cell}`;
    keys[i] = key;
    const held = best.get(key);
    if (held === undefined || rank < ranks[held]) best.set(key, i);
  }
  return findings.filter((_, i) => keys[i] === null || best.get(keys[i]!) === i);
}
