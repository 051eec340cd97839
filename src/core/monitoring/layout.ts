import type { Grid } from '../grid/grid';
import { formulaAt, type CellRef, type CellValue } from '../grid/types';
import type { Located } from '../layout/goal-model';
import { probeBand } from '../table/header-band';
import { holdsRowLabels } from '../table/money-block';
import { isFooterText, isTotalText, labelKey } from '../table/header-text';
import { formLabel, readLabelBlock } from '../table/label-block';
import { holdsNumber, rowOutline } from '../table/rows';
import { normalizeText } from '../text/normalize';
import { likelihoodOf, monitorMatcher, type LikelihoodKey, type MonitorRole } from './columns';
import { monthIn } from './month';
import type { MonitoringPolicy } from './policy';

/**
 * Monitoring tables (绩效运行监控表, domain.md §7), recognised by their headers:
 * - execution: 项目名称 · 年度预算数 (全年预算数 …) · 1-N月执行数 — a department's projects, one per row, or
 *   the money block of a single-project form (年度资金总额 / 其中：财政拨款 / 其他资金 rows);
 * - indicators: 三级指标 · 年度指标值 · 1-N月实际完成值 · 全年预计完成值 · 完成目标可能性 · 偏差原因;
 * - or both in one table, the project's columns merged down over its indicator rows.
 * Headers may take two rows (merged group labels such as 项目资金（万元）, 偏差原因分析 over 经费保障 …,
 * 完成目标可能性 over 确定能 / 有可能 / 完全不可能). Detection is specific: it needs a year-to-date figure
 * (1-N月执行数, 1-N月实际完成值), a 全年预计完成值 or a 完成目标可能性 column — or a 监控 title — so goal
 * forms and self-evaluations (全年执行数, 实际完成值 with 分值/得分) are not claimed.
 */

export interface MonitoringColumns extends Partial<Record<Exclude<MonitorRole, 'deviation' | 'likelihood'>, number>> {
  /** A 完成目标可能性 column holding the answer as a word. */
  readonly likelihood?: number;
  /** Or one column per answer under a merged 完成目标可能性 header, ticked (√) in one of them. */
  readonly likelihoodOptions: readonly { readonly col: number; readonly key: LikelihoodKey; readonly label: string }[];
  /** One 偏差原因 column, or the sub-columns of a merged 偏差原因分析 header (经费保障, 制度保障 …). */
  readonly deviation: readonly number[];
}

export interface MonthInfo {
  readonly value: number;
  readonly source: 'header' | 'title' | 'policy';
}

export interface ExecutionInput {
  /** `formula`: the cell holds one (its result may be missing from the file). */
  readonly budget: Located<CellValue> & { readonly formula?: string };
  readonly executed: Located<CellValue> & { readonly formula?: string };
}

export interface IndicatorInput {
  readonly name: string;
  readonly target: Located<CellValue>;
  readonly actual: Located<CellValue> | null;
  readonly projection: Located<CellValue> | null;
  /** The answer given, as written (the ticked column's label for tick columns); null when none. */
  readonly likelihood: { readonly text: string; readonly key: LikelihoodKey | null; readonly cell: CellRef } | null;
  /** The reason given ('' when none: blank, 无, /); `cell` is where one belongs (null without such a column). */
  readonly deviation: { readonly text: string; readonly cell: CellRef | null };
}

export interface MonitoringRow {
  readonly row: number;
  /** The project: the 项目名称 column, or the form's 项目名称 for a single-project form ('' when neither). */
  readonly project: string;
  /** The row's own label in a single-project money block (年度资金总额, 其中：财政拨款 …), else ''. */
  readonly label: string;
  /** A 合计 / 总计 row: computed, but not a project of its own. */
  readonly isTotal: boolean;
  /** Budget and execution, on the project's first row (null on rows continuing a merged project). */
  readonly execution: ExecutionInput | null;
  readonly indicator: IndicatorInput | null;
}

export interface MonitoringTable {
  readonly sheet: string;
  readonly headerTop: number;
  /** The last header row: missing output columns get their header here. */
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly columns: MonitoringColumns;
  /** Header texts by role, as written (for messages). */
  readonly headers: Partial<Record<MonitorRole, string>>;
  /** The month N of the 1-N月 figures, and where it came from; null when nothing states it. */
  readonly month: MonthInfo | null;
  /** The cell to point at when the month is unknown (the 执行数 header). */
  readonly monthCell: CellRef;
  /** 万元 per unit of the budget and execution columns (1, or 0.0001 for a column in 元). */
  readonly budgetScale: number;
  readonly executedScale: number;
  readonly hasExecution: boolean;
  readonly hasIndicators: boolean;
  readonly rows: readonly MonitoringRow[];
  /** First row after the table. */
  readonly end: number;
}

