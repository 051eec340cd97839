import Big from 'big.js';
import type { Locale } from '../findings';
import type { CellWrite, SkippedRow, SkippedWrite } from '../fill/plan';
import type { Grid } from '../grid/grid';
import { decideAdjustment, type Adjustment } from './adjustment';
import { fillText } from './fill-texts';
import { gradeForScore, gradeName, gradeNamer } from './grades';
import { adjustmentAmount, percentFormat, roundHalfAway, toCellNumber } from './money';
import { placeOutputColumns } from '../fill/output-columns';
import type { EvaluationPolicy, GradeKey } from './policy';
import { OUTPUT_HEADERS, OUTPUT_ROLES, type OutputRole, type ResultsRow, type ResultsTable } from './results-table';

/** What one results row comes to: its grade and adjustment, or why it gets nothing. */
export interface RowOutcome {
  readonly row: ResultsRow;
  readonly grade: GradeKey | null;
  /** 'score' when graded from the score; 'typed' when a grade typed without a score was used as given. */
  readonly gradeSource: 'score' | 'typed' | null;
  readonly adjustment: Adjustment | null;
  /** ROUND(base × ratio, 2) and ROUND(base + amount, 2) in 万元; null without a valid base. */
  readonly amount: Big | null;
  readonly newBudget: Big | null;
  /** Why the row gets no outputs (set exactly when grade is null). */
  readonly skipReason: string | null;
}

/**
 * One row's grade, adjustment and amounts. `memo` shares adjustments between rows with the same inputs
 * (a table has a handful of distinct ones), which keeps big tables fast.
 */
export function assessRow(
  row: ResultsRow,
  table: ResultsTable,
  policy: EvaluationPolicy,
  locale: Locale = 'zh',
  memo: Map<string, Adjustment> = new Map(),
): RowOutcome {
  let grade: GradeKey | null = null;
  let gradeSource: RowOutcome['gradeSource'] = null;
  const notes: string[] = [];
  if (row.score.ok) {
    grade = gradeForScore(row.score.value, policy.bands);
    gradeSource = 'score';
  } else if (row.score.problem === 'blank' && row.typedGrade?.grade) {
    grade = row.typedGrade.grade;
    gradeSource = 'typed';
    notes.push(policy.texts.gradeAsTyped);
  }
  if (grade === null) {
    const s = row.score;
    const reason =
      !s.ok && s.problem === 'blank' && row.typedGrade
        ? fillText(locale, 'score.unknownGrade', { text: row.typedGrade.text })
        : fillText(locale, `score.${s.ok ? 'blank' : s.problem}`, { text: s.text });
    return { row, grade, gradeSource, adjustment: null, amount: null, newBudget: null, skipReason: reason };
  }
  const key = `${grade}|${row.outstanding}|${row.evaluationType}|${table.baseLabel}|${notes.join('|')}`;
  let adjustment = memo.get(key);
  if (!adjustment) {
    adjustment = decideAdjustment({ grade, outstanding: row.outstanding, evaluationType: row.evaluationType, baseLabel: table.baseLabel, gradeNotes: notes }, policy);
    memo.set(key, adjustment);
  }
  let amount: Big | null = null;
  let newBudget: Big | null = null;
  if (row.base?.ok) {
    amount = adjustmentAmount(row.base.value, adjustment.ratio);
    newBudget = roundHalfAway(row.base.value.plus(amount), 2);
  }
  return { row, grade, gradeSource, adjustment, amount, newBudget, skipReason: null };
}

export interface ProposedResultsFill {
  /** Header writes for missing output columns, then value writes, row by row. */
  readonly proposed: CellWrite[];
  readonly skippedRows: SkippedRow[];
  /** Cells that cannot take a value whatever the user says (inside a merged area). */
  readonly blocked: SkippedWrite[];
  readonly outcomes: RowOutcome[];
}

/**
 * The writes a results table needs: missing output columns (headers) at the right of the table, and each
 * gradable row's outputs. Overwrite protection is applied afterwards by guardWrites().
 */
export function proposeResultsFill(grid: Grid, table: ResultsTable, policy: EvaluationPolicy, locale: Locale): ProposedResultsFill {
  const hasBase = table.columns.base !== undefined;
  const wanted = OUTPUT_ROLES.filter((role) => hasBase || (role !== 'amount' && role !== 'newBudget'));
  const { col, headerWrites } = placeOutputColumns(grid, table, wanted, OUTPUT_HEADERS);
  const proposed: CellWrite[] = [...headerWrites];

  const outcomes: RowOutcome[] = [];
  const skippedRows: SkippedRow[] = [];
  const blocked: SkippedWrite[] = [];
  const put = (row: number, role: OutputRole, value: string | number, numberFormat?: string) => {
    const c = col[role];
    if (c === undefined) return;
    if (grid.isMergeContinuation(row, c)) {
      blocked.push({ ref: { row, col: c }, existing: grid.value(row, c), proposed: value, reason: fillText(locale, 'merged') });
      return;
    }
    proposed.push({ ref: { row, col: c }, value, role: 'value', ...(numberFormat ? { numberFormat } : {}) });
  };
  const memo = new Map<string, Adjustment>();
  const nameOf = gradeNamer(table.rows.flatMap((r) => (r.typedGrade ? [r.typedGrade.text] : [])), policy);
  for (const row of table.rows) {
    const o = assessRow(row, table, policy, locale, memo);
    outcomes.push(o);
    if (!o.adjustment || !o.grade) {
      skippedRows.push({ row: row.row, reason: o.skipReason ?? '' });
      continue;
    }
    // A typed grade that agrees (or stands in for a missing score) stays as written: "优" is not rewritten.
    if (o.gradeSource === 'score' && row.typedGrade?.grade !== o.grade) put(row.row, 'grade', nameOf(o.grade));
    put(row.row, 'ratio', toCellNumber(o.adjustment.ratio), percentFormat(o.adjustment.ratio));
    if (o.amount) put(row.row, 'amount', toCellNumber(o.amount), '0.00');
    if (o.newBudget) put(row.row, 'newBudget', toCellNumber(o.newBudget), '0.00');
    put(row.row, 'application', o.adjustment.text);
  }
  return { proposed, skippedRows, blocked, outcomes };
}

/** Count by grade name and the total change in 万元 over every graded row. */
export function summarizeOutcomes(outcomes: readonly RowOutcome[], policy: EvaluationPolicy): { byGrade: Record<string, number>; totalChange: string } {
  const byGrade: Record<string, number> = {};
  let total = new Big(0);
  for (const o of outcomes) {
    if (!o.grade) continue;
    const name = gradeName(o.grade, policy);
    byGrade[name] = (byGrade[name] ?? 0) + 1;
    if (o.amount) total = total.plus(o.amount);
  }
  return { byGrade, totalChange: total.toFixed(2) };
}
