import type { Bilingual, Severity } from '../findings';
import type { CellRef } from '../grid/types';
import type { GoalSet, IndicatorRow } from '../layout/goal-model';
import type { ParsedTarget } from '../values/types';
import type { Vocabulary } from '../vocab/vocabulary';

/** A message and the fix hint that goes with it, both in zh and en, with {{placeholders}}. */
export interface RuleMessage {
  readonly message: Bilingual;
  readonly hint: Bilingual;
}

export interface RuleMeta {
  /** `area/kebab-name`, one of contracts.md §1 (or an addition documented in the README). */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One English sentence for docs and `--help`. */
  readonly description: string;
  /** Keyed by message id; `default` is used when a report names none. */
  readonly messages: Readonly<Record<string, RuleMessage>> & { readonly default: RuleMessage };
}

export interface Report {
  readonly cell: CellRef;
  readonly messageId?: string;
  readonly data?: Readonly<Record<string, string | number>>;
}

/** Options every goal rule may read; all come from the policy. */
export interface GoalRuleOptions {
  /** Budget year to judge deadlines against when the sheet does not state one. */
  readonly budgetYear: number | null;
}

export interface GoalRuleContext {
  readonly goalSet: GoalSet;
  readonly vocabulary: Vocabulary;
  readonly options: GoalRuleOptions;
  /** The row's target, parsed once per check and shared by every rule (comparator/unit columns merged in). */
  parsedValue(row: IndicatorRow): ParsedTarget;
  report(report: Report): void;
}

/** A goal-sheet rule, in the ESLint shape: it only inspects and reports; it never formats or writes. */
export interface GoalRule {
  readonly meta: RuleMeta;
  check(context: GoalRuleContext): void;
}
