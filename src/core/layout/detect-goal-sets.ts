import type { Grid } from '../grid/grid';
import type { CellRef, CellValue } from '../grid/types';
import { holdsNumber } from '../table/rows';
import { isFooterText, isTotalText, labelKey, periodOf, type Period } from '../table/header-text';
import { profileColumn, share } from '../table/profile';
import { columnRole, labelRole, DEPARTMENT_TITLE, TITLE_PATTERN, type GoalColumnRole, type GoalLabelRole } from './goal-concepts';
import { probeGoalHeader, valuePreference, type GoalHeaderBand, type HeaderProbe } from './goal-header';
import { composeHeader } from '../table/header-band';
import { columnIndex } from '../grid/address';
import { hintsForSheet, type GoalLayoutHint } from '../policy/layout-policy';
import type { FundsBlock, GoalColumns, GoalSet, GoalText, IndicatorRow, Located } from './goal-model';
import { canonicalLevel1, canonicalLevel2 } from './levels';
import { memoByText } from '../text/memo';

export { canonicalLevel1, canonicalLevel2 } from './levels';

/**
 * Goal-table recognition: finds every indicator table on a sheet whatever template it follows, the
 * header block above it (项目名称, 资金, 年度总体目标) and its indicator rows.
 *
 * - Headers are matched by what they mean (goal-concepts.ts), composed over two- and three-row bands
 *   (goal-header.ts), and a column's role is settled by its contents too: a column of 数量指标 / 质量指标 is
 *   the 二级 column whatever its header says, and the indicator names then sit in the next text column
 *   (two-level provincial forms).
 * - Side-by-side groups (实施期 / 中期 / 长期 beside 年度 / 本年度) are told apart: the annual group is
 *   always read; the medium-term group too when it is filled.
 * - Notes, sign-off, contact and review rows end a table; labels are never read as values.
 * - A sheet that looks like a goal table but cannot be read is reported (`issues`), never skipped silently.
 */
export interface GoalLayoutIssue {
  readonly cell: CellRef;
  readonly messageId: 'noValueColumn' | 'noHeader' | 'noIndicators';
  readonly data: Readonly<Record<string, string | number>>;
}

export interface GoalScan {
  readonly sets: GoalSet[];
  readonly issues: GoalLayoutIssue[];
}

export function detectGoalSets(grid: Grid, hints: readonly GoalLayoutHint[] = []): GoalSet[] {
  return scanGoalSheet(grid, hints).sets;
}

/**
 * Every goal table of the sheet. `hints` (the policy's `layout.goal`, or what the user confirmed in the
 * pane) settle a table the recogniser could not: at a hinted header row the user's columns are used as
 * given, and the rest of the sheet is recognised as usual.
 */
export function scanGoalSheet(grid: Grid, hints: readonly GoalLayoutHint[] = []): GoalScan {
  const sets: GoalSet[] = [];
  const issues: GoalLayoutIssue[] = [];
  const hinted = hintsForSheet(hints, grid.name);
  let blockStart = grid.top;
  let r = hinted.size ? Math.min(grid.nextRow(grid.top) ?? Infinity, ...hinted.keys()) : grid.nextRow(grid.top);
  while (r !== undefined && r !== Infinity) {
    const hint = hinted.get(r);
    const probe = hint ? hintedProbe(grid, r, hint) : probeGoalHeader(grid, r, blockStart);
    if (!probe) {
      r = nextStart(grid, r + 1, hinted);
      continue;
    }
    if (probe.kind === 'result') {
      r = nextStart(grid, probe.bottom + 1, hinted);
      continue;
    }
    if (probe.kind === 'incomplete') {
      const b = probe.band;
      issues.push({ cell: { row: b.top, col: b.left }, messageId: 'noValueColumn', data: { row: b.top + 1 } });
      r = nextStart(grid, b.bottom + 1, hinted);
      continue;
    }
    const band = probe.band;
    const end = tableEnd(grid, band);
    const body: number[] = [];
    for (let i = grid.nextRow(band.bottom + 1); i !== undefined && i < end; i = grid.nextRow(i + 1)) body.push(i);
    const groups = hint ? [hintedGroup(hint)] : columnGroups(grid, band, body);
    if (groups.length === 0) {
      issues.push({ cell: { row: band.top, col: band.left }, messageId: 'noValueColumn', data: { row: band.top + 1 } });
    }
    const blockTop = Math.min(blockStart, band.top);
    for (const g of groups) {
      const rows = readIndicatorRows(grid, g.columns, body);
      if (g.period === 'mid' && rows.length === 0) continue; // an empty medium-term group is not a table
      if (g.columns.projectName !== null) {
        sets.push(...splitSummaryTable(grid, g, rows, budgetYearAbove(grid, blockTop, band.top)));
      } else {
        sets.push(readForm(grid, band, g, rows, blockTop));
      }
    }
    // The row that ended the table (a title, a 项目名称 label …) may start the next form's header block.
    blockStart = end;
    r = nextStart(grid, end, hinted);
  }
  if (sets.length === 0 && issues.length === 0) sets.push(...inlineBlocks(grid));
  if (sets.length === 0 && issues.length === 0) {
    const hint = goalLookingCell(grid);
    if (hint) issues.push({ cell: hint.cell, messageId: hint.header ? 'noHeader' : 'noIndicators', data: { text: hint.text } });
  }
  return { sets, issues };
}

/** The next row to look at from `from`: the next row holding a value, or a hinted header row before it. */
function nextStart(grid: Grid, from: number, hinted: ReadonlyMap<number, GoalLayoutHint>): number | undefined {
  const next = grid.nextRow(from);
  let best = next;
  for (const h of hinted.keys()) if (h >= from && (best === undefined || h < best)) best = h;
  return best;
}

