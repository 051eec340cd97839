/** The evaluation module's public surface: handlers for the registry, and the pure pieces for reuse and tests. */
export { resultsTableHandler } from './results-handler';
export { selfEvaluationHandler } from './self/handler';
export { decideAdjustment, type Adjustment, type AdjustmentInput, type EvaluationType, type Outstanding } from './adjustment';
export { gradeForScore, gradeFromText, gradeName } from './grades';
export { adjustmentAmount, decimal, percentFormat, readAmount, roundHalfAway } from './money';
export { evaluationPolicySchema, type EvaluationPolicy, type GradeKey } from './policy';
export { assessRow, proposeResultsFill, type RowOutcome } from './results-fill';
export { detectResultsTables, OUTPUT_HEADERS, type ResultsTable, type ResultsRow } from './results-table';
export { readScore, type ScoreReading } from './score';
export { detectSelfEvaluations, type SelfEvaluationForm } from './self/layout';
export { qualitativeLevel, quantityShare, scoreSelfEvaluation, type SelfEvaluationScoring } from './self/scoring';