const TOTAL_ROW = /^(合计|总计|小计|汇总|年度资金总额合计)$/;
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）])/;
/** Answers that say "no reason" or "not ticked". */
const NOTHING = /^(?:无|没有|暂无|无偏差|否|0|[-—–/\\×✗✘_.·…]+)$/;
const MAX_HEADER_TEXT = 40;

interface ColumnHeader {
  readonly col: number;
  readonly role: MonitorRole | null;
  readonly rank: number;
  /** The column's own (lowest) label. */
  readonly text: string;
  /** Every label over the column, top to bottom (a merged group label repeats once). */
  readonly labels: readonly string[];
  readonly likelihoodKey?: LikelihoodKey;
}

/**
 * A year-to-date figure (1-N月执行数, 1-N月实际完成值, the month possibly in a group label above) or a
 * forecast column: what makes a header a monitoring header by itself.
 */
function isAnchor(ch: ColumnHeader): boolean {
  if (ch.role === 'projection' || ch.role === 'likelihood') return true;
  return (ch.role === 'executed' || ch.role === 'actual') && ch.labels.some((t) => monthIn(t) !== null);
}

function qualifies(roles: ReadonlySet<MonitorRole>, anchored: boolean): boolean {
  if (!anchored) return false;
  const execution = roles.has('budget') && roles.has('executed');
  const indicators = roles.has('target') && (roles.has('actual') || roles.has('projection') || roles.has('likelihood'));
  return execution || indicators;
}

interface Header {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: MonitoringColumns;
  readonly headers: Partial<Record<MonitorRole, string>>;
  readonly headerMonth: number | null;
  readonly monthCell: CellRef;
  readonly budgetScale: number;
  readonly executedScale: number;
}

const YUAN = /\(元\)/;

/**
 * The monitoring header at row r: a composed band (table/header-band.ts) read with the monitoring concepts.
 * Sub-columns under a merged 完成目标可能性 are its answers (确定能 / 有可能 / 完全不可能, ticked), under a merged
 * 偏差原因分析 its reasons (经费保障 · 制度保障 …). It must name budget and execution, or a target and an
 * actual / projection / likelihood, and state a year-to-date month or a forecast (or stand under a 监控 title).
 */
function header(grid: Grid, r: number, policy: MonitoringPolicy, floor: number, titled: () => boolean): Header | null {
  const roleOf = monitorMatcher(policy);
  const band = probeBand(grid, r, { roleOf, floor, maxText: MAX_HEADER_TEXT });
  if (!band) return null;
  const cols: ColumnHeader[] = band.columns
    .filter((h) => h.path.length > 0)
    .map((h) => {
      const role = band.roles.get(h.col) ?? null;
      const own = h.path[h.path.length - 1];
      const likelihoodKey = role === 'likelihood' && band.fromGroup.has(h.col) ? (likelihoodOf(own, policy) ?? undefined) : undefined;
      return { col: h.col, role, rank: band.ranks.get(h.col) ?? 0, text: own, labels: h.path, ...(likelihoodKey ? { likelihoodKey } : {}) };
    });
  const roles = new Set(cols.map((c) => c.role).filter((x): x is MonitorRole => x !== null));
  let anchored = cols.some(isAnchor);
  if (!anchored && (roles.has('executed') || roles.has('actual')) && (roles.has('budget') || roles.has('target'))) anchored = titled();
  if (!qualifies(roles, anchored)) return null;
  // Content decides where the header only suggests: a 预算 header over the row labels labels the rows.
  const body = bodyRows(grid, band.bottom);
  const columns: { -readonly [K in keyof MonitoringColumns]: MonitoringColumns[K] } = { likelihoodOptions: [], deviation: [] };
  const headers: Partial<Record<MonitorRole, string>> = {};
  const ranks: Partial<Record<MonitorRole, number>> = {};
  const likelihoodOptions: { col: number; key: LikelihoodKey; label: string }[] = [];
  const deviation: number[] = [];
  for (const ch of cols) {
    if (!ch.role || ch.role === 'projectedSpending') continue;
    if ((ch.role === 'budget' || ch.role === 'executed') && holdsRowLabels(grid, ch.col, body)) continue;
    if (ch.role === 'likelihood' && ch.labels.length > 1 && ch.likelihoodKey) {
      likelihoodOptions.push({ col: ch.col, key: ch.likelihoodKey, label: ch.text });
      headers.likelihood ??= ch.labels[0];
      continue;
    }
    if (ch.role === 'deviation') {
      deviation.push(ch.col);
      headers.deviation ??= ch.labels.length > 1 ? ch.labels[0] : ch.text;
      continue;
    }
    const prev = ranks[ch.role];
    if (prev !== undefined && prev <= ch.rank) continue;
    ranks[ch.role] = ch.rank;
    (columns as Record<string, unknown>)[ch.role] = ch.col;
    headers[ch.role] = ch.text;
  }
  columns.likelihoodOptions = likelihoodOptions;
  columns.deviation = deviation;
  if (likelihoodOptions.length > 0) delete columns.likelihood;
  const found = new Set(Object.keys(columns).filter((k) => typeof (columns as Record<string, unknown>)[k] === 'number') as MonitorRole[]);
  if (likelihoodOptions.length) found.add('likelihood');
  if (!qualifies(found, anchored)) return null;

  const executedHeader = cols.find((c) => c.col === columns.executed);
  const monthOf = (ch: ColumnHeader | undefined) => ch?.labels.map(monthIn).find((m) => m !== null) ?? null;
  const headerMonth = monthOf(executedHeader) ?? cols.map(monthOf).find((m) => m !== null) ?? null;
  const scaleOf = (col: number | undefined) => {
    const ch = cols.find((c) => c.col === col);
    return ch && ch.labels.some((t) => YUAN.test(labelKey(t))) ? 0.0001 : 1;
  };
  const monthCol = columns.executed ?? columns.actual ?? columns.projection ?? band.left;
  return {
    top: band.top,
    bottom: band.bottom,
    left: band.left,
    right: band.right,
    columns,
    headers,
    headerMonth,
    monthCell: grid.owner(band.bottom, monthCol),
    budgetScale: scaleOf(columns.budget),
    executedScale: scaleOf(columns.executed),
  };
}

