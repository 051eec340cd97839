import type { Grid } from '../../grid/grid';
import type { CellRef, CellValue } from '../../grid/types';
import type { Located } from '../../layout/goal-model';
import { FOOTER_PATTERN, labelKey } from '../../layout/header-aliases';
import { holdsNumber } from '../../table/rows';

/**
 * Layout of the self-evaluation form (项目支出绩效自评表, 财预〔2020〕10号 template, domain.md §5):
 * a title, 项目名称 …, a money block (年初预算数 · 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分 over the rows
 * 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金), the 年度总体目标 rows, the indicator table
 * (一级 · 二级 · 三级指标 · 年度指标值 · 实际完成值 · 分值 · 得分 · 偏差原因分析及改进措施) and a 总分 row.
 * Several forms may be stacked on one sheet.
 */

type IndicatorRole = 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'deviation';
type MoneyRole = 'initial' | 'budget' | 'executed' | 'weight' | 'rate' | 'score';
export type MoneyRowKind = 'total' | 'fiscal' | 'carryover' | 'other';

const INDICATOR_ALIASES: Readonly<Record<IndicatorRole, readonly string[]>> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '三级指标名称', '指标名称', '具体指标'],
  target: ['年度指标值', '全年指标值', '年度目标值', '指标值', '目标值', '预期指标值'],
  actual: ['实际完成值', '全年实际完成值', '年度实际完成值', '实际完成', '实际值', '完成值'],
  weight: ['分值', '权重', '指标分值', '权重分值', '标准分值'],
  score: ['得分', '自评得分', '评价得分', '指标得分'],
  deviation: ['偏差原因分析及改进措施', '偏差原因分析', '偏差原因及改进措施', '偏差原因', '未完成原因分析'],
};

const MONEY_ALIASES: Readonly<Record<MoneyRole, readonly string[]>> = {
  initial: ['年初预算数', '年初预算'],
  budget: ['全年预算数', '全年预算', '调整后预算数', '全年预算金额'],
  executed: ['全年执行数', '全年实际执行数', '实际执行数', '执行数', '实际支出数'],
  weight: ['分值', '权重'],
  rate: ['执行率', '预算执行率'],
  score: ['得分'],
};

const MONEY_ROW_LABELS: Readonly<Record<MoneyRowKind, readonly string[]>> = {
  total: ['年度资金总额', '资金总额', '年度资金合计', '资金合计', '合计', '总计'],
  fiscal: ['当年财政拨款', '财政拨款', '本年财政拨款', '财政资金', '财政拨款资金'],
  carryover: ['上年结转资金', '上年结转', '结转资金'],
  other: ['其他资金', '其他', '自筹资金'],
};

/** Columns of monitoring tables (1-N月执行数, 全年预计完成值 …): such a table is not a self-evaluation. */
const MONITORING = new Set(['全年预计完成值', '预计完成值', '完成目标可能性', '预计完成情况'].map(labelKey));
const TOTAL_LABELS = new Set(['总分', '合计', '总计', '得分合计', '总得分', '自评总分'].map(labelKey));
const GRADE_LABELS = new Set(['评价等级', '自评等级', '等级', '绩效等级', '评价结果', '自评结果', '自评等次', '评价等次'].map(labelKey));

function index<R extends string>(aliases: Readonly<Record<R, readonly string[]>>): Map<string, R> {
  const m = new Map<string, R>();
  for (const [role, list] of Object.entries(aliases) as [R, readonly string[]][]) for (const a of list) if (!m.has(labelKey(a))) m.set(labelKey(a), role);
  return m;
}
const INDICATOR_INDEX = index(INDICATOR_ALIASES);
const MONEY_INDEX = index(MONEY_ALIASES);
const MONEY_ROW_INDEX = index(MONEY_ROW_LABELS);

export interface SelfIndicator {
  readonly row: number;
  readonly level1: string;
  readonly level2: string;
  readonly name: Located<string>;
  readonly target: Located<CellValue>;
  readonly actual: Located<CellValue>;
  readonly weight: Located<CellValue>;
  /** The 得分 cell (null when the table has no 得分 column yet). */
  readonly score: Located<CellValue> | null;
}

export interface MoneyRow {
  readonly row: number;
  readonly kind: MoneyRowKind;
  readonly label: string;
  readonly budget: Located<CellValue>;
  readonly executed: Located<CellValue>;
  readonly weight: Located<CellValue> | null;
  readonly rate: Located<CellValue> | null;
  readonly score: Located<CellValue> | null;
}