const HINT_ROLES: readonly (keyof GoalLayoutHint['columns'])[] = ['level1', 'level2', 'name', 'value', 'unit', 'comparator', 'valueType', 'projectName'];

/** The band at a hinted header row: the user's columns, read as given. */
function hintedProbe(grid: Grid, r: number, hint: GoalLayoutHint): HeaderProbe {
  const roles = new Map<number, GoalColumnRole>();
  for (const role of HINT_ROLES) {
    const letter = hint.columns[role];
    if (letter) roles.set(columnIndex(letter), role);
  }
  const left = Math.min(...roles.keys());
  const right = Math.max(...roles.keys());
  return { kind: 'band', band: { top: r, bottom: r, left, right, columns: composeHeader(grid, r, r, left, right), roles } };
}

function hintedGroup(hint: GoalLayoutHint): ColumnGroup {
  const at = (letter: string | undefined) => (letter ? columnIndex(letter) : null);
  const c = hint.columns;
  const columns: GoalColumns = {
    level1: at(c.level1),
    level2: at(c.level2),
    name: columnIndex(c.name),
    value: columnIndex(c.value),
    comparator: at(c.comparator),
    unit: at(c.unit),
    midTermValue: null,
    projectName: at(c.projectName),
    valueType: at(c.valueType),
    standard: null,
  };
  const used = [columns.level1, columns.level2, columns.name, columns.value, columns.projectName].filter((x): x is number => x !== null);
  return { period: 'annual', columns, blockColumns: {}, anchorCol: Math.min(...used) };
}

// ---- column groups and roles ----

interface ColumnGroup {
  readonly period: Period;
  readonly columns: GoalColumns;
  /** Extra header-block columns of a summary table (funds, goals, department …). */
  readonly blockColumns: Partial<Record<GoalColumnRole, number>>;
  readonly anchorCol: number;
}

const BLOCK_COLUMN_ROLES: readonly GoalColumnRole[] = ['department', 'implementer', 'fundsTotal', 'fundsFiscal', 'fundsOther', 'overallGoal'];

/** The annual group, and the medium-term one where the form sets indicators for both side by side. */
function columnGroups(grid: Grid, band: GoalHeaderBand, body: readonly number[]): ColumnGroup[] {
  const namedPeriods = new Set<Period>();
  for (const h of band.columns) {
    const role = band.roles.get(h.col);
    if (h.period && (role === 'name' || role === 'level2' || role === 'level1')) namedPeriods.add(h.period);
  }
  // Indicator columns split by period: one group each. Otherwise one (annual) group, with a mid-term value beside.
  const split = namedPeriods.has('mid') && (namedPeriods.has('annual') || band.columns.some((h) => band.roles.get(h.col) === 'name' && h.period === null));
  const periods: Period[] = split ? ['annual', 'mid'] : ['annual'];
  const out: ColumnGroup[] = [];
  for (const period of periods) {
    const cols = band.columns.filter((h) => !split || h.period === period || h.period === null);
    const g = resolveColumns(grid, band, cols.map((h) => h.col), period, split, body);
    if (g) out.push(g);
  }
  return out;
}

type ContentKind = 'level1' | 'level2' | 'text' | 'empty';

function levelClass(text: string): string | null {
  if (investmentGroup(text)) return 'l1'; // 实施效果指标 / 过程管理指标: the 发改委 form's 一级
  const l1 = canonicalLevel1(text) !== null;
  const l2 = canonicalLevel2(text) !== null;
  if (l1 && l2) return 'both';
  if (l1) return 'l1';
  if (l2) return 'l2';
  return 'text';
}

function contentKind(grid: Grid, col: number, body: readonly number[]): ContentKind {
  const p = profileColumn(grid, col, body, levelClass);
  if (p.filled === 0) return 'empty';
  const l1 = p.counts.l1 ?? 0;
  const l2 = p.counts.l2 ?? 0;
  const both = p.counts.both ?? 0;
  if (share(p, 'l1', 'l2', 'both') >= 0.6) {
    if (l1 > l2) return 'level1';
    if (l2 > l1) return 'level2';
    return both > 0 && l1 === 0 ? 'level1' : 'level1';
  }
  return 'text';
}

const COMPARATOR_CELL = /^(≥|≤|>|<|=|≧|≦|＝|═|﹦|>=|<=|大于|小于|等于|不低于|不高于|不少于|不超过|不大于|不小于|定性|定量)$/;
const VALUE_TYPE_CELL = /^(定量|定性)(指标)?$/;
const DIRECTION_CELL = /^(正向|反向|逆向|中性|适度)(指标)?$/;