/** The first rows under a header (up to 12), for checking what its columns hold. */
function bodyRows(grid: Grid, headerBottom: number): number[] {
  const out: number[] = [];
  for (let r = grid.nextRow(headerBottom + 1); r !== undefined && out.length < 12; r = grid.nextRow(r + 1)) out.push(r);
  return out;
}

/** Title lines above a table (within a few rows): whether one says 监控, and the month it states. */
function titleAbove(grid: Grid, from: number, to: number): { monitoring: boolean; month: number | null } {
  let monitoring = false;
  let month: number | null = null;
  for (let r = Math.max(from, to - 8); r < to; r++) {
    for (const c of grid.columns(r)) {
      if (grid.isMergeContinuation(r, c)) continue;
      const t = grid.text(r, c);
      if (!t || t.length > 60) continue;
      if (/监控/.test(t)) monitoring = true;
      if (month === null && /月|季度|半年/.test(t)) month = monthIn(t);
    }
  }
  return { monitoring, month };
}

/** Every monitoring table on the sheet; [] when there is none. */
export function detectMonitoringTables(grid: Grid, policy: MonitoringPolicy): MonitoringTable[] {
  const tables: MonitoringTable[] = [];
  let blockStart = grid.top;
  let r = grid.nextRow(grid.top);
  while (r !== undefined) {
    const row = r;
    const h = header(grid, row, policy, blockStart, () => titleAbove(grid, blockStart, row).monitoring);
    if (!h) {
      r = grid.nextRow(r + 1);
      continue;
    }
    const table = readTable(grid, h, policy, blockStart);
    tables.push(table);
    blockStart = table.end;
    r = grid.nextRow(Math.max(table.end, h.bottom + 1));
  }
  return tables;
}

function readTable(grid: Grid, h: Header, policy: MonitoringPolicy, blockStart: number): MonitoringTable {
  const { columns } = h;
  const hasExecution = columns.budget !== undefined && columns.executed !== undefined;
  const hasIndicators = columns.target !== undefined;
  let month: MonthInfo | null = h.headerMonth !== null ? { value: h.headerMonth, source: 'header' } : null;
  if (!month) {
    const title = titleAbove(grid, blockStart, h.top);
    if (title.month !== null) month = { value: title.month, source: 'title' };
    else if (policy.month !== undefined) month = { value: policy.month, source: 'policy' };
  }
  const block = readLabelBlock(grid, Math.max(blockStart, h.top - 12), h.top, (t) => (formLabel(t) === 'projectName' ? 'projectName' : null));
  const nameCell = block.get('projectName');
  const formProject = nameCell ? grid.text(nameCell.cell.row, nameCell.cell.col) : '';
  const firstNumberCol = Math.min(...[columns.budget, columns.executed, columns.target].filter((x): x is number => x !== undefined));
  const rows: MonitoringRow[] = [];
  let r = h.bottom + 1;
  const roleOf = monitorMatcher(policy);
  for (; r <= grid.bottom; r++) {
    const { first, firstCol, texts, shown } = rowOutline(grid, r, h.left, h.right);
    if (!shown || (texts > 0 && isFooterText(first))) break;
    // A new header ends the table; rows holding numbers are data, never headers (and not worth the check).
    if (!holdsNumber(grid, r)) {
      const own = grid.columns(r).filter((c) => roleOf(grid.text(r, c)) !== null).length;
      if (own >= 3 || (own >= 2 && header(grid, r, policy, r, () => false))) break;
    }
    if (texts === 1) {
      // A section row ("一、教育类项目") or a note spanning the table.
      const m = grid.mergeAt(r, firstCol);
      if ((m && m.right > m.left) || SECTION_NUMBER.test(first)) continue;
    }
    // Text spread over the number columns (年度总体目标 …) ends a single-project money block.
    if (hasExecution && columns.name === undefined && !hasIndicators && spansOver(grid, r, columns.budget!)) break;
    const label = columns.name === undefined ? rowLabel(grid, r, firstNumberCol, h.left) : '';
    const nameText = columns.name !== undefined ? grid.text(r, columns.name) : '';
    const isTotal = TOTAL_ROW.test(labelKey(nameText || label || first)) || isTotalText(nameText || label || first);
    const execution = hasExecution ? executionInput(grid, r, columns.budget!, columns.executed!) : null;
    const indicator = hasIndicators ? indicatorInput(grid, r, columns, policy) : null;
    if (!execution && !indicator) continue;
    rows.push({ row: r, project: nameText || formProject, label, isTotal, execution, indicator });
  }
  return {
    sheet: grid.name,
    headerTop: h.top,
    headerRow: h.bottom,
    left: h.left,
    right: h.right,
    columns,
    headers: h.headers,
    month,
    monthCell: h.monthCell,
    budgetScale: h.budgetScale,
    executedScale: h.executedScale,
    hasExecution,
    hasIndicators,
    rows,
    end: r,
  };
}

