import type Big from 'big.js';
import type { Grid } from '../grid/grid';
import { formulaAt, type CellRef } from '../grid/types';
import { FOOTER_PATTERN, labelKey } from '../layout/header-aliases';
import { headerKey, normalizeText } from '../text/normalize';
import type { EvaluationType, Outstanding } from './adjustment';
import { gradeFromText } from './grades';
import { holdsNumber } from '../table/rows';
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

/** Built-in header spellings, most specific first (the first alias found in a row wins a role). */
const BUILT_IN_ALIASES: Readonly<Record<ResultsRole, readonly string[]>> = {
  seq: ['序号', '编号'],
  name: ['项目名称', '单位名称', '部门名称', '预算单位', '预算部门', '项目'],
  score: ['评价得分', '综合得分', '绩效评价得分', '评价总分', '最终得分', '总得分', '评价分数', '得分', '评分', '分数'],
  grade: ['评价等级', '绩效评价等级', '评价等次', '绩效等级', '评价结果', '绩效评价结果', '评价结论', '等级', '等次'],
  outstanding: ['是否绩效突出', '绩效是否突出', '绩效突出', '是否突出'],
  evaluationType: ['评价类型', '评价方式', '评价类别', '评价种类'],
  base: [
    '上年度年初预算项目经费',
    '上一年度年初预算项目经费',
    '上年度年初预算数',
    '上年年初预算数',
    '上年度年初预算',
    '上年度预算项目经费',
    '上年度项目经费',
    '上年度预算数',
    '上年预算数',
    '上年预算',
  ],
  ratio: ['调整比例', '调整幅度', '调整比率'],
  amount: ['调整金额', '预算调整金额', '调整额', '调整数'],
  newBudget: ['本年度年初预算项目经费', '本年度年初预算数', '本年度年初预算', '本年度预算项目经费', '本年预算数', '调整后预算数', '调整后预算'],
  application: ['结果应用', '结果应用情况', '结果应用措施', '应用结果', '处理意见'],
};

/** A plain 得分 column is common in other tables; alone with a name column it is not enough. */
const WEAK_SCORE = new Set(['得分', '评分', '分数'].map(labelKey));

/** Headers of goal, self-evaluation and monitoring tables: a row with any of them is not a results header. */
const FOREIGN_HEADERS = new Set(
  ['三级指标', '指标值', '年度指标值', '实际完成值', '全年预计完成值', '完成目标可能性', '全年预算数', '全年执行数', '执行率', '分值', '偏差原因分析及改进措施', '一级指标', '二级指标'].map(labelKey),
);

const TOTAL_ROW = /^(合计|总计|小计|汇总)$/;
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])/;

interface Hit {
  readonly col: number;
  readonly rank: number;
  readonly text: string;
}

type AliasIndex = ReadonlyMap<string, { role: ResultsRole; rank: number }>;
const INDEX_CACHE = new WeakMap<EvaluationPolicy['columns'], AliasIndex>();

function aliasIndex(policy: EvaluationPolicy): AliasIndex {
  let index = INDEX_CACHE.get(policy.columns);
  if (!index) {
    const m = new Map<string, { role: ResultsRole; rank: number }>();
    for (const [role, aliases] of Object.entries(BUILT_IN_ALIASES) as [ResultsRole, readonly string[]][]) {
      const extra = role === 'seq' ? [] : policy.columns[role];
      [...aliases, ...extra].forEach((a, rank) => {
        const k = labelKey(a);
        if (!m.has(k)) m.set(k, { role, rank });
      });
    }
    index = m;
    INDEX_CACHE.set(policy.columns, index);
  }
  return index;
}

interface HeaderRow {
  readonly hits: Partial<Record<ResultsRole, Hit>>;
  readonly foreign: boolean;
}

function headerRow(grid: Grid, r: number, index: AliasIndex): HeaderRow {
  const hits: Partial<Record<ResultsRole, Hit>> = {};
  let foreign = false;
  // Own texts only: the cells that hold a value (sparse: a stray far cell costs nothing).
  for (const c of grid.columns(r)) {
    if (grid.isMergeContinuation(r, c)) continue;
    const t = grid.text(r, c);
    if (!t || t.length > 40) continue;
    const k = labelKey(t);
    if (FOREIGN_HEADERS.has(k) || /^\d+-\d+月/.test(k)) foreign = true;
    const hit = index.get(k);
    if (!hit) continue;
    const prev = hits[hit.role];
    if (!prev || hit.rank < prev.rank) hits[hit.role] = { col: c, rank: hit.rank, text: t };
  }
  return { hits, foreign };
}

