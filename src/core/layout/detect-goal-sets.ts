import type { Grid } from '../grid/grid';
import type { CellRef, CellValue } from '../grid/types';
import { LEVEL1_ALIASES, LEVEL2, type Level1, type Level2Def } from '../vocab/hierarchy';
import type { FundsBlock, GoalColumns, GoalSet, IndicatorRow, Located } from './goal-model';
import { FOOTER_PATTERN, TITLE_PATTERN, isResultHeader, labelKey, roleOf, type GoalColumnRole } from './header-aliases';

/**
 * Layout detection for goal sheets: finds every indicator table (a header row naming at least the 三级指标
 * and a value column), the header block above it (项目名称, 资金, 年度总体目标) and its indicator rows.
 * Works on merged labels, split value columns, two-row headers, stacked forms and department summary
 * tables with a 项目名称 column. Returns [] for a sheet that is not a goal sheet.
 */
export function detectGoalSets(grid: Grid): GoalSet[] {
  const sets: GoalSet[] = [];
  let blockStart = grid.top;
  // Rows are scanned for a header only outside tables: data rows are read once, by readIndicatorRows.
  for (let r = grid.top; r <= grid.bottom; ) {
    const header = headerAt(grid, r);
    if (!header) {
      r++;
      continue;
    }
    const { rows, end } = readIndicatorRows(grid, header);
    if (header.columns.projectName !== null) {
      sets.push(...splitSummaryTable(grid, header, rows, budgetYearAbove(grid, blockStart, header.row)));
    } else {
      sets.push(readForm(grid, header, rows, blockStart));
    }
    // The row that ended the table (a title, a 项目名称 label …) may start the next form's header block.
    blockStart = end;
    r = end;
  }
  return sets;
}

interface IndicatorHeader {
  readonly row: number;
  readonly dataStart: number;
  readonly columns: GoalColumns;
  /** Extra header-block columns of a summary table (funds, goals, department …). */
  readonly blockColumns: Partial<Record<GoalColumnRole, number>>;
  readonly left: number;
  readonly right: number;
}

const VALUE_PRIORITY = ['年度指标值', '全年指标值', '本年指标值', '年度目标值', '年度预期指标值', '指标值'].map(labelKey);

/** The indicator table whose header starts at row r, if any. */
function headerAt(grid: Grid, r: number): IndicatorHeader | null {
  const roles = rowRoles(grid, r);
  if (roles.name === undefined || roles.value === undefined) return null;
  if (roles.resultColumns) return null; // a monitoring or self-evaluation table, not a goal form
  let dataStart = r + 1;
  // A two-row header: 指标值 merged over 指标性质 / 指标值 / 度量单位 (or 中期 / 年度) sub-headers.
  if (r + 1 <= grid.bottom) {
    const sub = rowRoles(grid, r + 1, true);
    if (sub.count > 0 && !sub.resultColumns) {
      for (const role of Object.keys(sub.cols) as GoalColumnRole[]) roles.cols[role] = sub.cols[role];
      if (sub.value !== undefined) roles.value = sub.value;
      dataStart = r + 2;
    }
  }
  const c = roles.cols;
  const value = roles.value;
  const used = Object.values(c).filter((x): x is number => x !== undefined);
  return {
    row: r,
    dataStart,
    columns: {
      level1: c.level1 ?? null,
      level2: c.level2 ?? null,
      name: c.name!,
      value,
      comparator: c.comparator ?? null,
      unit: c.unit ?? null,
      midTermValue: c.midTermValue !== undefined && c.midTermValue !== value ? c.midTermValue : null,
      projectName: c.projectName ?? null,
    },
    blockColumns: {
      department: c.department,
      implementer: c.implementer,
      fundsTotal: c.fundsTotal,
      fundsFiscal: c.fundsFiscal,
      fundsOther: c.fundsOther,
      overallGoal: c.overallGoal,
    },
    left: Math.min(...used),
    right: Math.max(...used),
  };
}

