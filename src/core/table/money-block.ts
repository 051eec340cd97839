import type { Grid } from '../grid/grid';
import type { CellValue } from '../grid/types';
import type { Located } from '../layout/goal-model';
import { conceptMatcher, type ConceptMatcher } from './concepts';
import { MONEY_COLUMNS, MONEY_ROWS, type MoneyColumnRole, type MoneyRowKind } from './concepts/money';
import { probeBand, type HeaderBand } from './header-band';
import { isFooterText, labelKey } from './header-text';

/**
 * The money block of a single-project form (domain.md §5, §7): a header of amount columns (年初预算数 ·
 * 全年预算数 · 全年执行数 · 分值 · 执行率 · 得分, or 年初预算数 · 1-6月执行数 · 全年预计执行数), and rows
 * labelled 年度资金总额 / 其中：财政拨款 / 上年结转资金 / 其他资金. Column roles come from the headers and
 * are settled by the contents: a header over the row labels (四川's `年度预算数(万元)` above 总额 / 财政资金)
 * labels the rows, it is not the budget.
 */
export interface MoneyColumns {
  readonly initial?: number;
  /** The base of the rate: 全年预算数 / 调整后预算数, else 年初预算数. */
  readonly budget: number;
  readonly executed: number;
  readonly weight?: number;
  readonly rate?: number;
  readonly score?: number;
}

export interface MoneyRow {
  readonly row: number;
  /** What the label says (null: a row of the block whose label is not one of the usual ones). */
  readonly kind: MoneyRowKind | null;
  readonly label: string;
  readonly budget: Located<CellValue>;
  readonly executed: Located<CellValue>;
  readonly weight: Located<CellValue> | null;
  readonly rate: Located<CellValue> | null;
  readonly score: Located<CellValue> | null;
}

export interface MoneyBlock {
  readonly headerTop: number;
  readonly headerRow: number;
  readonly left: number;
  /** The last column of the money header: missing 执行率 / 得分 columns go to its right. */
  readonly right: number;
  readonly columns: MoneyColumns;
  /** Header texts by role, as written (the month of 1-6月执行数 is read from it). */
  readonly headers: Readonly<Partial<Record<MoneyColumnRole, string>>>;
  readonly rows: readonly MoneyRow[];
  /** First row after the block. */
  readonly end: number;
}

export interface MoneyBlockOptions {
  /** Rewrites a header stem before matching (monitoring: the month taken off). */
  readonly prepare?: (stem: string) => string;
}

const MATCHERS = new WeakMap<object, ConceptMatcher<MoneyColumnRole>>();
const NO_OPTIONS = {};
const rowKindOf = conceptMatcher(MONEY_ROWS, { maxLength: 24 });

function columnMatcher(options: MoneyBlockOptions): ConceptMatcher<MoneyColumnRole> {
  const key = options.prepare ?? NO_OPTIONS;
  let m = MATCHERS.get(key);
  if (!m) MATCHERS.set(key, (m = conceptMatcher(MONEY_COLUMNS, { prepare: options.prepare })));
  return m;
}

/** The kind of a money row label (年度资金总额 → total, 其中：当年财政拨款 → fiscal …), or null. */
export function moneyRowKind(label: string): MoneyRowKind | null {
  return rowKindOf(label)?.role ?? null;
}

/** An amount cell as clerks fill it: a number, numeric text (372.29万元), or a dash / blank for "none". */
const AMOUNTISH = /^-?\d[\d,]*(?:\.\d+)?\s*(?:万元|万|元)?$|^[-—–/\\]+$/;

/**
 * Whether a column under an amount header holds the rows' labels (总额, 其中：财政资金 …) rather than amounts:
 * then the header names the block (四川's `年度预算数(万元)` over the labels), not an amount column.
 */
export function holdsRowLabels(grid: Grid, col: number, rows: readonly number[]): boolean {
  let labels = 0;
  let filled = 0;
  for (const r of rows) {
    if (grid.isMergeContinuation(r, col)) continue;
    const v = grid.raw(r, col);
    if (v === null || v === '' || typeof v === 'number') {
      if (typeof v === 'number') filled++;
      continue;
    }
    filled++;
    const t = grid.text(r, col);
    if (!AMOUNTISH.test(t) && moneyRowKind(t) !== null) labels++;
  }
  return labels > 0 && labels * 2 >= filled;
}