/** True when the cell shows text merged in from a cell further left (a sentence spread over the row). */
function spansOver(grid: Grid, r: number, c: number): boolean {
  const m = grid.mergeAt(r, c);
  return !!m && m.left < c && typeof grid.value(r, c) === 'string';
}

/** Budget and execution of a project's first row; null on rows a merged project cell continues over. */
function executionInput(grid: Grid, r: number, budgetCol: number, executedCol: number): ExecutionInput | null {
  const m = grid.mergeAt(r, budgetCol);
  if (m && m.top < r) return null;
  const at = (c: number) => {
    const cell = grid.owner(r, c);
    return { value: grid.value(r, c), cell, formula: formulaAt(grid.snapshot, cell.row, cell.col) };
  };
  return { budget: at(budgetCol), executed: at(executedCol) };
}

function indicatorInput(grid: Grid, r: number, columns: MonitoringColumns, policy: MonitoringPolicy): IndicatorInput | null {
  const located = (c: number | undefined): Located<CellValue> | null => (c === undefined ? null : { value: grid.value(r, c), cell: grid.owner(r, c) });
  const text = (c: number | undefined) => (c === undefined ? '' : grid.text(r, c));
  const name = text(columns.indicator);
  const target = located(columns.target)!;
  const actual = located(columns.actual);
  const projection = located(columns.projection);
  if (!name && grid.isBlank(r, columns.target!) && !text(columns.actual) && !text(columns.projection)) return null;
  // A name merged down over several rows is one indicator: only its first row counts.
  if (columns.indicator !== undefined && grid.isMergeContinuation(r, columns.indicator) && grid.mergeAt(r, columns.indicator)!.top < r) return null;

  let likelihood: IndicatorInput['likelihood'] = null;
  if (columns.likelihood !== undefined && text(columns.likelihood)) {
    const t = text(columns.likelihood);
    likelihood = { text: t, key: likelihoodOf(t, policy), cell: grid.owner(r, columns.likelihood) };
  } else {
    const ticked = columns.likelihoodOptions.filter((o) => {
      const t = text(o.col);
      return t !== '' && !NOTHING.test(normalizeText(t));
    });
    // Exactly one tick is an answer; two or more contradict each other and count as none.
    if (ticked.length === 1) likelihood = { text: ticked[0].label, key: ticked[0].key, cell: grid.owner(r, ticked[0].col) };
  }
  const reasons = columns.deviation.map((c) => text(c)).filter((t) => t !== '' && !NOTHING.test(t));
  const deviationCell = columns.deviation.length > 0 ? grid.owner(r, columns.deviation[0]) : null;
  return { name, target, actual, projection, likelihood, deviation: { text: reasons.join('；'), cell: deviationCell } };
}

/** The row's label left of the number columns (a label merged down over the block, 项目资金（万元）, is skipped). */
function rowLabel(grid: Grid, r: number, firstNumberCol: number, left: number): string {
  for (let c = firstNumberCol - 1; c >= left; c--) {
    if (grid.isMergeContinuation(r, c) || typeof grid.raw(r, c) === 'number') continue; // 年初预算数 left of 全年预算数
    const t = grid.text(r, c);
    if (t) return t;
  }
  return '';
}