interface RowRoles {
  cols: Partial<Record<GoalColumnRole, number>>;
  name?: number;
  value?: number;
  count: number;
  resultColumns: boolean;
}

/** Which goal-table roles the cells of one row name. Only a merge's own top-left cell counts. */
function rowRoles(grid: Grid, r: number, subHeader = false): RowRoles {
  const cols: Partial<Record<GoalColumnRole, number>> = {};
  let value: number | undefined;
  let valueRank = Infinity;
  let count = 0;
  let resultColumns = false;
  for (let c = grid.left; c <= grid.right; c++) {
    if (grid.isMergeContinuation(r, c)) continue;
    const t = grid.text(r, c);
    if (!t || t.length > 20) continue;
    if (isResultHeader(t)) resultColumns = true;
    const role = roleOf(t);
    if (!role) continue;
    // In a sub-header row only the value-splitting roles count; a stray "单位" label elsewhere does not.
    if (subHeader && !['value', 'midTermValue', 'comparator', 'unit'].includes(role)) continue;
    count++;
    if (role === 'value') {
      const rank = VALUE_PRIORITY.indexOf(labelKey(t));
      const effective = rank < 0 ? VALUE_PRIORITY.length : rank;
      if (effective < valueRank) {
        valueRank = effective;
        value = c;
      }
      continue;
    }
    if (cols[role] === undefined) cols[role] = c;
  }
  if (value !== undefined) cols.value = value;
  return { cols, name: cols.name, value, count, resultColumns };
}

function located<T>(value: T, cell: CellRef): Located<T> {
  return { value, cell };
}

/** The table's indicator rows, and the first row after the table (grid.bottom + 1 at the sheet's end). */
function readIndicatorRows(grid: Grid, header: IndicatorHeader): { rows: IndicatorRow[]; end: number } {
  const cols = header.columns;
  const rows: IndicatorRow[] = [];
  let prevLevel1: Located<string> | null = null;
  let prevLevel2: Located<string> | null = null;
  let r = header.dataStart;
  for (; r <= grid.bottom; r++) {
    if (endsTable(grid, r, header)) break;
    const nameText = grid.text(r, cols.name);
    const valueText = grid.text(r, cols.value);
    // Level labels: merged labels resolve to their top cell; a blank unmerged cell inherits the label above.
    let level1 = cols.level1 === null ? null : levelCell(grid, r, cols.level1);
    if (level1 === null && cols.level1 !== null) level1 = prevLevel1;
    let level2 = cols.level2 === null ? null : levelCell(grid, r, cols.level2);
    // A 一级 label merged across the 二级 column too ("满意度指标" spanning both) is one label, not a 二级.
    if (level2 !== null && sameCell(level2, level1)) level2 = null;
    if (level2 === null && cols.level2 !== null) {
      level2 = level1 === prevLevel1 || sameCell(level1, prevLevel1) ? prevLevel2 : null;
    }
    prevLevel1 = level1;
    prevLevel2 = level2;
    // A row whose indicator and value are both blank, or both carried by a merge from above, is a template
    // spare row or the continuation of the previous indicator: not an indicator of its own.
    const nameCarried = nameText === '' || isVerticalContinuation(grid, r, cols.name);
    const valueCarried = valueText === '' || isVerticalContinuation(grid, r, cols.value);
    if (nameCarried && valueCarried) continue;
    const valueOwner = grid.owner(r, cols.value);
    rows.push({
      row: r,
      level1,
      level1Canonical: level1 ? canonicalLevel1(level1.value) : null,
      level2,
      level2Def: level2 ? canonicalLevel2(level2.value) : null,
      name: located(nameText, grid.owner(r, cols.name)),
      value: located<CellValue>(grid.value(r, cols.value), valueOwner),
      valueNumberFormat: grid.numberFormat(valueOwner.row, valueOwner.col),
      comparator: cols.comparator === null ? null : located(grid.text(r, cols.comparator), grid.owner(r, cols.comparator)),
      unit: cols.unit === null ? null : located(grid.text(r, cols.unit), grid.owner(r, cols.unit)),
      midTermValue:
        cols.midTermValue === null ? null : located<CellValue>(grid.value(r, cols.midTermValue), grid.owner(r, cols.midTermValue)),
    });
  }
  return { rows, end: r };
}