export interface MoneyBlock {
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<MoneyRole, number>>> & { readonly budget: number; readonly executed: number };
  /** The last column of the money header: missing 执行率 / 得分 columns go to its right. */
  readonly right: number;
  readonly rows: readonly MoneyRow[];
}

export interface SelfEvaluationForm {
  readonly sheet: string;
  readonly projectName: string;
  readonly money: MoneyBlock | null;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly columns: Readonly<Partial<Record<IndicatorRole, number>>> & {
    readonly name: number;
    readonly target: number;
    readonly actual: number;
    readonly weight: number;
  };
  readonly indicators: readonly SelfIndicator[];
  /** The 总分 row, when the form has one. */
  readonly totalRow: number | null;
  /** The cell for the grade when the form labels one (评价等级 / 自评等级 next to the 总分 row). */
  readonly gradeCell: CellRef | null;
  /** First row after the form (after its 总分 row). */
  readonly end: number;
}

/** Every self-evaluation form on the sheet; [] when there is none (goal and monitoring sheets included). */
export function detectSelfEvaluations(grid: Grid): SelfEvaluationForm[] {
  const forms: SelfEvaluationForm[] = [];
  let blockStart = grid.top;
  // Rows that hold a value only: an empty row is no header (sparse: a stray far cell costs nothing).
  for (let r = grid.nextRow(grid.top) ?? grid.bottom + 1; r <= grid.bottom; r = grid.nextRow(r + 1) ?? grid.bottom + 1) {
    if (holdsNumber(grid, r)) continue; // header rows hold labels only
    const cols = indicatorHeader(grid, r);
    if (!cols) continue;
    const form = readForm(grid, r, cols, blockStart);
    forms.push(form);
    blockStart = form.end;
    r = form.end - 1;
  }
  return forms;
}

function roles<R extends string>(grid: Grid, r: number, idx: Map<string, R>): { cols: Partial<Record<R, number>>; keys: Set<string>; right: number } {
  const cols: Partial<Record<R, number>> = {};
  const keys = new Set<string>();
  let right = -1;
  // Own texts only: the cells that hold a value (sparse: a stray far cell costs nothing).
  for (const c of grid.columns(r)) {
    if (grid.isMergeContinuation(r, c)) continue;
    const t = grid.text(r, c);
    if (!t || t.length > 30) continue;
    const k = labelKey(t);
    keys.add(k);
    const m = grid.mergeAt(r, c);
    right = Math.max(right, m ? m.right : c);
    const role = idx.get(k);
    if (role !== undefined && cols[role] === undefined) cols[role] = c;
  }
  return { cols, keys, right };
}

type IndicatorCols = SelfEvaluationForm['columns'] & { readonly right: number; readonly left: number };

function indicatorHeader(grid: Grid, r: number): IndicatorCols | null {
  const { cols, keys, right } = roles(grid, r, INDICATOR_INDEX);
  if (cols.name === undefined || cols.target === undefined || cols.actual === undefined || cols.weight === undefined) return null;
  for (const k of keys) if (MONITORING.has(k) || /^\d+-\d+月/.test(k)) return null;
  const used = Object.values(cols) as number[];
  return { ...cols, name: cols.name, target: cols.target, actual: cols.actual, weight: cols.weight, left: Math.min(...used), right };
}

function located<T>(value: T, cell: CellRef): Located<T> {
  return { value, cell };
}

function cellAt(grid: Grid, r: number, c: number | undefined): Located<CellValue> | null {
  if (c === undefined) return null;
  const owner = grid.owner(r, c);
  return located(grid.value(r, c), owner);
}

