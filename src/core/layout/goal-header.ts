import type { Grid } from '../grid/grid';
import { holdsNumber } from '../table/rows';
import { composeHeader, type HeaderColumn } from '../table/header-band';
import { periodOf, type Period } from '../table/header-text';
import { canonicalLevel1, canonicalLevel2 } from './levels';
import { columnRole, type GoalColumnRole } from './goal-concepts';

/**
 * The header band of an indicator table: the row naming the indicator columns, with a group row above
 * (实施期目标 | 本年度目标, 绩效指标 | 年度指标值) or a sub-header row below (指标性质 · 指标值 · 度量单位)
 * composed into one path per column.
 */
export interface GoalHeaderBand {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly columns: readonly HeaderColumn[];
  /** Each column's role from its header path (its own, lowest label decides; a group label only qualifies). */
  readonly roles: ReadonlyMap<number, GoalColumnRole>;
  /** The indicator column of a tree-shaped export, which also holds the level headings. */
  readonly tree?: number;
}

export type HeaderProbe =
  | { readonly kind: 'band'; readonly band: GoalHeaderBand }
  /** A header that tracks results (实际完成值, 得分 …): another kind of table; skip it and its rows. */
  | { readonly kind: 'result'; readonly bottom: number }
  /** Indicator columns named, but no value column: reported as a table not understood. */
  | { readonly kind: 'incomplete'; readonly band: GoalHeaderBand; readonly missing: 'value' | 'name' };

const INDICATOR_ROLES: ReadonlySet<GoalColumnRole> = new Set(['level1', 'level2', 'name']);

function ownRoles(grid: Grid, r: number): { col: number; role: GoalColumnRole | null; text: string }[] {
  const out: { col: number; role: GoalColumnRole | null; text: string }[] = [];
  for (const c of grid.columns(r)) {
    const text = grid.text(r, c);
    if (!text) continue;
    out.push({ col: c, role: text.length <= 30 ? columnRole(text) : null, text });
  }
  return out;
}

/** A level word in a cell (产出指标, 数量指标 …) marks a data row, never a header row. */
function isLevelWord(text: string): boolean {
  return canonicalLevel1(text) !== null || canonicalLevel2(text) !== null;
}

/** A row under the header that only names sub-columns (指标性质 / 年度指标值 / 度量单位, or 一级 / 二级 / 三级). */
function isSubHeader(grid: Grid, r: number, left: number, right: number): boolean {
  if (r > grid.bottom || holdsNumber(grid, r)) return false;
  const cells = ownRoles(grid, r).filter((x) => x.col >= left && x.col <= right);
  if (cells.length === 0) return false;
  let named = 0;
  for (const x of cells) {
    if (x.text.length > 30 || isLevelWord(x.text)) return false;
    if (x.role !== null || periodOf(x.text) !== null || GRADE_STEP.test(x.text)) named++;
  }
  return named >= Math.max(1, Math.ceil(cells.length / 2));
}

/** A row above the header that groups its columns (实施期目标 | 本年度目标, 绩效指标 | 年度指标值): merged, label-only. */
function isGroupRow(grid: Grid, r: number, left: number, right: number): boolean {
  if (r < grid.top || holdsNumber(grid, r)) return false;
  const cells = ownRoles(grid, r).filter((x) => x.col >= left && x.col <= right);
  if (cells.length === 0) return false;
  let wide = false;
  for (const x of cells) {
    if (x.text.length > 20) return false;
    if (x.role === null && periodOf(x.text) === null) return false;
    const m = grid.mergeAt(r, x.col);
    if (m && m.right > m.left) wide = true;
  }
  return wide;
}

/** The steps of a graded scale (评价标准 split into 优 / 良 / 中 / 差): the top step is the target. */
const GRADE_STEP = /^(优|良|中|差|优秀|良好|合格|较差|不合格|一般)$/;
const TOP_STEP = /^(优|优秀)$/;

/** The role of a composed column: its own label decides; group labels above only qualify it. */
function roleOfColumn(h: HeaderColumn): GoalColumnRole | null {
  if (h.keys.length >= 2 && TOP_STEP.test(h.keys[h.keys.length - 1]) && h.keys.slice(0, -1).some((k) => /标准|指标值|目标值/.test(k))) return 'value';
  for (let i = h.path.length - 1; i >= 0; i--) {
    const role = columnRole(h.path[i]);
    if (role === 'result') return role;
    if (role !== null && !(role === 'indicatorGroup' && i < h.path.length - 1)) return role;
  }
  return null;
}