/** The first money block between rows `from` and `to` (exclusive), or null. */
export function findMoneyBlock(grid: Grid, from: number, to: number, options: MoneyBlockOptions = NO_OPTIONS): MoneyBlock | null {
  const roleOf = columnMatcher(options);
  for (let r = grid.nextRow(from); r !== undefined && r < to; r = grid.nextRow(r + 1)) {
    const band = probeBand(grid, r, { roleOf, floor: from });
    if (!band) continue;
    const block = readBlock(grid, band, to);
    if (block) return block;
  }
  return null;
}

function readBlock(grid: Grid, band: HeaderBand<MoneyColumnRole>, to: number): MoneyBlock | null {
  const byRole = (role: MoneyColumnRole) =>
    band.columns
      .filter((h) => band.roles.get(h.col) === role)
      .sort((a, b) => band.ranks.get(a.col)! - band.ranks.get(b.col)! || a.col - b.col)
      .map((h) => h.col);
  // The data rows: up to a blank row, a footer, or `to`; the roles are then checked against them.
  const body: number[] = [];
  for (let r = grid.nextRow(band.bottom + 1); r !== undefined && r < to && body.length < 12; r = grid.nextRow(r + 1)) {
    if (r > (body.length ? body[body.length - 1] : band.bottom) + 1) break; // a blank row ends the block
    body.push(r);
  }
  const pick = (role: MoneyColumnRole) => byRole(role).find((c) => !holdsRowLabels(grid, c, body));
  const budget = pick('budget') ?? pick('initial');
  const executed = pick('executed');
  if (budget === undefined || executed === undefined) return null;
  const columns: MoneyColumns = {
    budget,
    executed,
    ...opt('initial', pick('initial') === budget ? undefined : pick('initial')),
    ...opt('weight', byRole('weight')[0]),
    ...opt('rate', byRole('rate')[0]),
    ...opt('score', byRole('score')[0]),
  };
  const headers: Partial<Record<MoneyColumnRole, string>> = {};
  for (const h of band.columns) {
    const role = band.roles.get(h.col);
    if (role && (h.col === budget || h.col === executed || role !== 'budget') && !headers[role]) headers[role] = h.path[h.path.length - 1];
  }
  const firstAmountCol = Math.min(budget, executed, columns.initial ?? Infinity);
  const at = (r: number, c: number | undefined): Located<CellValue> | null => (c === undefined ? null : { value: grid.value(r, c), cell: grid.owner(r, c) });
  const rows: MoneyRow[] = [];
  let end = band.bottom + 1;
  for (const r of body) {
    const label = rowLabel(grid, r, firstAmountCol, band.left);
    const kind = label ? moneyRowKind(label) : null;
    const amounts = [budget, executed].some((c) => !grid.isMergeContinuation(r, c) && (typeof grid.raw(r, c) === 'number' || AMOUNTISH.test(grid.text(r, c))));
    if (label && isFooterText(label)) break;
    if (kind === null && !(label && amounts && labelKey(label).length <= 16)) {
      if (rows.length === 0 && !label && !amounts) {
        end = r + 1;
        continue; // a spacer right under the header
      }
      break;
    }
    rows.push({ row: r, kind, label, budget: at(r, budget)!, executed: at(r, executed)!, weight: at(r, columns.weight), rate: at(r, columns.rate), score: at(r, columns.score) });
    end = r + 1;
  }
  if (rows.length === 0) return null;
  return { headerTop: band.top, headerRow: band.bottom, left: band.left, right: band.right, columns, headers, rows, end };
}

function opt<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

/** The row's label: the nearest own text left of the amount columns (a block label merged down, 项目资金（万元）, is skipped). */
function rowLabel(grid: Grid, r: number, firstAmountCol: number, left: number): string {
  const cols = grid.columns(r);
  for (let i = cols.length - 1; i >= 0; i--) {
    const c = cols[i];
    if (c >= firstAmountCol || c < left) continue;
    if (grid.isMergeContinuation(r, c) || typeof grid.raw(r, c) === 'number') continue; // 年初预算数 left of 全年预算数
    const t = grid.text(r, c).replace(/\s*[:：]+$/, ''); // 年度资金总额: → 年度资金总额
    if (t) return t;
  }
  return '';
}
