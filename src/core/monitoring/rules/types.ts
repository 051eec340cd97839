import type { Report, RuleMeta } from '../../rules/types';
import type { TableAnalysis } from '../analyse';

/** What a monitoring rule sees: one detected table with every row already assessed. */
export interface MonitorRuleContext {
  readonly analysis: TableAnalysis;
}

/**
 * A monitoring rule in the ESLint shape: meta (id, severity, messages) and check(), which inspects the
 * analysis and reports; it never computes outputs or writes.
 */
export interface MonitorRule {
  readonly meta: RuleMeta;
  check(context: MonitorRuleContext & { report(report: Report): void }): void;
}