function sameCell(a: Located<string> | null, b: Located<string> | null): boolean {
  return !!a && !!b && a.cell.row === b.cell.row && a.cell.col === b.cell.col;
}

function isVerticalContinuation(grid: Grid, r: number, c: number): boolean {
  const m = grid.mergeAt(r, c);
  return !!m && m.top < r;
}

function levelCell(grid: Grid, r: number, c: number): Located<string> | null {
  const t = grid.text(r, c);
  return t ? located(t, grid.owner(r, c)) : null;
}

/** A table ends at a blank row, a footer, a new form's title or header-block label, or the next header. */
function endsTable(grid: Grid, r: number, header: IndicatorHeader): boolean {
  let any = false;
  let texts = 0;
  let first = '';
  for (let c = header.left; c <= header.right; c++) {
    const t = grid.text(r, c);
    if (!t) continue;
    any = true;
    if (!grid.isMergeContinuation(r, c)) {
      texts++;
      if (!first) first = t;
    }
  }
  if (!any) return true;
  if (roleOf(grid.text(r, header.columns.name)) === 'name') return true; // the next table's header
  if (FOOTER_PATTERN.test(first)) return true;
  if (TITLE_PATTERN.test(first)) return true;
  const role = texts > 0 ? roleOf(first) : undefined;
  if (role === 'projectName' && header.columns.projectName === null) return true;
  return false;
}

const LEVEL1_BY_KEY = new Map<string, Level1>();
for (const [canonical, aliases] of Object.entries(LEVEL1_ALIASES) as [Level1, readonly string[]][]) {
  for (const a of aliases) LEVEL1_BY_KEY.set(labelKey(a), canonical);
}
const LEVEL2_BY_KEY = new Map<string, Level2Def>();
for (const def of LEVEL2) for (const a of def.aliases) if (!LEVEL2_BY_KEY.has(labelKey(a))) LEVEL2_BY_KEY.set(labelKey(a), def);

export function canonicalLevel1(text: string): Level1 | null {
  return LEVEL1_BY_KEY.get(labelKey(text).replace(/^[一二三四五六七八九十\d]+[、.．)]/, '')) ?? null;
}

export function canonicalLevel2(text: string): Level2Def | null {
  return LEVEL2_BY_KEY.get(labelKey(text).replace(/^[一二三四五六七八九十\d]+[、.．)]/, '')) ?? null;
}

// ---- header block of a single-project form ----

/** Labels whose blank value is itself a finding (goal/placeholder): the rules need the blank cell. */
const BLANKABLE_ROLES: readonly GoalColumnRole[] = ['projectName', 'overallGoal'];

/** The empty cell right of a label (past the label's own merge), when it lies inside the used range. */
function blankBeside(grid: Grid, r: number, c: number): Located<CellValue> | null {
  const m = grid.mergeAt(r, c);
  const col = (m ? m.right : c) + 1;
  if (col > grid.right || !grid.isBlank(r, col)) return null;
  // A group label over sub-labels ("总体目标" above "中期目标 | 年度目标") is not a blank field.
  const below = (m ? m.bottom : r) + 1;
  if (below <= grid.bottom && roleOf(grid.text(below, c)) === 'overallGoal') return null;
  return located(null, { row: r, col });
}

const BLOCK_ROLES: readonly GoalColumnRole[] = ['projectName', 'department', 'implementer', 'fundsTotal', 'fundsFiscal', 'fundsOther', 'overallGoal'];

