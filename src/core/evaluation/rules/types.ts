import type { Report, RuleMeta } from '../../rules/types';

/**
 * An evaluation rule in the ESLint shape: meta (id, severity, messages) and check(), which inspects what
 * layout detection and scoring produced and reports; it never computes outputs or writes.
 */
export interface EvalRule<C> {
  readonly meta: RuleMeta;
  check(context: C & { report(report: Report): void }): void;
}
