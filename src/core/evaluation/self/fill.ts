import type { Locale } from '../../findings';
import type { CellWrite, SkippedRow } from '../../fill/plan';
import type { Grid } from '../../grid/grid';
import type { CellRef } from '../../grid/types';
import { fillText } from '../fill-texts';
import { gradeName } from '../grades';
import { decimalsFormat, toCellNumber } from '../money';
import { freeColumnsRight } from '../../fill/output-columns';
import { rowOutline } from '../../table/rows';
import type { EvaluationPolicy, GradeKey } from '../policy';
import type { SelfEvaluationForm } from './layout';
import type { ProblemId, SelfEvaluationScoring } from './scoring';

const SHORT_PROBLEM: Readonly<Record<Locale, Readonly<Record<ProblemId, string>>>> = {
  zh: {
    actualBlank: '实际完成值为空',
    actualUnreadable: '实际完成值无法与年度指标值比较',
    unitMismatch: '实际完成值与年度指标值单位不一致',
    targetUnmeasurable: '年度指标值不可衡量，需人工打分',
    weightInvalid: '分值无效',
    budgetInvalid: '全年预算数无效',
    executedInvalid: '全年执行数无效',
    noMoneyBlock: '未找到项目资金部分',
    totalZero: '年度资金总额为 0 而分项有数，须先改正合计行',
    noWeightColumn: '表中没有分值（权重）列，各指标无法按分值计分',
    typedScoreInvalid: '得分单元格不是数字',
  },
  en: {
    actualBlank: 'the actual value is blank',
    actualUnreadable: 'the actual cannot be compared with the target',
    unitMismatch: 'the actual and the target have different units',
    targetUnmeasurable: 'the target is not measurable; score it by judgement',
    weightInvalid: 'the weight is not valid',
    budgetInvalid: 'the annual budget is not valid',
    executedInvalid: 'the annual execution is not valid',
    noMoneyBlock: 'no money block found',
    totalZero: 'the total row is 0 while its parts hold money: correct the total first',
    noWeightColumn: 'the form has no 分值 (weight) column: the indicators cannot be scored by their weights',
    typedScoreInvalid: 'the score cell is not a number',
  },
};

/**
 * The writes a self-evaluation form needs: 执行率 per money row and the execution score, each indicator's
 * 得分, the 总分 and the grade. Missing 执行率 / 得分 / 评价等级 columns are added right of their table.
 */
export function proposeSelfEvaluationFill(
  grid: Grid,
  form: SelfEvaluationForm,
  scoring: SelfEvaluationScoring,
  policy: EvaluationPolicy,
  locale: Locale,
): { proposed: CellWrite[]; skippedRows: SkippedRow[] } {
  const sp = policy.selfEvaluation;
  const proposed: CellWrite[] = [];
  const skippedRows: SkippedRow[] = [];
  const header = (ref: CellRef, value: string) => proposed.push({ ref, value, role: 'header' });
  const value = (ref: CellRef, v: number | string, numberFormat?: string) =>
    proposed.push({ ref, value: v, role: 'value', ...(numberFormat ? { numberFormat } : {}) });
  const skip = (row: number, id: ProblemId) => skippedRows.push({ row, reason: fillText(locale, 'unscorable', { text: SHORT_PROBLEM[locale][id] }) });

  // Money block: 执行率 on every row that has the numbers, the score on the 年度资金总额 row.
  const money = form.money;
  if (money && scoring.execution) {
    const rows = [money.headerRow, ...money.rows.map((m) => m.row)];
    // A form that scores nothing (no 分值 / 得分 anywhere) only gets its 执行率.
    const missing = (scoring.scored ? (['rate', 'score'] as const) : (['rate'] as const)).filter((k) => money.columns[k] === undefined);
    const free = freeColumnsRight(grid, money.right, rows, missing.length);
    const col = { rate: money.columns.rate, score: money.columns.score };
    missing.forEach((k, i) => {
      col[k] = free[i];
      header({ row: money.headerRow, col: free[i] }, k === 'rate' ? '执行率' : '得分');
    });
    for (const r of scoring.execution.rates) value({ row: r.row, col: col.rate! }, toCellNumber(r.rate), '0.00%');
    const item = scoring.execution.item;
    if (item.computed && col.score !== undefined) value({ row: item.row, col: col.score }, toCellNumber(item.computed), decimalsFormat(sp.executionScoreDecimals));
    if (item.problem) skip(item.row, item.problem.id);
  }
  if (!scoring.scored) return { proposed, skippedRows };

  // Indicator table: 得分 per row; 总分 and the grade on the 总分 row.
  // A 总分 row is added under a form that has none only when its 分值 add up to the total: otherwise the
  // table may be incomplete (cut short, or continued elsewhere), and a total would mislead.
  const complete = scoring.weightsComplete && scoring.weightSum.eq(sp.totalWeight);
  // The added 总分 label goes in the first indicator column (a 绩效指标 label merged down may cover column A).
  const labelCol = Math.min(form.columns.level1 ?? Infinity, form.columns.level2 ?? Infinity, form.columns.name);
  const openRow = (r: number) => r <= grid.bottom + 1 && rowOutline(grid, r, form.left, form.right).texts === 0 && !grid.mergeAt(r, labelCol);
  const totalRow = form.totalRow ?? (complete && openRow(form.end) ? form.end : null);
  if (form.totalRow === null && !complete && scoring.weightsComplete) {
    skippedRows.push({ row: form.headerRow, reason: fillText(locale, 'incomplete', { sum: scoring.weightSum.toString(), total: String(sp.totalWeight) }) });
  }
  const rows = [form.headerRow, ...form.indicators.map((i) => i.row), ...(totalRow !== null ? [totalRow] : [])];
  const needScore = form.columns.score === undefined;
  const gradeText = (g: GradeKey) => gradeName(g, policy);
  const needGrade = form.gradeCell === null;
  const free = freeColumnsRight(grid, form.right, rows, (needScore ? 1 : 0) + (needGrade ? 1 : 0));
  const scoreCol = needScore ? free[0] : form.columns.score!;
  const gradeCol = needGrade ? free[needScore ? 1 : 0] : null;
  if (needScore) header({ row: form.headerRow, col: scoreCol }, '得分');
  const format = decimalsFormat(sp.indicatorScoreDecimals);
  for (const item of scoring.indicators) {
    if (item.computed) value({ row: item.row, col: item.scoreCell?.col ?? scoreCol }, toCellNumber(item.computed), format);
    if (item.problem) skip(item.row, item.problem.id);
  }
  if (totalRow === null) return { proposed, skippedRows };
  if (!scoring.total) {
    skippedRows.push({ row: totalRow, reason: scoring.formProblem ? fillText(locale, 'unscorable', { text: SHORT_PROBLEM[locale][scoring.formProblem.id] }) : fillText(locale, 'noTotal') });
    return { proposed, skippedRows };
  }
  if (form.totalRow === null) header({ row: totalRow, col: labelCol }, '总分');
  value({ row: totalRow, col: scoreCol }, toCellNumber(scoring.total), decimalsFormat(Math.max(sp.indicatorScoreDecimals, sp.executionScoreDecimals)));
  if (scoring.grade) {
    if (gradeCol !== null) {
      header({ row: form.headerRow, col: gradeCol }, '评价等级');
      value({ row: totalRow, col: gradeCol }, gradeText(scoring.grade));
    } else if (form.gradeCell) {
      value(form.gradeCell, gradeText(scoring.grade));
    }
  }
  return { proposed, skippedRows };
}
