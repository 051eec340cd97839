import type Big from 'big.js';
import { withRoom, resized } from '../compact/typed-arrays';
import type { Grid } from '../grid/grid';
import { formulaAt, type CellRef } from '../grid/types';
import { normalizeText } from '../text/normalize';
import type { EvaluationType, Outstanding } from './adjustment';
import { gradeFromText } from './grades';
import { readAmount, type AmountProblem } from './money';
import { GRADE_KEYS, type EvaluationPolicy, type GradeKey } from './policy';
import { readScore, type ScoreProblem, type ScoreReading } from './score';

/**
 * A results table's rows: each row's inputs read once, kept as a few numbers per row (ResultsRows), and
 * read in full again — texts, cells, the base as an exact decimal — only where a message or a sum needs
 * them. A million-row table kept as objects (a row, its readings, their cells, a big.js base) held about
 * 450 bytes a row; here it is 18.
 */

export type ResultsRole = 'seq' | 'name' | 'score' | 'grade' | 'outstanding' | 'evaluationType' | 'base' | 'ratio' | 'amount' | 'newBudget' | 'application';

/** Column of each role; a grade-only list (评价等级 typed, no score column) has no score. */
export type ResultsColumns = Partial<Record<ResultsRole, number>>;

export interface TypedGrade {
  readonly text: string;
  /** The grade the text names, or null when it names none ("待定"). */
  readonly grade: GradeKey | null;
  readonly cell: CellRef;
}

export type BaseReading =
  | { readonly ok: true; readonly value: Big; readonly text: string; readonly cell: CellRef }
  | { readonly ok: false; readonly problem: AmountProblem; readonly text: string; readonly cell: CellRef };

export interface ResultsRow {
  readonly row: number;
  /** 项目名称 / 单位名称 for messages ('' when the table has none). */
  readonly name: string;
  readonly score: ScoreReading;
  /** The 评价等级 cell when it holds something. */
  readonly typedGrade: TypedGrade | null;
  readonly outstanding: Outstanding;
  readonly evaluationType: EvaluationType;
  /** The base amount in 万元; null when the table has no base column. */
  readonly base: BaseReading | null;
}

/** What reading a row needs besides the grid: the table's columns and the base column's unit. */
export interface RowFrame {
  readonly columns: ResultsColumns;
  readonly baseInYuan: boolean;
}

/**
 * One row's inputs. `sectionType` is the 评价类型 of the section the row is in ("一、过程评价项目"), used
 * when the row states none.
 */
export function readResultsRow(grid: Grid, r: number, frame: RowFrame, policy: EvaluationPolicy, sectionType: EvaluationType): ResultsRow {
  const { columns } = frame;
  const input = (c: number | undefined) => (c === undefined ? '' : grid.text(r, c));
  const gradeText = input(columns.grade);
  // A grade-only list has no score column: its blank score points at the grade cell.
  const scoreCol = columns.score ?? columns.grade!;
  const scoreCell = grid.owner(r, scoreCol);
  const typedGrade: TypedGrade | null =
    columns.grade !== undefined && gradeText ? { text: gradeText, grade: gradeFromText(gradeText, policy), cell: grid.owner(r, columns.grade) } : null;
  const typeText = input(columns.evaluationType);
  return {
    row: r,
    name: input(columns.name),
    score: columns.score === undefined ? { ok: false, problem: 'blank', text: '', cell: scoreCell } : readScore(grid.value(r, columns.score), scoreCell, 100, formulaAt(grid.snapshot, scoreCell.row, scoreCell.col)),
    typedGrade,
    outstanding: columns.outstanding === undefined ? 'unrecorded' : outstandingOf(input(columns.outstanding), policy),
    evaluationType: typeText ? evaluationTypeOf(typeText, policy, false) : sectionType,
    base: columns.base === undefined ? null : readBase(grid, r, columns.base, frame.baseInYuan),
  };
}

function readBase(grid: Grid, r: number, c: number, columnInYuan: boolean): BaseReading {
  const cell = grid.owner(r, c);
  const a = readAmount(grid.value(r, c), { formula: formulaAt(grid.snapshot, cell.row, cell.col) });
  if (!a.ok) return { ...a, cell };
  const inYuan = a.unit ? a.unit === '元' : columnInYuan;
  return { ok: true, value: inYuan ? a.value.div(10000) : a.value, text: a.text, cell };
}