/** A results header: a score column and something that makes it an evaluation table, and nothing foreign. */
function qualifies(h: HeaderRow): boolean {
  const score = h.hits.score;
  if (!score || h.foreign) return false;
  const evaluationRoles = (['grade', 'outstanding', 'evaluationType', 'base', 'ratio', 'amount', 'newBudget', 'application'] as const).filter((r) => h.hits[r]);
  if (evaluationRoles.length > 0) return true;
  return !WEAK_SCORE.has(labelKey(score.text)) && !!h.hits.name;
}

export interface ResultsColumns extends Partial<Record<Exclude<ResultsRole, 'score'>, number>> {
  readonly score: number;
}

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
  const index = aliasIndex(policy);
  const tables: ResultsTable[] = [];
  for (let r = grid.top; r <= grid.bottom; ) {
    const h = holdsNumber(grid, r) ? null : headerRow(grid, r, index);
    if (!h || !qualifies(h)) {
      // An empty row is no header: go straight to the next row that holds a value.
      r = grid.nextRow(r + 1) ?? grid.bottom + 1;
      continue;
    }
    const table = readTable(grid, r, h, index, policy);
    tables.push(table);
    r = Math.max(table.end, r + 1);
  }
  return tables;
}

function readTable(grid: Grid, r: number, h: HeaderRow, index: AliasIndex, policy: EvaluationPolicy): ResultsTable {
  const hits: Partial<Record<ResultsRole, Hit>> = { ...h.hits };
  let headerTop = r;
  // Two-row header: columns merged down from the row above (项目名称, 上年预算…) keep their label there.
  if (r - 1 >= grid.top) {
    const above = headerRow(grid, r - 1, index);
    if (!above.foreign) {
      for (const [role, hit] of Object.entries(above.hits) as [ResultsRole, Hit][]) {
        if (hits[role]) continue;
        if (grid.isBlank(r, hit.col) || grid.isMergeContinuation(r, hit.col)) {
          hits[role] = hit;
          headerTop = r - 1;
        }
      }
    }
  }
  let left = Infinity;
  let right = -Infinity;
  for (let hr = headerTop; hr <= r; hr++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (grid.isBlank(hr, c)) continue;
      const m = grid.mergeAt(hr, c);
      left = Math.min(left, m ? m.left : c);
      right = Math.max(right, m ? m.right : c);
    }
  }
  const columns = { score: hits.score!.col } as { -readonly [K in keyof ResultsColumns]: ResultsColumns[K] };
  const headers: Partial<Record<ResultsRole, string>> = {};
  for (const [role, hit] of Object.entries(hits) as [ResultsRole, Hit][]) {
    columns[role] = hit.col;
    headers[role] = hit.text;
  }
  const baseInYuan = hits.base ? /\(元\)|（元）/.test(headerKey(hits.base.text)) : false;
  const baseLabel = hits.base ? labelKey(hits.base.text) : '上年度年初预算项目经费';
  const { rows, end } = readRows(grid, r + 1, { left, right, columns, baseInYuan }, index, policy);
  return { sheet: grid.name, headerRow: r, headerTop, left, right, columns, headers, baseLabel, rows, end };
}

interface Frame {
  readonly left: number;
  readonly right: number;
  readonly columns: ResultsColumns;
  readonly baseInYuan: boolean;
}

function readRows(grid: Grid, start: number, frame: Frame, index: AliasIndex, policy: EvaluationPolicy): { rows: ResultsRow[]; end: number } {
  const { columns } = frame;
  const rows: ResultsRow[] = [];
  let sectionType: EvaluationType = 'unknown';
  let r = start;
  for (; r <= grid.bottom; r++) {
    let first = '';
    let firstCol = -1;
    let texts = 0;
    let shown = false;
    for (let c = frame.left; c <= frame.right; c++) {
      if (grid.isBlank(r, c)) continue;
      shown = true; // a merge continuation shows its value too (评价类型 merged down over several rows)
      if (grid.isMergeContinuation(r, c)) continue;
      texts++;
      if (!first) {
        first = grid.text(r, c);
        firstCol = c;
      }
    }
    if (!shown) break;
    if (FOOTER_PATTERN.test(first)) break;
    if (!holdsNumber(grid, r) && qualifies(headerRow(grid, r, index))) break;
    if (TOTAL_ROW.test(first.replace(/\s+/g, ''))) continue;
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
    const scoreCell = grid.owner(r, columns.score);
    const typedGrade: TypedGrade | null =
      columns.grade !== undefined && gradeText ? { text: gradeText, grade: gradeFromText(gradeText, policy), cell: grid.owner(r, columns.grade) } : null;
    const typeText = input(columns.evaluationType);
    rows.push({
      row: r,
      name: input(columns.name),
      score: readScore(grid.value(r, columns.score), scoreCell, 100, formulaAt(grid.snapshot, scoreCell.row, scoreCell.col)),
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