function resolveColumns(grid: Grid, band: GoalHeaderBand, cols: readonly number[], period: Period, split: boolean, body: readonly number[]): ColumnGroup | null {
  const headerOf = new Map(band.columns.map((h) => [h.col, h]));
  const byRole = (role: GoalColumnRole) => cols.filter((c) => band.roles.get(c) === role);

  // The value: the annual (or this group's) column first, then the plainest name.
  const values = byRole('value').sort((a, b) => valuePreference(headerOf.get(b)!, period) - valuePreference(headerOf.get(a)!, period) || a - b);
  if (values.length === 0) return null;
  const value = values[0];
  let midTermValue: number | null = null;
  if (!split && period === 'annual') {
    const mid = values.find((c) => c !== value && headerOf.get(c)!.period === 'mid');
    midTermValue = mid ?? null;
  }

  // Level and name columns: header suggests, contents decide (two-level forms put 二级 names under 一级指标).
  // A tree-shaped export: one column holds the indicators and their level headings (readIndicatorRows).
  if (band.tree !== undefined) {
    const tree = band.tree;
    const columns: GoalColumns = { level1: null, level2: null, name: tree, value, comparator: null, unit: null, midTermValue: null, projectName: null, valueType: null, standard: null };
    return { period, columns, blockColumns: {}, anchorCol: Math.min(tree, value) };
  }
  // A 指标类型 column holding 产出指标 / 效益指标 is a level column, whatever its header suggests.
  const kinds = new Map<number, ContentKind>();
  const kindOf = (c: number) => {
    let k = kinds.get(c);
    if (k === undefined) kinds.set(c, (k = contentKind(grid, c, body)));
    return k;
  };
  const levelish = cols.filter((c) => {
    if (c >= value) return false;
    const role = band.roles.get(c);
    if (role === 'level1' || role === 'level2' || role === 'name' || role === 'indicatorGroup' || role === undefined) return true;
    return (role === 'valueType' || role === 'comparator') && (kindOf(c) === 'level1' || kindOf(c) === 'level2');
  });
  for (const c of levelish) kindOf(c);
  const pick = (test: (c: number) => boolean) => levelish.find(test) ?? null;
  const headerRole = (c: number) => band.roles.get(c);
  const level1 =
    pick((c) => kinds.get(c) === 'level1' && headerRole(c) !== 'name') ??
    pick((c) => kinds.get(c) === 'empty' && headerRole(c) === 'level1');
  const level2 =
    pick((c) => c !== level1 && kinds.get(c) === 'level2' && headerRole(c) !== 'name') ??
    pick((c) => c !== level1 && kinds.get(c) === 'empty' && headerRole(c) === 'level2');
  const afterLevels = Math.max(level1 ?? -1, level2 ?? -1);
  // The indicator name: an explicit 三级 / 指标名称 column holding text; else the first text column after the levels.
  const named = levelish.filter((c) => headerRole(c) === 'name' && c !== level1 && c !== level2);
  const name =
    named.filter((c) => kinds.get(c) === 'text').sort((a, b) => nameSpecificity(headerOf.get(b)!.keys) - nameSpecificity(headerOf.get(a)!.keys) || b - a)[0] ??
    pick((c) => c > afterLevels && kinds.get(c) === 'text' && headerRole(c) !== 'indicatorGroup') ??
    pick((c) => c > afterLevels && kinds.get(c) === 'text') ??
    named.find((c) => kinds.get(c) === 'empty') ??
    pick((c) => c > afterLevels && kinds.get(c) === 'empty' && headerRole(c) !== 'indicatorGroup' && headerRole(c) !== undefined) ??
    // A form with no 三级 column (指标类型 | 指标名称 holding 数量指标 … | 指标值): the category is all the name there is.
    named.find((c) => kinds.get(c) === 'level2') ??
    null;
  if (name === null) return null;
  // Non-standard level names (项目完成指标, 项目效益指标) are still the level column its header names:
  // goal/hierarchy reports the names; the column must not be lost.
  const fallback = (role: GoalColumnRole, taken: (number | null)[]) =>
    levelish.find((c) => c < name && headerRole(c) === role && !taken.includes(c) && kinds.get(c) !== 'empty') ?? null;
  const level1Final = level1 ?? fallback('level1', [level2]);
  const level2Final = level2 ?? (kinds.get(name) === 'level2' ? name : fallback('level2', [level1Final]));

  // Comparator / value type / unit columns: the header names them, the contents tell 指标性质 = 定性 from ≥.
  let comparator: number | null = null;
  let valueType: number | null = null;
  let unit: number | null = null;
  for (const c of cols) {
    const role = band.roles.get(c);
    if ((role !== 'comparator' && role !== 'valueType' && role !== 'unit') || levelish.includes(c)) continue;
    const p = profileColumn(grid, c, body, (t) => (VALUE_TYPE_CELL.test(t) ? 'type' : COMPARATOR_CELL.test(t) ? 'cmp' : DIRECTION_CELL.test(t) ? 'dir' : null));
    if (role === 'unit') {
      if (unit === null) unit = c;
      continue;
    }
    if (share(p, 'dir') >= 0.5) continue; // 指标方向性 (正向/反向): neither a comparator nor a type
    if (share(p, 'type') >= 0.5 || (role === 'valueType' && share(p, 'cmp') < 0.5)) {
      if (valueType === null) valueType = c;
    } else if (comparator === null) comparator = c;
  }
  const first = (role: GoalColumnRole) => byRole(role)[0] ?? null;
  const blockColumns: Partial<Record<GoalColumnRole, number>> = {};
  for (const role of BLOCK_COLUMN_ROLES) {
    const c = first(role);
    if (c !== null) blockColumns[role] = c;
  }
  const columns: GoalColumns = {
    level1: level1Final,
    level2: level2Final,
    name,
    value,
    comparator,
    unit,
    midTermValue,
    projectName: first('projectName'),
    valueType,
    standard: first('explanation'),
  };
  const used = [level1Final, level2Final, name, value, comparator, unit].filter((x): x is number => x !== null);
  return { period, columns, blockColumns, anchorCol: Math.min(...used, columns.projectName ?? Infinity) };
}

/** 三级指标 beats 指标名称 beats a bare 绩效指标 when several columns could hold the names. */
function nameSpecificity(keys: readonly string[]): number {
  const own = keys[keys.length - 1] ?? '';
  if (/三级/.test(own)) return 3;
  if (/名称|内容/.test(own)) return 2;
  return 1;
}

