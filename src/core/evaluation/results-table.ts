import type Big from 'big.js';
import type { Grid } from '../grid/grid';
import { formulaAt, type CellRef } from '../grid/types';
import { conceptMatcher, type ConceptMatcher } from '../table/concepts';
import { RESULTS_COLUMNS, WEAK_SCORE, type ResultsConcept } from '../table/concepts/results';
import { probeBand, type HeaderBand } from '../table/header-band';
import { isFooterText, isTotalText, labelKey, labelStem } from '../table/header-text';
import { holdsNumber, rowOutline } from '../table/rows';
import { normalizeText } from '../text/normalize';
import type { EvaluationType, Outstanding } from './adjustment';
import { gradeFromText } from './grades';
import { readAmount, type AmountProblem } from './money';
import type { EvaluationPolicy, GradeKey } from './policy';
import { readScore, type ScoreReading } from './score';

/**
 * Results tables (评价结果 → 预算调整, contracts.md §3): detection by headers, and each row's inputs read
 * once. A sheet may hold several tables; a table may have a title above, a two-row header with merged
 * cells, a 序号 and a 项目名称/单位名称 column, section rows ("一、过程评价项目") and a 合计 row.
 */

export type ResultsRole = 'seq' | 'name' | 'score' | 'grade' | 'outstanding' | 'evaluationType' | 'base' | 'ratio' | 'amount' | 'newBudget' | 'application';
export type OutputRole = 'grade' | 'ratio' | 'amount' | 'newBudget' | 'application';

/** Output columns in contract order, with the headers written when a column is missing (contracts.md §3). */
export const OUTPUT_HEADERS: Readonly<Record<OutputRole, string>> = {
  grade: '评价等级',
  ratio: '调整比例',
  amount: '调整金额（万元）',
  newBudget: '本年度年初预算项目经费（万元）',
  application: '结果应用',
};
export const OUTPUT_ROLES: readonly OutputRole[] = ['grade', 'ratio', 'amount', 'newBudget', 'application'];

const TOTAL_ROW = /^(合计|总计|小计|汇总)$/;
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])/;

const MATCHERS = new WeakMap<EvaluationPolicy['columns'], ConceptMatcher<ResultsConcept>>();

/** The results concepts, with the policy's extra header spellings (matched exactly, before the patterns). */
function matcherFor(policy: EvaluationPolicy): ConceptMatcher<ResultsConcept> {
  let m = MATCHERS.get(policy.columns);
  if (!m) {
    m = conceptMatcher(RESULTS_COLUMNS, { maxLength: 40, extra: policy.columns as Partial<Record<ResultsConcept, readonly string[]>> });
    MATCHERS.set(policy.columns, m);
  }
  return m;
}

interface Header {
  readonly band: HeaderBand<ResultsConcept>;
  readonly cols: Partial<Record<ResultsRole, number>>;
  readonly texts: Partial<Record<ResultsRole, string>>;
}

const EVALUATION_ROLES: readonly ResultsRole[] = ['grade', 'outstanding', 'evaluationType', 'base', 'ratio', 'amount', 'newBudget', 'application'];

/**
 * A results header at row r: a score or a grade column, something that makes it an evaluation list (a grade,
 * a base, 是否绩效突出 … beside the score, or a name beside a score or grade that is not a bare 得分 / 等级),
 * and no header of another kind of table.
 */
function header(grid: Grid, r: number, roleOf: ConceptMatcher<ResultsConcept>, floor: number): Header | null {
  const band = probeBand(grid, r, { roleOf, floor, maxText: 40 });
  if (!band) return null;
  const cols: Partial<Record<ResultsRole, number>> = {};
  const texts: Partial<Record<ResultsRole, string>> = {};
  for (const h of band.columns) {
    const role = band.roles.get(h.col);
    if (!role) continue;
    if (role === 'foreign') return null;
    const prev = cols[role];
    if (prev === undefined || band.ranks.get(h.col)! < band.ranks.get(prev)!) {
      cols[role] = h.col;
      texts[role] = h.path[h.path.length - 1];
    }
  }
  const score = cols.score;
  const grade = cols.grade;
  if (score === undefined && grade === undefined) return null;
  const weakScore = score !== undefined && WEAK_SCORE.test(labelStem(texts.score!)) && band.ranks.get(score)! > 0;
  const weakGrade = grade !== undefined && /^(等级|等次)$/.test(labelStem(texts.grade!)) && band.ranks.get(grade)! > 0;
  const others = EVALUATION_ROLES.filter((x) => x !== 'grade' && cols[x] !== undefined);
  const named = cols.name !== undefined;
  const ok =
    (score !== undefined && (others.length > 0 || grade !== undefined || (named && !weakScore))) ||
    (grade !== undefined && (others.length > 0 || (named && !weakGrade)));
  return ok ? { band, cols, texts } : null;
}

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

