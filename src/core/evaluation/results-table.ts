import type { Grid } from '../grid/grid';
import { conceptMatcher, type ConceptMatcher } from '../table/concepts';
import { RESULTS_COLUMNS, WEAK_SCORE, type ResultsConcept } from '../table/concepts/results';
import { probeBand, type HeaderBand } from '../table/header-band';
import { isFooterText, isTotalText, labelKey, labelStem } from '../table/header-text';
import { holdsNumber, rowOutline } from '../table/rows';
import type { EvaluationType } from './adjustment';
import type { EvaluationPolicy } from './policy';
import { evaluationTypeOf, readResultsRow, ResultsRows, type ResultsColumns, type ResultsRole } from './results-rows';

export { evaluationTypeOf, outstandingOf, ResultsRows, type BaseReading, type ResultsColumns, type ResultsRole, type ResultsRow, type TypedGrade } from './results-rows';

/**
 * Results tables (评价结果 → 预算调整, contracts.md §3): detection by headers, and each row's inputs read
 * once. A sheet may hold several tables; a table may have a title above, a two-row header with merged
 * cells, a 序号 and a 项目名称/单位名称 column, section rows ("一、过程评价项目") and a 合计 row.
 */

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
const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/;
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
  /** Column-wise: by index (rows.score(i) …), or read in full with rows.at(i) or by iterating. */
  readonly rows: ResultsRows;
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

function readRows(grid: Grid, start: number, frame: Frame, roleOf: ConceptMatcher<ResultsConcept>, policy: EvaluationPolicy): { rows: ResultsRows; end: number } {
  const { columns } = frame;
  const rows = new ResultsRows(grid, frame, policy);
  let sectionType: EvaluationType = 'unknown';
  let r = start;
  for (; r <= grid.bottom; r++) {
    // A merge continuation shows its value too (评价类型 merged down over several rows).
    const { first, firstCol, texts, shown } = rowOutline(grid, r, frame.left, frame.right);
    if (!shown) break;
    // A row led by a number (its 序号) is neither a footer nor a total: not asked, so a million 序号 texts do
    // not pass through the text memos (each distinct text left old-generation garbage there).
    const labelled = texts > 0 && !NUMBER_TEXT.test(first);
    if (labelled && isFooterText(first)) break;
    if (!holdsNumber(grid, r) && header(grid, r, roleOf, r) !== null) break;
    if (labelled && (isTotalText(first) || TOTAL_ROW.test(labelKey(first)))) continue;
    const input = (c: number | undefined) => (c === undefined ? '' : grid.text(r, c));
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
    rows.add(readResultsRow(grid, r, frame, policy, sectionType), sectionType);
  }
  return { rows: rows.trim(), end: r };
}