// ---- the table's extent ----

/** The first row after the table: a blank row, a footer, a note across the table, a new form or header. */
function tableEnd(grid: Grid, band: GoalHeaderBand): number {
  const width = band.right - band.left + 1;
  let r = band.bottom + 1;
  for (; r <= grid.bottom; r++) {
    // The row's own texts inside the table (cells that hold a value); merged labels reaching down count
    // only to tell a blank row from a spare row of the table.
    let texts = 0;
    let first = '';
    let firstCol = -1;
    let tickBoxes = false;
    for (const c of grid.columns(r)) {
      if (c < band.left) continue;
      if (c > band.right) break;
      const t = grid.text(r, c);
      if (!t) continue;
      texts++;
      if (!first) {
        first = t;
        firstCol = c;
      }
      // Tick boxes (优秀□ 良好□ 合格□, 新增□ 延续□): a field of the form around the table, not an indicator.
      // A value of boxes ("□□台") is template text, not options: each option is a word and its box.
      if (TICK_BOX.test(t) && (t.match(TICK_OPTIONS)?.length ?? 0) >= 2) tickBoxes = true;
    }
    const any = texts > 0 || rowHasMergedText(grid, r, band.left, band.right);
    if (!any) break;
    if (texts === 0) continue; // only merged labels reaching down from above: a spare row of the table
    if (tickBoxes || endsTable(first)) break;
    // A note or section line merged across (nearly) the whole table.
    const m = grid.mergeAt(r, firstCol);
    if (texts === 1 && m && m.right - m.left + 1 >= Math.max(3, Math.ceil(width * 0.8)) && m.left <= band.left + 1) break;
    if (!holdsNumber(grid, r) && texts >= 2) {
      const role = columnRole(first);
      if (role === 'level1' || role === 'level2' || role === 'name') {
        // The next table's header (or a repeated one): it starts a table of its own. A lone label
        // repeated down the side (绩效指标 in every row) is not a header.
        const next = probeGoalHeader(grid, r, r);
        if (next !== null && next.kind !== 'incomplete') break;
      }
    }
    if (texts <= 6 && firstCol <= band.left + 1) {
      const label = labelRole(first);
      if (label && label !== 'otherLabel' && isBlockRow(grid, r, band)) break;
    }
  }
  return r;
}

const TICK_BOX = /[□■☑☐]/;
/** A row's first text that ends the table: a footer, a total row, a form title (memoised: texts repeat). */
const endsTable = memoByText(50_000, (first) => isFooterText(first) || isTotalText(first) || TITLE_PATTERN.test(labelKey(first)));
const TICK_OPTIONS = /[\u4e00-\u9fff]{1,8}\s*[□■☑☐]/g;

function rowHasMergedText(grid: Grid, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (grid.isMergeContinuation(r, c) && grid.text(r, c)) return true;
  return false;
}

/** A row of the next form's header block: its first text is a label with its value beside it, not an indicator. */
function isBlockRow(grid: Grid, r: number, band: GoalHeaderBand): boolean {
  for (let c = band.left; c <= band.right; c++) {
    if (grid.isMergeContinuation(r, c)) continue;
    const t = grid.text(r, c);
    if (!t) continue;
    const role = labelRole(t);
    return role === 'projectName' || role === 'department' || role === 'fundsTotal' || role === 'overallGoal' || role === 'midGoal' || role === 'fundsGroup';
  }
  return false;
}

// ---- indicator rows ----

function located<T>(value: T, cell: CellRef): Located<T> {
  return { value, cell };
}

/** The last row above a tree's first heading that names something (the project), and an amount in it. */
function treeRoot(grid: Grid, cols: GoalColumns, from: number, firstIndicator: number): { name: Located<CellValue>; amount: Located<CellValue> | null } | null {
  let root: { name: Located<CellValue>; amount: Located<CellValue> | null } | null = null;
  for (let r = grid.nextRow(from); r !== undefined && r < firstIndicator; r = grid.nextRow(r + 1)) {
    const t = grid.text(r, cols.name);
    if (!t || canonicalLevel1(t) || canonicalLevel2(t)) continue;
    const amountCol = grid.columns(r).find((c) => c !== cols.name && typeof grid.raw(r, c) === 'number');
    root = { name: located(grid.raw(r, cols.name), { row: r, col: cols.name }), amount: amountCol === undefined ? null : located(grid.raw(r, amountCol), { row: r, col: amountCol }) };
  }
  return root;
}

function investmentGroup(text: string): 'effect' | 'process' | null {
  const key = labelKey(text);
  return key === '实施效果指标' ? 'effect' : key === '过程管理指标' ? 'process' : null;
}

/** Rows above the first level heading of a tree (the unit, the project): not indicators. */
function treeAncestors(grid: Grid, cols: GoalColumns, body: readonly number[], r: number): boolean {
  for (const i of body) {
    if (i < r) continue;
    const name = grid.text(i, cols.name);
    if (grid.isBlank(i, cols.value) && name && (canonicalLevel1(name) || canonicalLevel2(name))) return true;
    if (!grid.isBlank(i, cols.value)) return false;
  }
  return false;
}

function sameCell(a: Located<string> | null, b: Located<string> | null): boolean {
  return !!a && !!b && a.cell.row === b.cell.row && a.cell.col === b.cell.col;
}

function isVerticalContinuation(grid: Grid, r: number, c: number): boolean {
  const m = grid.mergeAt(r, c);
  return !!m && m.top < r;
}

