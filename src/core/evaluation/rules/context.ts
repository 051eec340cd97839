import type { EvaluationPolicy } from '../policy';
import type { ResultsTable } from '../results-table';
import type { SelfEvaluationScoring } from '../self/scoring';
import type { SelfEvaluationForm } from '../self/layout';

/** What a results-table rule sees: the detected table (rows already read) and the evaluation policy. */
export interface ResultsRuleContext {
  readonly table: ResultsTable;
  readonly policy: EvaluationPolicy;
}

/** What a self-evaluation rule sees: the detected sheet and its scoring. */
export interface SelfEvaluationRuleContext {
  readonly form: SelfEvaluationForm;
  readonly scoring: SelfEvaluationScoring;
  readonly policy: EvaluationPolicy;
}
