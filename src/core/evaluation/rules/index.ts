import type { ResultsRuleContext, SelfEvaluationRuleContext } from './context';
import { gradeMismatch } from './grade-mismatch';
import { invalidBase } from './invalid-base';
import { invalidScore } from './invalid-score';
import { noBaseColumn } from './no-base-column';
import { targetTooLow } from './target-too-low';
import type { EvalRule } from './types';
import { unscorable } from './unscorable';
import { vagueTarget } from './vague-target';
import { weightsTotal } from './weights-total';

/** Rules run on every results table. */
export const RESULTS_RULES: readonly EvalRule<ResultsRuleContext>[] = [invalidScore, gradeMismatch, invalidBase, noBaseColumn];

/** Rules run on every self-evaluation sheet. */
export const SELF_EVALUATION_RULES: readonly EvalRule<SelfEvaluationRuleContext>[] = [unscorable, weightsTotal, targetTooLow, vagueTarget];