const canon = (s: string) => normalizeText(s).replace(/\s+/g, '').toUpperCase();

/** The policy's value words, canonicalised once per policy (they are compared on every row). */
const WORDS_CACHE = new WeakMap<EvaluationPolicy, { yes: Set<string>; no: Set<string>; process: string[]; result: string[] }>();
function words(policy: EvaluationPolicy) {
  let w = WORDS_CACHE.get(policy);
  if (!w) {
    w = {
      yes: new Set(policy.outstandingValues.yes.map(canon)),
      no: new Set(policy.outstandingValues.no.map(canon)),
      process: policy.evaluationTypes.process.map(canon),
      result: policy.evaluationTypes.result.map(canon),
    };
    WORDS_CACHE.set(policy, w);
  }
  return w;
}

export function outstandingOf(text: string, policy: EvaluationPolicy): Outstanding {
  const t = canon(text);
  if (!t) return 'unrecorded';
  const w = words(policy);
  if (w.yes.has(t)) return 'yes';
  if (w.no.has(t)) return 'no';
  return 'unrecorded';
}

/** 过程评价 / 结果评价 from a cell (exact word) or a section label (containing the word). */
export function evaluationTypeOf(text: string, policy: EvaluationPolicy, containing: boolean): EvaluationType {
  const t = canon(text);
  const { process, result } = words(policy);
  if (process.includes(t)) return 'process';
  if (result.includes(t)) return 'result';
  // Longer words only when searching inside a label: "结果" alone inside a sentence means little.
  const inside = (ws: readonly string[]) => ws.some((w) => w.length >= 3 && t.includes(w));
  if (containing || t.length > 2) {
    const p = inside(process);
    const q = inside(result);
    if (p !== q) return p ? 'process' : 'result';
  }
  return 'unknown';
}

// Codes of the per-row columns (0 is "fine" where there is a problem list).
const SCORE_PROBLEMS: readonly ScoreProblem[] = ['blank', 'text', 'error', 'range', 'formula'];
const AMOUNT_PROBLEMS: readonly AmountProblem[] = ['blank', 'text', 'error', 'negative', 'formula'];
const OUTSTANDING: readonly Outstanding[] = ['yes', 'no', 'unrecorded'];
const TYPES: readonly EvaluationType[] = ['process', 'result', 'unknown'];
const NO_TYPED_GRADE = -1;
const UNKNOWN_GRADE = GRADE_KEYS.length;
const NO_BASE = 255;

/**
 * The rows of one results table, column-wise. The accessors by index answer what grading, the fill and
 * the rules' filters ask of every row without making an object; at(i) reads row i in full from the grid
 * (the same reading as detection's, so the same result), for the few rows a message is about.
 */
export class ResultsRows implements Iterable<ResultsRow> {
  private n = 0;
  private rows = new Int32Array(16);
  /** The score when usable, NaN otherwise. */
  private scores = new Float64Array(16);
  /** 0: usable; k: SCORE_PROBLEMS[k - 1]. */
  private scoreProblems = new Uint8Array(16);
  /** NO_TYPED_GRADE, a GRADE_KEYS index, or UNKNOWN_GRADE (typed text that names no grade). */
  private typed = new Int8Array(16);
  private outstandings = new Uint8Array(16);
  private types = new Uint8Array(16);
  private sections = new Uint8Array(16);
  /** 0: a usable amount; k: AMOUNT_PROBLEMS[k - 1]; NO_BASE: the table has no base column. */
  private bases = new Uint8Array(16);

  constructor(
    private readonly grid: Grid,
    private readonly frame: RowFrame,
    private readonly policy: EvaluationPolicy,
  ) {}

  get length(): number {
    return this.n;
  }

