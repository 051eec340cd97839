import type { Finding } from '../../findings';
import type { CellWrite, FillSummary, SkippedRow } from '../../fill/plan';
import type { SheetHandler } from '../../sheet-kinds';
import { resolveVocabulary } from '../../vocab/resolve';
import { finishPlan } from '../finish-plan';
import { gradeName } from '../grades';
import { SELF_EVALUATION_RULES } from '../rules';
import { runEvalRules } from '../rules/run-eval-rules';
import { proposeSelfEvaluationFill } from './fill';
import { detectSelfEvaluations, type SelfEvaluationForm } from './layout';
import { scoreSelfEvaluation } from './scoring';

/** Self-evaluation forms (项目支出绩效自评表): 执行率, 得分, 总分 and grade (domain.md §5). */
export const selfEvaluationHandler: SheetHandler<SelfEvaluationForm[]> = {
  kind: 'self-evaluation',
  detect(grid) {
    const forms = detectSelfEvaluations(grid);
    return forms.length ? forms : null;
  },
  check(forms, grid, { policy, locale }) {
    const vocabulary = resolveVocabulary(policy);
    return forms.flatMap((form) => {
      const scoring = scoreSelfEvaluation(form, grid, vocabulary, policy.evaluation, { overwrite: false });
      return runEvalRules(SELF_EVALUATION_RULES, { form, scoring, policy: policy.evaluation }, grid.name, policy, locale);
    });
  },
  planFill(forms, grid, options) {
    const { policy, locale } = options;
    const vocabulary = resolveVocabulary(policy);
    const proposed: CellWrite[] = [];
    const skippedRows: SkippedRow[] = [];
    const findings: Finding[] = [];
    const byGrade: Record<string, number> = {};
    const totals: string[] = [];
    for (const form of forms) {
      const scoring = scoreSelfEvaluation(form, grid, vocabulary, policy.evaluation, { overwrite: options.overwrite });
      const p = proposeSelfEvaluationFill(grid, form, scoring, policy.evaluation, locale);
      for (const x of p.proposed) proposed.push(x);
      for (const x of p.skippedRows) skippedRows.push(x);
      for (const x of runEvalRules(SELF_EVALUATION_RULES, { form, scoring, policy: policy.evaluation }, grid.name, policy, locale)) findings.push(x);
      if (scoring.grade) {
        const name = gradeName(scoring.grade, policy.evaluation);
        byGrade[name] = (byGrade[name] ?? 0) + 1;
      }
      if (scoring.total) totals.push(scoring.total.toString());
    }
    const summary: FillSummary = { byGrade, ...(totals.length === 1 ? { totalScore: totals[0] } : {}) };
    return finishPlan(grid, { proposed, blocked: [], skippedRows, findings, summary }, options);
  },
};