function readForm(grid: Grid, headerRow: number, cols: IndicatorCols, blockStart: number): SelfEvaluationForm {
  const indicators: SelfIndicator[] = [];
  let level1 = '';
  let level2 = '';
  let totalRow: number | null = null;
  let r = headerRow + 1;
  for (; r <= grid.bottom; r++) {
    let first = '';
    let any = false;
    let isTotal = false;
    for (let c = grid.left; c <= Math.max(cols.right, grid.left); c++) {
      if (grid.isBlank(r, c)) continue;
      any = true;
      if (grid.isMergeContinuation(r, c)) continue;
      const t = grid.text(r, c);
      if (!first) first = t;
      if (TOTAL_LABELS.has(labelKey(t))) isTotal = true;
    }
    if (isTotal) {
      totalRow = r;
      r++;
      break;
    }
    if (!any || FOOTER_PATTERN.test(first) || (!holdsNumber(grid, r) && indicatorHeader(grid, r))) break;
    const text = (c: number | undefined) => (c === undefined ? '' : grid.text(r, c));
    // Merged 一级/二级 labels reach every row through Grid.value; a blank unmerged label inherits the one above.
    if (text(cols.level1)) level1 = text(cols.level1);
    if (text(cols.level2)) level2 = text(cols.level2);
    const name = text(cols.name);
    if (!name && !text(cols.target) && !text(cols.actual)) continue; // a spare template row
    if (grid.isMergeContinuation(r, cols.name) && grid.mergeAt(r, cols.name)!.top < r && !text(cols.actual)) continue;
    indicators.push({
      row: r,
      level1,
      level2,
      name: located(name, grid.owner(r, cols.name)),
      target: cellAt(grid, r, cols.target)!,
      actual: cellAt(grid, r, cols.actual)!,
      weight: cellAt(grid, r, cols.weight)!,
      score: cellAt(grid, r, cols.score),
    });
  }
  // A 总分 row separated from the table by nothing but its own label row still counts.
  const gradeCell = totalRow === null ? null : findGradeCell(grid, totalRow, cols.right);
  return {
    sheet: grid.name,
    projectName: projectName(grid, blockStart, headerRow),
    money: readMoney(grid, blockStart, headerRow),
    headerRow,
    left: cols.left,
    right: cols.right,
    columns: cols,
    indicators,
    totalRow,
    gradeCell,
    end: r,
  };
}

/** A 评价等级 / 自评等级 label in the 总分 row or the row below: its value cell is the next cell to the right. */
function findGradeCell(grid: Grid, totalRow: number, right: number): CellRef | null {
  for (const r of [totalRow, totalRow + 1]) {
    if (r > grid.bottom) break;
    for (let c = grid.left; c <= grid.right; c++) {
      if (grid.isMergeContinuation(r, c)) continue;
      if (!GRADE_LABELS.has(labelKey(grid.text(r, c)))) continue;
      const m = grid.mergeAt(r, c);
      const next = (m ? m.right : c) + 1;
      if (next <= Math.max(right, grid.right) + 1) return { row: r, col: next };
    }
  }
  return null;
}

function projectName(grid: Grid, from: number, to: number): string {
  for (let r = from; r < to; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (grid.isMergeContinuation(r, c) || labelKey(grid.text(r, c)) !== '项目名称') continue;
      const m = grid.mergeAt(r, c);
      for (let cc = (m ? m.right : c) + 1; cc <= grid.right; cc++) {
        if (!grid.isMergeContinuation(r, cc) && grid.text(r, cc)) return grid.text(r, cc);
      }
    }
  }
  return '';
}

function readMoney(grid: Grid, from: number, to: number): MoneyBlock | null {
  for (let r = from; r < to; r++) {
    const { cols, right } = roles(grid, r, MONEY_INDEX);
    if (cols.budget === undefined || cols.executed === undefined) continue;
    const firstNumberCol = Math.min(...(Object.values(cols) as number[]));
    const rows: MoneyRow[] = [];
    for (let rr = r + 1; rr < to && rows.length < 8; rr++) {
      const label = moneyLabel(grid, rr, firstNumberCol);
      const kind = label ? MONEY_ROW_INDEX.get(labelKey(label)) : undefined;
      if (!kind) {
        if (rows.length === 0 && !label) continue; // a sub-header or spacer row right under the header
        break;
      }
      rows.push({
        row: rr,
        kind,
        label,
        budget: cellAt(grid, rr, cols.budget)!,
        executed: cellAt(grid, rr, cols.executed)!,
        weight: cellAt(grid, rr, cols.weight),
        rate: cellAt(grid, rr, cols.rate),
        score: cellAt(grid, rr, cols.score),
      });
    }
    if (rows.length === 0) continue;
    return { headerRow: r, columns: { ...cols, budget: cols.budget, executed: cols.executed }, right, rows };
  }
  return null;
}

/** The row's label: the nearest text left of the number columns (a merged 项目资金（万元） cell is skipped). */
function moneyLabel(grid: Grid, r: number, firstNumberCol: number): string {
  for (let c = firstNumberCol - 1; c >= grid.left; c--) {
    if (grid.isMergeContinuation(r, c)) continue;
    const t = grid.text(r, c);
    if (t) return t;
  }
  return '';
}