/** The header band whose indicator row is r, if r names indicator columns. `floor` is the first row the band may use. */
export function probeGoalHeader(grid: Grid, r: number, floor: number): HeaderProbe | null {
  if (holdsNumber(grid, r)) return null;
  let cells = ownRoles(grid, r);
  let tree: number | null = null;
  if (!cells.some((x) => x.role !== null && INDICATOR_ROLES.has(x.role))) {
    // A system export drawn as a tree (项目 | 指标值 | 绩效金额): the indicators and their 一级 / 二级 headings
    // share one column, under a header that names no indicator column. The contents below settle it.
    tree = treeColumn(grid, r, cells);
    if (tree === null) return null;
    cells = cells.map((x) => (x.col === tree ? { ...x, role: 'name' as const } : x));
  }
  // The band's width: the header cells of this row with their merges (a label merged over two columns counts both).
  let left = Infinity;
  let right = -Infinity;
  for (const x of cells) {
    if (x.role === null && x.text.length > 30) continue;
    const m = grid.mergeAt(r, x.col);
    left = Math.min(left, m ? m.left : x.col);
    right = Math.max(right, m ? m.right : x.col);
  }
  let top = r;
  let bottom = r;
  // A merge reaching down from this row (指标值 over 指标性质 · 年度指标值 · 度量单位) makes the next row part of the band.
  const mergedDown = cells.some((x) => {
    const m = grid.mergeAt(r, x.col);
    return !!m && m.bottom > r;
  });
  if (isSubHeader(grid, r + 1, left, right) || (mergedDown && isSubHeader(grid, r + 1, left, right))) bottom = r + 1;
  if (bottom === r + 1 && isSubHeader(grid, r + 2, left, right) && !isLevelRow(grid, r + 2)) bottom = r + 2;
  if (r - 1 >= floor && isGroupRow(grid, r - 1, left, right)) top = r - 1;
  const columns = composeHeader(grid, top, bottom, left, right);
  const roles = new Map<number, GoalColumnRole>();
  for (const h of columns) {
    const role = h.col === tree ? 'name' : roleOfColumn(h);
    if (role) roles.set(h.col, role);
  }
  const band: GoalHeaderBand = { top, bottom, left, right, columns, roles, ...(tree !== null ? { tree } : {}) };
  const has = (role: GoalColumnRole) => [...roles.values()].includes(role);
  if (has('result')) return { kind: 'result', bottom };
  if (!has('value')) return { kind: 'incomplete', band, missing: 'value' };
  return { kind: 'band', band };
}

/**
 * The column of a tree-shaped table: the header row names a value column, and within the next rows one of
 * its other columns holds at least two level headings (产出指标, 成本指标(必填)) with no value beside them.
 */
function treeColumn(grid: Grid, r: number, cells: readonly { col: number; role: GoalColumnRole | null }[]): number | null {
  const value = cells.find((x) => x.role === 'value');
  if (!value) return null;
  for (const x of cells) {
    if (x.col >= value.col || (x.role !== null && x.role !== 'projectName' && x.role !== 'indicatorGroup')) continue;
    let headings = 0;
    let seen = 0;
    for (let i = grid.nextRow(r + 1); i !== undefined && seen < 30; i = grid.nextRow(i + 1), seen++) {
      if (isLevelWord(grid.text(i, x.col)) && grid.isBlank(i, value.col)) headings++;
    }
    if (headings >= 2) return x.col;
  }
  return null;
}

function isLevelRow(grid: Grid, r: number): boolean {
  return grid.columns(r).some((c) => isLevelWord(grid.text(r, c)));
}

/** Preference among several value columns: the annual one, then the plainest name. */
export function valuePreference(h: HeaderColumn, group: Period): number {
  const period = h.period;
  const own = h.keys[h.keys.length - 1] ?? '';
  let score = 0;
  if (period === group) score += 4;
  else if (period === null) score += 2;
  if (/年度指标值|当年预期实现值|本年度指标值|全年指标值|年度目标值/.test(own)) score += 1;
  if (/指标值及单位|指标值$/.test(own)) score += 0.5;
  return score;
}