function readForm(grid: Grid, header: IndicatorHeader, rows: IndicatorRow[], blockStart: number): GoalSet {
  const found: Partial<Record<GoalColumnRole, Located<CellValue>[]>> = {};
  for (let r = blockStart; r < header.row; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (grid.isMergeContinuation(r, c)) continue;
      const t = grid.text(r, c);
      if (!t) continue;
      const role = roleOf(t);
      if (!role || !BLOCK_ROLES.includes(role)) continue;
      const v = labelValue(grid, r, c, header.row) ?? (BLANKABLE_ROLES.includes(role) ? blankBeside(grid, r, c) : null);
      if (v) (found[role] ??= []).push(v);
    }
  }
  const text = (l: Located<CellValue> | undefined): Located<string> | null =>
    l ? located(String(typeof l.value === 'string' ? l.value : grid.text(l.cell.row, l.cell.col)), l.cell) : null;
  const first = (role: GoalColumnRole) => found[role]?.[0];
  return {
    sheet: grid.name,
    anchor: { row: header.row, col: header.left },
    projectName: text(first('projectName')),
    department: text(first('department')),
    implementer: text(first('implementer')),
    funds: { total: first('fundsTotal') ?? null, fiscal: first('fundsFiscal') ?? null, other: first('fundsOther') ?? null },
    overallGoals: (found.overallGoal ?? []).map((l) => located(grid.text(l.cell.row, l.cell.col), l.cell)),
    indicators: rows,
    columns: header.columns,
    budgetYear: budgetYearAbove(grid, blockStart, header.row),
    layout: 'form',
  };
}

/** The budget year a title or 年度 cell above the table states ("（2025年度）", "2025年度…申报表"). */
function budgetYearAbove(grid: Grid, from: number, to: number): number | null {
  for (let r = from; r < to; r++) {
    for (let c = grid.left; c <= grid.right; c++) {
      if (grid.isMergeContinuation(r, c)) continue;
      const t = grid.text(r, c);
      if (!t || t.length > 60) continue;
      const m = /(20\d{2})\s*年度/.exec(t) ?? (/申报|预算|目标表/.test(t) ? /(20\d{2})\s*年/.exec(t) : null);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/**
 * The value of a header-block label: the next non-blank cell to its right that is not itself a label;
 * failing that, the cell below (national forms put 中期目标 / 年度目标 texts under their labels).
 */
function labelValue(grid: Grid, r: number, c: number, stopRow: number): Located<CellValue> | null {
  const m = grid.mergeAt(r, c);
  const startCol = (m ? m.right : c) + 1;
  for (let cc = startCol; cc <= grid.right; cc++) {
    if (grid.isMergeContinuation(r, cc)) continue;
    const t = grid.text(r, cc);
    if (!t) continue;
    if (roleOf(t)) break; // the next label: this one was left blank
    return located(grid.raw(r, cc), { row: r, col: cc });
  }
  const below = (m ? m.bottom : r) + 1;
  if (below < stopRow && !grid.isMergeContinuation(below, c) && !labelToLeft(grid, below, c)) {
    const t = grid.text(below, c);
    if (t && !roleOf(t)) return located(grid.raw(below, c), { row: below, col: c });
  }
  return null;
}

/** Whether the nearest text left of (r, c) is a label: then (r, c) is that label's value, not one placed below. */
function labelToLeft(grid: Grid, r: number, c: number): boolean {
  for (let cc = c - 1; cc >= grid.left; cc--) {
    const t = grid.text(r, cc);
    if (t) return roleOf(t) !== undefined;
  }
  return false;
}

// ---- department summary table: one goal set per project ----

function splitSummaryTable(grid: Grid, header: IndicatorHeader, rows: IndicatorRow[], budgetYear: number | null): GoalSet[] {
  const pc = header.columns.projectName!;
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
    const c = header.blockColumns[role];
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
      overallGoals: goal ? [located(grid.text(goal.cell.row, goal.cell.col), goal.cell)] : [],
      indicators: g.rows,
      columns: header.columns,
      budgetYear,
      layout: 'summary' as const,
    };
  });
}

function sameOwner(a: CellRef, b: CellRef): boolean {
  return a.row === b.row && a.col === b.col;
}