  /** Keeps a row read by readResultsRow (with the section type it was read with). */
  add(row: ResultsRow, sectionType: EvaluationType): void {
    const i = this.n;
    if (i === this.rows.length) this.room(i + 1);
    this.n++;
    this.rows[i] = row.row;
    this.scores[i] = row.score.ok ? row.score.value : NaN;
    this.scoreProblems[i] = row.score.ok ? 0 : SCORE_PROBLEMS.indexOf(row.score.problem) + 1;
    this.typed[i] = row.typedGrade === null ? NO_TYPED_GRADE : row.typedGrade.grade === null ? UNKNOWN_GRADE : GRADE_KEYS.indexOf(row.typedGrade.grade);
    this.outstandings[i] = OUTSTANDING.indexOf(row.outstanding);
    this.types[i] = TYPES.indexOf(row.evaluationType);
    this.sections[i] = TYPES.indexOf(sectionType);
    this.bases[i] = row.base === null ? NO_BASE : row.base.ok ? 0 : AMOUNT_PROBLEMS.indexOf(row.base.problem) + 1;
  }

  /** Releases the room reserved beyond the rows held. */
  trim(): this {
    const n = this.n;
    this.rows = resized(this.rows, n, n);
    this.scores = resized(this.scores, n, n);
    this.scoreProblems = resized(this.scoreProblems, n, n);
    this.typed = resized(this.typed, n, n);
    this.outstandings = resized(this.outstandings, n, n);
    this.types = resized(this.types, n, n);
    this.sections = resized(this.sections, n, n);
    this.bases = resized(this.bases, n, n);
    return this;
  }

  /** The sheet row of row i. */
  row(i: number): number {
    return this.rows[i];
  }

  /** Every row's sheet row, in order (a view: not to be changed). */
  rowNumbers(): ArrayLike<number> {
    return this.rows.subarray(0, this.n);
  }

  /** The usable score, or null (see scoreProblem). */
  score(i: number): number | null {
    return this.scoreProblems[i] === 0 ? this.scores[i] : null;
  }

  scoreProblem(i: number): ScoreProblem | null {
    const p = this.scoreProblems[i];
    return p === 0 ? null : SCORE_PROBLEMS[p - 1];
  }

  /** Whether the 评价等级 cell holds something. */
  hasTypedGrade(i: number): boolean {
    return this.typed[i] !== NO_TYPED_GRADE;
  }

  /** The grade a typed 评价等级 names; null when none is typed or the text names none. */
  typedGrade(i: number): GradeKey | null {
    const g = this.typed[i];
    return g === NO_TYPED_GRADE || g === UNKNOWN_GRADE ? null : GRADE_KEYS[g];
  }

  /** The typed 评价等级 text ('' when none). */
  typedGradeText(i: number): string {
    const c = this.frame.columns.grade;
    return c === undefined ? '' : this.grid.text(this.rows[i], c);
  }

  outstanding(i: number): Outstanding {
    return OUTSTANDING[this.outstandings[i]];
  }

  evaluationType(i: number): EvaluationType {
    return TYPES[this.types[i]];
  }

  /** Whether the row has a usable base amount (false without a base column). */
  baseOk(i: number): boolean {
    return this.bases[i] === 0;
  }

  /** Why the base amount is not usable; null when it is, or when the table has no base column. */
  baseProblem(i: number): AmountProblem | null {
    const b = this.bases[i];
    return b === 0 || b === NO_BASE ? null : AMOUNT_PROBLEMS[b - 1];
  }

  /** The base amount in 万元, exact (read again from its cell); null when not usable. */
  baseValue(i: number): Big | null {
    const c = this.frame.columns.base;
    if (!this.baseOk(i) || c === undefined) return null;
    const base = readBase(this.grid, this.rows[i], c, this.frame.baseInYuan);
    return base.ok ? base.value : null;
  }

  /** Row i read in full (made on each call). */
  at(i: number): ResultsRow {
    return readResultsRow(this.grid, this.rows[i], this.frame, this.policy, TYPES[this.sections[i]]);
  }

  *[Symbol.iterator](): Iterator<ResultsRow> {
    for (let i = 0; i < this.n; i++) yield this.at(i);
  }

  toArray(): ResultsRow[] {
    return [...this];
  }

  private room(n: number): void {
    const used = this.n;
    this.rows = withRoom(this.rows, n, used);
    this.scores = withRoom(this.scores, n, used);
    this.scoreProblems = withRoom(this.scoreProblems, n, used);
    this.typed = withRoom(this.typed, n, used);
    this.outstandings = withRoom(this.outstandings, n, used);
    this.types = withRoom(this.types, n, used);
    this.sections = withRoom(this.sections, n, used);
    this.bases = withRoom(this.bases, n, used);
  }
}