/**
 * The level label shown at (r, c). A label merged down many rows is the label of the row above again:
 * that one is returned rather than a copy (labels repeat down a table; rows already share a carried label).
 */
function levelCell(grid: Grid, r: number, c: number, above: Located<string> | null): Located<string> | null {
  const t = grid.text(r, c);
  if (!t) return null;
  const m = grid.mergeAt(r, c);
  if (m && above && above.value === t && above.cell.row === m.top && above.cell.col === m.left) return above;
  return located(t, m ? { row: m.top, col: m.left } : { row: r, col: c });
}

/**
 * The indicator rows of a table's body. Where the form has no level columns, level headings may sit in
 * the name column itself (a tree-shaped system export: 产出指标 / 成本指标(必填) / the indicators under
 * them): a heading row sets the levels of the rows under it, and rows above the first heading (the unit,
 * the project) are not indicators.
 */
function readIndicatorRows(grid: Grid, cols: GoalColumns, body: readonly number[]): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  let prevLevel1: Located<string> | null = null;
  let prevLevel2: Located<string> | null = null;
  const optional = (c: number | null, r: number) => (c === null ? null : located(grid.text(r, c), grid.owner(r, c)));
  const headings = cols.level1 === null && cols.level2 === null;
  let headingLevel1: Located<string> | null = null;
  let headingLevel2: Located<string> | null = null;
  let sawHeading = false;
  for (const r of body) {
    const nameText = grid.text(r, cols.name);
    const valueText = grid.text(r, cols.value);
    if (headings && valueText === '' && nameText !== '') {
      const cell = located(nameText, grid.owner(r, cols.name));
      const asLevel2 = canonicalLevel2(nameText);
      const asLevel1 = canonicalLevel1(nameText);
      // 成本指标 and 满意度指标 name both levels: under a heading they belong to, they are its 二级.
      const under = headingLevel1 ? canonicalLevel1(headingLevel1.value) : null;
      if (asLevel2 && (!asLevel1 || (under !== null && asLevel2.parents.includes(under) && asLevel1 !== under))) {
        headingLevel2 = cell;
        sawHeading = true;
        continue;
      }
      if (asLevel1) {
        headingLevel1 = cell;
        headingLevel2 = null;
        sawHeading = true;
        continue;
      }
    }
    if (headings && sawHeading) {
      const level2Def = headingLevel2 ? canonicalLevel2(headingLevel2.value) : null;
      const valueOwner = grid.owner(r, cols.value);
      if (nameText === '' && valueText === '') continue;
      rows.push({
        row: r,
        level1: headingLevel1,
        level1Canonical: headingLevel1 ? canonicalLevel1(headingLevel1.value) : (level2Def?.parents[0] ?? null),
        level2: headingLevel2,
        level2Def,
        name: located(nameText, grid.owner(r, cols.name)),
        value: located<CellValue>(grid.value(r, cols.value), valueOwner),
        valueNumberFormat: grid.numberFormat(valueOwner.row, valueOwner.col),
        comparator: optional(cols.comparator, r),
        unit: optional(cols.unit, r),
        midTermValue: null,
        valueType: optional(cols.valueType, r),
        standard: optional(cols.standard, r),
      });
      continue;
    }
    if (headings && treeAncestors(grid, cols, body, r)) continue;
    // Level labels: merged labels resolve to their top cell; a blank unmerged cell inherits the label above.
    let level1: Located<string> | null = cols.level1 === null ? null : levelCell(grid, r, cols.level1, prevLevel1);
    if (level1 === null && cols.level1 !== null) level1 = prevLevel1;
    let level2: Located<string> | null = cols.level2 === null ? null : levelCell(grid, r, cols.level2, prevLevel2);
    // One label merged across the 一级 and 二级 columns is one label: a 一级 name ("满意度指标") is the 一级 with
    // no 二级; a 二级 name ("社会公众或服务对象满意度指标") is the 二级, its 一级 implied.
    const spansBoth: boolean = level2 !== null && sameCell(level2, level1);
    if (spansBoth) {
      if (canonicalLevel1(level1!.value)) level2 = null;
      else level1 = null;
    }
    if (level2 === null && cols.level2 !== null && !spansBoth) {
      level2 = level1 === prevLevel1 || sameCell(level1, prevLevel1) ? prevLevel2 : null;
    }
    prevLevel1 = spansBoth && level1 === null ? level2 : level1;
    prevLevel2 = level2;
    // A row whose indicator and value are both blank, or both carried by a merge from above, is a template
    // spare row or the continuation of the previous indicator: not an indicator of its own.
    const nameCarried = nameText === '' || isVerticalContinuation(grid, r, cols.name);
    const valueCarried = valueText === '' || isVerticalContinuation(grid, r, cols.value);
    if (nameCarried && valueCarried) continue;
    const valueOwner = grid.owner(r, cols.value);
    // The 发改委 中央预算内投资 form nests the usual levels one deeper: 实施效果指标 over 产出/效益/满意度, and
    // 过程管理指标 over 计划/资金/项目管理 and 监督检查 (process requirements, not goals of their own).
    const investment = level1 ? investmentGroup(level1.value) : null;
    let rowLevel1 = level1;
    let rowLevel2 = level2;
    if (investment === 'effect' && level2 && canonicalLevel1(level2.value)) {
      rowLevel1 = level2;
      rowLevel2 = null;
    }
    const level2Def = rowLevel2 && investment !== 'process' ? canonicalLevel2(rowLevel2.value) : null;
    let level1Canonical = rowLevel1 ? canonicalLevel1(rowLevel1.value) : null;
    // Two-level forms (no 一级 column) and 二级 labels spanning both columns: the 二级 name says which 一级.
    if ((cols.level1 === null || (spansBoth && level1 === null)) && level2Def) level1Canonical = level2Def.parents[0];
    const row: { processRequirement?: boolean } & IndicatorRow = {
      row: r,
      level1: rowLevel1,
      level1Canonical,
      level2: rowLevel2,
      level2Def,
      name: located(nameText, grid.owner(r, cols.name)),
      value: located<CellValue>(grid.value(r, cols.value), valueOwner),
      valueNumberFormat: grid.numberFormat(valueOwner.row, valueOwner.col),
      comparator: optional(cols.comparator, r),
      unit: optional(cols.unit, r),
      midTermValue: cols.midTermValue === null ? null : located<CellValue>(grid.value(r, cols.midTermValue), grid.owner(r, cols.midTermValue)),
      valueType: optional(cols.valueType, r),
      standard: optional(cols.standard, r),
    };
    // Set after the literal: a spread inside it takes V8's slow path on every row.
    if (investment === 'process') row.processRequirement = true;
    rows.push(row);
  }
  return rows;
}

