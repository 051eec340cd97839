import Big from 'big.js';
import type { Locale } from '../findings';
import { CellWrites, type SkippedRow, type SkippedWrite } from '../fill/plan';
import type { Grid } from '../grid/grid';
import { decideAdjustment, type Adjustment } from './adjustment';
import { fillText } from './fill-texts';
import { gradeForScore, gradeName, gradeNamer } from './grades';
import { adjustmentAmount, percentFormat, roundHalfAway, toCellNumber } from './money';
import { placeOutputColumns } from '../fill/output-columns';
import type { EvaluationPolicy, GradeKey } from './policy';
import { OUTPUT_HEADERS, OUTPUT_ROLES, type OutputRole, type ResultsTable } from './results-table';

/** What one results row comes to: its grade and adjustment, or why it gets nothing. */
export interface RowOutcome {
  /** The row's index in table.rows. */
  readonly index: number;
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

/** An adjustment with what every row it applies to writes: the ratio as a cell number and its format. */
interface SharedAdjustment {
  readonly adjustment: Adjustment;
  readonly ratio: number;
  readonly ratioFormat: string;
}

/**
 * Row i's grade, adjustment and amounts, from the row's compact readings (table.rows); only a row that
 * gets nothing is read in full, for its reason. `memo` shares adjustments between rows with the same
 * inputs (a table has a handful of distinct ones), which keeps big tables fast.
 */
export function assessRow(
  table: ResultsTable,
  i: number,
  policy: EvaluationPolicy,
  locale: Locale = 'zh',
  memo: Map<string, SharedAdjustment> = new Map(),
): RowOutcome & { readonly shared: SharedAdjustment | null } {
  const { rows } = table;
  let grade: GradeKey | null = null;
  let gradeSource: RowOutcome['gradeSource'] = null;
  const notes: string[] = [];
  const score = rows.score(i);
  if (score !== null) {
    grade = gradeForScore(score, policy.bands);
    gradeSource = 'score';
  } else if (rows.scoreProblem(i) === 'blank' && rows.typedGrade(i)) {
    grade = rows.typedGrade(i);
    gradeSource = 'typed';
    notes.push(policy.texts.gradeAsTyped);
  }
  if (grade === null) {
    const row = rows.at(i);
    const s = row.score;
    const reason =
      !s.ok && s.problem === 'blank' && row.typedGrade
        ? fillText(locale, 'score.unknownGrade', { text: row.typedGrade.text })
        : fillText(locale, `score.${s.ok ? 'blank' : s.problem}`, { text: s.text });
    return { index: i, grade, gradeSource, adjustment: null, shared: null, amount: null, newBudget: null, skipReason: reason };
  }
  const outstanding = rows.outstanding(i);
  const evaluationType = rows.evaluationType(i);
  const key = `${grade}|${outstanding}|${evaluationType}|${table.baseLabel}|${notes.join('|')}`;
  let shared = memo.get(key);
  if (!shared) {
    const adjustment = decideAdjustment({ grade, outstanding, evaluationType, baseLabel: table.baseLabel, gradeNotes: notes }, policy);
    shared = { adjustment, ratio: toCellNumber(adjustment.ratio), ratioFormat: percentFormat(adjustment.ratio) };
    memo.set(key, shared);
  }
  let amount: Big | null = null;
  let newBudget: Big | null = null;
  const base = rows.baseValue(i);
  if (base) {
    amount = adjustmentAmount(base, shared.adjustment.ratio);
    newBudget = roundHalfAway(base.plus(amount), 2);
  }
  return { index: i, grade, gradeSource, adjustment: shared.adjustment, shared, amount, newBudget, skipReason: null };
}

/** A results fill's parts, gathered over the sheet's tables in order. */
export interface ResultsFillParts {
  /** Header writes for missing output columns, then value writes, row by row. */
  readonly proposed: CellWrites;
  readonly skippedRows: SkippedRow[];
  /** Cells that cannot take a value whatever the user says (inside a merged area). */
  readonly blocked: SkippedWrite[];
  /** Rows per grade name (in the order grades first occur) and the exact sum of the amounts. */
  readonly byGrade: Record<string, number>;
  totalChange: Big;
}

export function emptyResultsFill(capacity = 16): ResultsFillParts {
  return { proposed: new CellWrites(capacity), skippedRows: [], blocked: [], byGrade: {}, totalChange: new Big(0) };
}

/** The writes one results table is expected to propose at most: a header and a value per output column and row. */
export function writesExpected(table: ResultsTable): number {
  return (table.rows.length + 1) * OUTPUT_ROLES.length;
}

/**
 * The writes a results table needs — missing output columns (headers) at the right of the table, and each
 * gradable row's outputs — added to `into`, with the rows skipped and the count by grade and total change.
 * Overwrite protection is applied afterwards by guardWrites().
 */
export function proposeResultsFill(grid: Grid, table: ResultsTable, policy: EvaluationPolicy, locale: Locale, into: ResultsFillParts = emptyResultsFill()): ResultsFillParts {
  const { rows } = table;
  const hasBase = table.columns.base !== undefined;
  const wanted = OUTPUT_ROLES.filter((role) => hasBase || (role !== 'amount' && role !== 'newBudget'));
  const { col, headerWrites } = placeOutputColumns(grid, table, rows.rowNumbers(), wanted, OUTPUT_HEADERS);
  const { proposed, blocked, skippedRows, byGrade } = into;
  for (const w of headerWrites) proposed.push(w);

  const put = (row: number, role: OutputRole, value: string | number, numberFormat?: string) => {
    const c = col[role];
    if (c === undefined) return;
    if (grid.isMergeContinuation(row, c)) {
      blocked.push({ ref: { row, col: c }, existing: grid.value(row, c), proposed: value, reason: fillText(locale, 'merged') });
      return;
    }
    proposed.add(row, c, value, 'value', numberFormat);
  };
  const memo = new Map<string, SharedAdjustment>();
  const typedTexts = new Set<string>();
  for (let i = 0; i < rows.length; i++) if (rows.hasTypedGrade(i)) typedTexts.add(rows.typedGradeText(i));
  const nameOf = gradeNamer([...typedTexts], policy);
  for (let i = 0; i < rows.length; i++) {
    const row = rows.row(i);
    const o = assessRow(table, i, policy, locale, memo);
    if (!o.shared || !o.grade) {
      skippedRows.push({ row, reason: o.skipReason ?? '' });
      continue;
    }
    const name = gradeName(o.grade, policy);
    byGrade[name] = (byGrade[name] ?? 0) + 1;
    if (o.amount) into.totalChange = into.totalChange.plus(o.amount);
    // A typed grade that agrees (or stands in for a missing score) stays as written: "优" is not rewritten.
    if (o.gradeSource === 'score' && rows.typedGrade(i) !== o.grade) put(row, 'grade', nameOf(o.grade));
    put(row, 'ratio', o.shared.ratio, o.shared.ratioFormat);
    if (o.amount) put(row, 'amount', toCellNumber(o.amount), '0.00');
    if (o.newBudget) put(row, 'newBudget', toCellNumber(o.newBudget), '0.00');
    put(row, 'application', o.shared.adjustment.text);
  }
  return into;
}

/** The plan's summary: count by grade name and the total change in 万元 over every graded row. */
export function resultsSummary(parts: ResultsFillParts): { byGrade: Record<string, number>; totalChange: string } {
  return { byGrade: parts.byGrade, totalChange: parts.totalChange.toFixed(2) };
}