export interface ResultsTable {
  readonly sheet: string;
  /** The row holding the score header (the lower row of a two-row header). */
  readonly headerRow: number;
  readonly headerTop: number;
  readonly left: number;
  /** The last column with a header: missing output columns go to its right. */
  readonly right: number;
  readonly columns: ResultsColumns;
  /** Header texts by role, as written (for messages and the 结果应用 text). */
  readonly headers: Partial<Record<ResultsRole, string>>;
  /** The base column's label without its unit ("上年度年初预算项目经费"). */
  readonly baseLabel: string;
  readonly rows: readonly ResultsRow[];
  /** First row after the table. */
  readonly end: number;
}

/** Every results table on the sheet; [] when there is none. */
export function detectResultsTables(grid: Grid, policy: EvaluationPolicy): ResultsTable[] {
  const roleOf = matcherFor(policy);
  const tables: ResultsTable[] = [];
  let floor = grid.top;
  let r = grid.nextRow(grid.top);
  while (r !== undefined) {
    const h = header(grid, r, roleOf, floor);
    if (!h) {
      r = grid.nextRow(r + 1);
      continue;
    }
    const table = readTable(grid, h, roleOf, policy);
    tables.push(table);
    floor = table.end;
    r = grid.nextRow(Math.max(table.end, h.band.bottom + 1));
  }
  return tables;
}

function readTable(grid: Grid, h: Header, roleOf: ConceptMatcher<ResultsConcept>, policy: EvaluationPolicy): ResultsTable {
  const { band, cols } = h;
  const columns: ResultsColumns = { ...cols };
  const headers: Partial<Record<ResultsRole, string>> = { ...h.texts };
  const baseText = h.texts.base;
  const baseInYuan = baseText ? /\(元\)/.test(labelKey(baseText)) : false;
  const baseLabel = baseText ? labelStem(baseText) : '上年度年初预算项目经费';
  const frame = { left: band.left, right: band.right, columns, baseInYuan };
  const { rows, end } = readRows(grid, band.bottom + 1, frame, roleOf, policy);
  return { sheet: grid.name, headerRow: band.bottom, headerTop: band.top, left: band.left, right: band.right, columns, headers, baseLabel, rows, end };
}

interface Frame {
  readonly left: number;
  readonly right: number;
  readonly columns: ResultsColumns;
  readonly baseInYuan: boolean;
}

function readRows(grid: Grid, start: number, frame: Frame, roleOf: ConceptMatcher<ResultsConcept>, policy: EvaluationPolicy): { rows: ResultsRow[]; end: number } {
  const { columns } = frame;
  const rows: ResultsRow[] = [];
  let sectionType: EvaluationType = 'unknown';
  let r = start;
  for (; r <= grid.bottom; r++) {
    // A merge continuation shows its value too (评价类型 merged down over several rows).
    const { first, firstCol, texts, shown } = rowOutline(grid, r, frame.left, frame.right);
    if (!shown) break;
    if (texts > 0 && isFooterText(first)) break;
    if (!holdsNumber(grid, r) && header(grid, r, roleOf, r) !== null) break;
    if (texts > 0 && (isTotalText(first) || TOTAL_ROW.test(labelKey(first)))) continue;
    const input = (c: number | undefined) => (c === undefined ? '' : grid.text(r, c));
    const gradeText = input(columns.grade);
    // A section row ("一、过程评价项目"): a single label outside the score/grade/base cells (a merge may run
    // over them), merged across columns or numbered like a heading.
    if (texts === 1 && firstCol !== columns.score && firstCol !== columns.grade && firstCol !== columns.base) {
      const m = grid.mergeAt(r, firstCol);
      if ((m && m.right > m.left) || SECTION_NUMBER.test(first)) {
        const t = evaluationTypeOf(first, policy, true);
        if (t !== 'unknown') sectionType = t;
        continue;
      }
    }
    const content = [columns.name, columns.score, columns.grade, columns.base, columns.outstanding, columns.evaluationType].some((c) => input(c) !== '');
    if (!content) continue; // a spare template row with only its 序号
    // A grade-only list has no score column: its blank score points at the grade cell.
    const scoreCol = columns.score ?? columns.grade!;
    const scoreCell = grid.owner(r, scoreCol);
    const typedGrade: TypedGrade | null =
      columns.grade !== undefined && gradeText ? { text: gradeText, grade: gradeFromText(gradeText, policy), cell: grid.owner(r, columns.grade) } : null;
    const typeText = input(columns.evaluationType);
    rows.push({
      row: r,
      name: input(columns.name),
      score: columns.score === undefined ? { ok: false, problem: 'blank', text: '', cell: scoreCell } : readScore(grid.value(r, columns.score), scoreCell, 100, formulaAt(grid.snapshot, scoreCell.row, scoreCell.col)),
      typedGrade,
      outstanding: columns.outstanding === undefined ? 'unrecorded' : outstandingOf(input(columns.outstanding), policy),
      evaluationType: typeText ? evaluationTypeOf(typeText, policy, false) : sectionType,
      base: columns.base === undefined ? null : readBase(grid, r, columns.base, frame.baseInYuan),
    });
  }
  return { rows, end: r };
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