// ---- header block of a single-project form ----

const FUNDS_ROLES: readonly GoalLabelRole[] = ['fundsTotal', 'fundsFiscal', 'fundsOther'];
const FUNDS_WORD = /资金|拨款|收入|预算|小计|合计|金额|经费|基金/;

/** Labels whose blank value is itself a finding (goal/placeholder): the rules need the blank cell. */
const BLANKABLE: readonly GoalLabelRole[] = ['projectName', 'overallGoal'];

/** The empty cell right of a label (past the label's own merge), when it lies inside the used range. */
function blankBeside(grid: Grid, r: number, c: number): Located<CellValue> | null {
  const m = grid.mergeAt(r, c);
  const col = (m ? m.right : c) + 1;
  if (col > grid.right || !grid.isBlank(r, col)) return null;
  // A group label over sub-labels ("总体目标" above "中期目标 | 年度目标") is not a blank field.
  const below = (m ? m.bottom : r) + 1;
  const under = below <= grid.bottom ? labelRole(grid.text(below, c)) : null;
  if (under === 'overallGoal' || under === 'midGoal') return null;
  return located(null, { row: r, col });
}

/** An inline label (`项目名称：农村饮水工程`, `单位：万元`): the label's role and the text after the colon. */
function inlineLabel(text: string): { role: GoalLabelRole; value: string } | null {
  const m = /^([^:：]{2,14})[:：]\s*(.*)$/.exec(text);
  if (!m) return null;
  const role = labelRole(m[1]);
  return role ? { role, value: m[2].trim() } : null;
}

function readForm(grid: Grid, band: GoalHeaderBand, group: ColumnGroup, rows: IndicatorRow[], blockStart: number): GoalSet {
  const found: Partial<Record<GoalLabelRole, Located<CellValue>[]>> = {};
  const totalRank = new Map<Located<CellValue>, number>();
  let department = false;
  const add = (role: GoalLabelRole, v: Located<CellValue>, label = '') => {
    (found[role] ??= []).push(v);
    if (role === 'fundsTotal') totalRank.set(v, fundsTotalRank(label));
  };
  for (let r = blockStart; r < band.top; r++) {
    for (const c of grid.columns(r)) {
      const t = grid.text(r, c);
      if (DEPARTMENT_TITLE.test(t) && t.length <= 40) department = true;
      const role = labelRole(t);
      if (!role) {
        const inline = inlineLabel(t);
        if (inline && inline.value && (inline.role === 'projectName' || inline.role === 'department' || inline.role === 'implementer')) {
          add(inline.role, located<CellValue>(inline.value, { row: r, col: c }));
        }
        continue;
      }
      if (role === 'otherLabel' || role === 'fundsGroup' || role === 'fundsAside') continue;
      if (role === 'departmentDuties') department = true;
      const v = labelValue(grid, r, c, band.top) ?? (BLANKABLE.includes(role) ? blankBeside(grid, r, c) : null);
      // A funds word with no figure beside a funds label is another label ("(一)财政拨款小计"), not an amount.
      if (v && FUNDS_ROLES.includes(role) && typeof v.value === 'string' && !/\d/.test(v.value) && FUNDS_WORD.test(v.value)) continue;
      if (v) add(role, v, t);
    }
  }
  // A tree-shaped export names its project in the row above the first heading, with the amount beside it.
  if (!found.projectName && group.columns.level1 === null && group.columns.level2 === null && rows.length) {
    const root = treeRoot(grid, group.columns, band.bottom + 1, rows[0].row);
    if (root) {
      add('projectName', root.name);
      if (root.amount && !found.fundsTotal) add('fundsTotal', root.amount, '');
    }
  }
  const text = (l: Located<CellValue> | undefined): Located<string> | null =>
    l ? located(typeof l.value === 'string' ? l.value.trim() : grid.text(l.cell.row, l.cell.col), l.cell) : null;
  const first = (role: GoalLabelRole) => found[role]?.[0];
  let projectName = text(first('projectName'));
  const departmentName = text(first('department'));
  if (department && !projectName) projectName = departmentName;
  const goalText = (period: GoalText['period']) => (l: Located<CellValue>): GoalText => ({ value: grid.text(l.cell.row, l.cell.col), cell: l.cell, period });
  const goals = [...(found.midGoal ?? []).map(goalText('mid')), ...(found.overallGoal ?? []).map(goalText('annual'))].sort(
    (a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col,
  );
  const periodCell = first('period');
  // The year's total: an explicitly annual label beats a plain one, which beats a total investment.
  found.fundsTotal?.sort((a, b) => totalRank.get(a)! - totalRank.get(b)!);
  return {
    sheet: grid.name,
    anchor: { row: band.top, col: Math.min(band.left, group.anchorCol) },
    projectName,
    department: departmentName,
    implementer: text(first('implementer')),
    funds: { total: first('fundsTotal') ?? null, fiscal: first('fundsFiscal') ?? null, other: first('fundsOther') ?? null },
    overallGoals: group.period === 'mid' ? goals.filter((g) => g.period === 'mid') : goals,
    indicators: rows,
    columns: group.columns,
    budgetYear: budgetYearAbove(grid, blockStart, band.top),
    layout: department ? 'department' : 'form',
    group: group.period,
    period: periodCell ? located(grid.text(periodCell.cell.row, periodCell.cell.col), periodCell.cell) : null,
  };
}

function fundsTotalRank(label: string): number {
  const key = labelKey(label);
  if (/^(年度|本年度|当年|本年)/.test(key)) return 0;
  if (/总投资|总金额/.test(key)) return 2;
  return 1;
}

/** The budget year a title or 年度 cell above the table states ("（2025年度）", "2025年度…申报表"). */
function budgetYearAbove(grid: Grid, from: number, to: number): number | null {
  for (let r = from; r < to; r++) {
    for (const c of grid.columns(r)) {
      const t = grid.text(r, c);
      if (!t || t.length > 60) continue;
      const m = /(20\d{2})\s*年度/.exec(t) ?? (/申报|预算|目标表/.test(t) ? /(20\d{2})\s*年/.exec(t) : null);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/** A text that reads as a label: a known one, or one ending with a colon (单位信息:, 项目经办人:). */
function isLabelLike(text: string): boolean {
  return labelRole(text) !== null || inlineLabel(text) !== null || /[:：]$/.test(text);
}

/**
 * The value of a header-block label: the next non-blank cell to its right that is not itself a label;
 * failing that, the cell below when it is not a label (national forms put 中期目标 / 年度目标 texts under
 * their labels, and some forms lay funds out as a row of labels over a row of values).
 */
function labelValue(grid: Grid, r: number, c: number, stopRow: number): Located<CellValue> | null {
  const own = grid.text(r, c);
  const m = grid.mergeAt(r, c);
  const startCol = (m ? m.right : c) + 1;
  for (const cc of grid.columns(r)) {
    if (cc < startCol) continue;
    const t = grid.text(r, cc);
    if (!t) continue;
    if (isLabelLike(t)) {
      // The next label: this one was left blank, or it groups the goal labels beside it
      // (总体目标 | 中期目标 | 年度目标); a goal's text may still sit below it (年度目标 | 年度总体目标完成情况).
      const next = labelRole(t);
      if ((next === 'overallGoal' || next === 'midGoal') && labelRole(own) === 'overallGoal' && periodOf(own) === null) return null;
      break;
    }
    return located(grid.raw(r, cc), { row: r, col: cc });
  }
  const next = (m ? m.bottom : r) + 1;
  if (next < stopRow && !grid.isMergeContinuation(next, c) && !labelToLeft(grid, next, c)) {
    const t = grid.text(next, c);
    if (t && !isLabelLike(t)) return located(grid.raw(next, c), { row: next, col: c });
  }
  return null;
}

/** Whether the nearest text left of (r, c) is a label: then (r, c) is that label's value, not one placed below. */
function labelToLeft(grid: Grid, r: number, c: number): boolean {
  const cols = grid.columns(r);
  for (let i = cols.length - 1; i >= 0; i--) {
    if (cols[i] >= c) continue;
    const t = grid.text(r, cols[i]);
    if (t) return labelRole(t) !== null;
  }
  return false;
}

// ---- department summary table: one goal set per project ----

function splitSummaryTable(grid: Grid, group: ColumnGroup, rows: IndicatorRow[], budgetYear: number | null): GoalSet[] {
  const pc = group.columns.projectName!;
  const groups: { name: Located<string>; rows: IndicatorRow[] }[] = [];
  for (const row of rows) {
    const t = grid.text(row.row, pc);
    const owner = grid.owner(row.row, pc);
    const current = groups[groups.length - 1];
    // A blank project cell continues the project above (clerks often leave it blank instead of merging).
    if (current && (!t || (current.name.value === t && (sameOwner(current.name.cell, owner) || !grid.mergeAt(row.row, pc))))) {
      current.rows.push(row);
    } else {
      groups.push({ name: located(t, owner), rows: [row] });
    }
  }
  const blockCell = (role: GoalColumnRole, g: { rows: IndicatorRow[] }): Located<CellValue> | null => {
    const c = group.blockColumns[role];
    if (c === undefined) return null;
    for (const row of g.rows) {
      if (!grid.isBlank(row.row, c)) return located(grid.value(row.row, c), grid.owner(row.row, c));
    }
    return null;
  };
  return groups.map((g) => {
    const goal = blockCell('overallGoal', g);
    const dept = blockCell('department', g);
    const impl = blockCell('implementer', g);
    const funds: FundsBlock = { total: blockCell('fundsTotal', g), fiscal: blockCell('fundsFiscal', g), other: blockCell('fundsOther', g) };
    return {
      sheet: grid.name,
      anchor: g.name.cell,
      projectName: g.name,
      department: dept ? located(grid.text(dept.cell.row, dept.cell.col), dept.cell) : null,
      implementer: impl ? located(grid.text(impl.cell.row, impl.cell.col), impl.cell) : null,
      funds,
      overallGoals: goal ? [{ value: grid.text(goal.cell.row, goal.cell.col), cell: goal.cell, period: 'annual' as const }] : [],
      indicators: g.rows,
      columns: group.columns,
      budgetYear,
      layout: 'summary' as const,
      group: group.period,
      period: null,
    };
  });
}

function sameOwner(a: CellRef, b: CellRef): boolean {
  return a.row === b.row && a.col === b.col;
}

// ---- indicators written inside text cells (older whole-department forms) ----

/**
 * Older 部门整体支出绩效目标申报表 put each 一级's indicators in one text cell beside it ("产出指标 | 质量指标:…
 * 合格率达100%\n时效指标:…", "效益指标 | 指标1(经济效益):预计收费4000元 指标2(社会效益):…"). Each item of the
 * cell is read as an indicator located at that cell, with the 二级 its prefix names; the header block above
 * is read as on any form.
 */
function inlineBlocks(grid: Grid): GoalSet[] {
  const blocks: { row: number; level1: Located<string>; cell: CellRef; text: string }[] = [];
  for (const r of grid.rows()) {
    const cols = grid.columns(r);
    for (let i = 0; i < cols.length - 1; i++) {
      const t = grid.text(r, cols[i]);
      if (!canonicalLevel1(t) || t.length > 12) continue;
      const text = grid.text(r, cols[i + 1]);
      if (text.length < 12 || canonicalLevel1(text) || canonicalLevel2(text)) continue;
      blocks.push({ row: r, level1: located(t, { row: r, col: cols[i] }), cell: { row: r, col: cols[i + 1] }, text: String(grid.raw(r, cols[i + 1])) });
      break;
    }
  }
  // Two 一级 cells at least (产出 and 效益), in consecutive rows: anything less is a sentence that mentions a level.
  if (blocks.length < 2 || blocks.some((b, i) => i > 0 && b.row - blocks[i - 1].row > 2)) return [];
  const rows: IndicatorRow[] = [];
  for (const b of blocks) {
    for (const item of inlineItems(b.text)) {
      const level2Def = item.level2 ? canonicalLevel2(item.level2) : null;
      rows.push({
        row: b.row,
        level1: b.level1,
        level1Canonical: canonicalLevel1(b.level1.value),
        level2: item.level2 ? located(item.level2, b.cell) : null,
        level2Def,
        name: located(item.text, b.cell),
        value: located<CellValue>(item.text, b.cell),
        valueNumberFormat: null,
        comparator: null,
        unit: null,
        midTermValue: null,
        valueType: null,
        standard: null,
      });
    }
  }
  const first = blocks[0];
  const band: GoalHeaderBand = { top: first.row, bottom: first.row - 1, left: first.level1.cell.col, right: first.cell.col, columns: [], roles: new Map() };
  const columns: GoalColumns = {
    level1: first.level1.cell.col,
    level2: null,
    name: first.cell.col,
    value: first.cell.col,
    comparator: null,
    unit: null,
    midTermValue: null,
    projectName: null,
    valueType: null,
    standard: null,
  };
  return [readForm(grid, band, { period: 'annual', columns, blockColumns: {}, anchorCol: first.level1.cell.col }, rows, grid.top)];
}

/** The items of an inline indicator cell: one per line, or per 指标N marker; each with the 二级 its prefix names. */
function inlineItems(text: string): { level2: string | null; text: string }[] {
  const parts = text.includes('\n') ? text.split(/\n+/) : text.split(/(?=指标\s*\d+)/);
  const out: { level2: string | null; text: string }[] = [];
  for (const raw of parts) {
    let t = raw.replace(/^\s*指标\s*\d+\s*/, '').trim();
    let level2: string | null = null;
    const prefix = /^[(（]([^)）]{2,16})[)）]\s*[:：]?|^([^:：()（）]{2,14})[:：]/.exec(t);
    const named = prefix ? (prefix[1] ?? prefix[2]).trim() : '';
    if (prefix && canonicalLevel2(named.endsWith('指标') ? named : `${named}指标`)) {
      level2 = named;
      t = t.slice(prefix[0].length).trim();
    }
    t = t.replace(/[:：;；,，。…\s]+$/, '').trim();
    if (!t || /^[.…。·]+$/.test(t)) continue;
    out.push({ level2, text: t });
  }
  return out;
}

// ---- sheets that look like goal tables but were not read ----

/**
 * A cell that makes the sheet look like a goal table (a form title, an indicator header, or 产出/效益/满意度
 * level words) when no table was read: the sheet is then reported as not understood instead of skipped.
 */
function goalLookingCell(grid: Grid): { cell: CellRef; text: string; header: boolean } | null {
  const levels = new Set<string>();
  let firstLevel: { cell: CellRef; text: string } | null = null;
  let seen = 0;
  for (const r of grid.rows()) {
    if (seen++ > 2000) break; // what a goal form looks like shows in its first rows
    for (const c of grid.columns(r)) {
      const t = grid.text(r, c);
      if (t.length > 40) continue;
      const role = columnRole(t);
      if (role === 'result') return null; // a results table of a kind not recognised: not a goal table
      if (role === 'level1' || role === 'level2' || role === 'name') return { cell: { row: r, col: c }, text: t, header: true };
      const l1 = canonicalLevel1(t);
      if (l1) {
        levels.add(l1);
        firstLevel ??= { cell: { row: r, col: c }, text: t };
      }
    }
  }
  return levels.size >= 2 && firstLevel ? { ...firstLevel, header: false } : null;
}
