import type { Finding, Locale } from '../../core/findings';
import { columnIndex, columnLetters, toA1 } from '../../core/grid/address';
import { displayValue } from '../../core/grid/display';
import { Grid } from '../../core/grid/grid';
import { scanGoalSheet } from '../../core/layout/detect-goal-sets';
import { columnRole } from '../../core/layout/goal-concepts';
import { canonicalLevel1, canonicalLevel2 } from '../../core/layout/levels';
import { GOAL_HINT_ROLES, hintsForSheet, SAME_COLUMN_MESSAGE, type GoalLayoutHint } from '../../core/policy/layout-policy';
import { parsePolicy, PolicyError } from '../../core/policy/policy';
import { mappingStringsFor, type MappingStrings } from '../i18n/mapping-strings';
import { format, list, stringsFor } from '../i18n/strings';
import { asDoc, getPath, setPath, type Doc } from './settings-doc';
import type { HintRole, MappingDraft } from './types';

/*
 * The "这张表的列" step's logic: which header row and columns to offer, a first guess, validation with the
 * policy's own schema, what the core reads with the hint (the live preview), and the policy document with
 * the hint stored. Pure functions over a snapshot and a document; the controller and the step call them.
 */

export const HINT_ROLES: readonly HintRole[] = GOAL_HINT_ROLES;
export const REQUIRED_ROLES: ReadonlySet<HintRole> = new Set<HintRole>(['name', 'value']);

/** Rows of the body looked at to guess 一级 / 二级 columns from their contents. */
const GUESS_ROWS = 60;

export function roleLabel(role: HintRole, m: MappingStrings): string {
  const labels: Record<HintRole, string> = {
    level1: m.roleLevel1,
    level2: m.roleLevel2,
    name: m.roleName,
    value: m.roleValue,
    unit: m.roleUnit,
    comparator: m.roleComparator,
    valueType: m.roleValueType,
    projectName: m.roleProjectName,
  };
  return labels[role];
}

/** The header row as typed: a positive whole number, or null. */
export function rowNumber(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,7}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 ? n : null;
}

/** A cell as the sheet shows it (a merged header reads the same in every column it covers). */
function shown(grid: Grid, row: number, col: number): string {
  return displayValue(grid.value(row, col), grid.numberFormat(row, col)).replace(/\s+/g, ' ').trim();
}

export interface ColumnOption {
  readonly letter: string;
  /** The header text in that column at the header row ('' when blank). */
  readonly text: string;
}

/**
 * The columns offered for a header row (1-based): every column that holds a value on that row or below
 * it, left to right, with its header text. Costs what the cells below the header cost.
 */
export function columnOptions(grid: Grid, headerRow: number): ColumnOption[] {
  const r0 = headerRow - 1;
  const cols = new Set<number>();
  for (const m of grid.mergesOn(r0)) for (let c = m.left; c <= m.right; c++) cols.add(c);
  for (let r = grid.nextRow(r0); r !== undefined; r = grid.nextRow(r + 1)) for (const c of grid.columns(r)) cols.add(c);
  return [...cols].sort((a, b) => a - b).map((c) => ({ letter: columnLetters(c), text: shown(grid, r0, c) }));
}

/** The texts of a row (1-based), for the clerk to see that it is the header: "类 | 项 | 考核内容 | 目标". */
export function rowTexts(grid: Grid, row: number): string[] {
  const r0 = row - 1;
  const out: string[] = [];
  for (const c of grid.columns(r0)) {
    const t = shown(grid, r0, c);
    if (t) out.push(t.length > 16 ? `${t.slice(0, 15)}…` : t);
  }
  return out;
}

/**
 * The header row a `layout/goal-table-unrecognised` finding points at (1-based): the row it names, the
 * header cell's own row, or — when it points at the first 产出指标-like label — the nearest row above
 * holding two or more values.
 */
export function headerRowOf(finding: Pick<Finding, 'messageId' | 'ref' | 'data'>, grid: Grid): number {
  const named = Number(finding.data?.row);
  if (finding.messageId === 'noValueColumn' && Number.isInteger(named) && named >= 1) return named;
  if (finding.messageId === 'noHeader') return finding.ref.row + 1;
  const rows = grid.rows();
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r >= finding.ref.row) continue;
    if (grid.columns(r).length >= 2) return r + 1;
  }
  return Math.max(1, finding.ref.row);
}

/** The hint the recogniser applies at this sheet's header row (hintsForSheet: the core's own choice), or null. */
export function storedHint(hints: readonly GoalLayoutHint[], sheet: string, headerRow: number): GoalLayoutHint | null {
  return hintsForSheet(hints, sheet).get(headerRow - 1) ?? null;
}

/**
 * A first guess at the columns of a header row: a hint already stored for it; else what the header words
 * name; else 一级 / 二级 columns by their contents (a column of 产出指标 / 效益指标 is 一级 whatever its
 * header). The clerk sees the guess and the preview, and confirms.
 */
export function guessColumns(grid: Grid, headerRow: number, hints: readonly GoalLayoutHint[]): Partial<Record<HintRole, string>> {
  const stored = storedHint(hints, grid.name, headerRow);
  if (stored) return { ...stored.columns };
  const out: Partial<Record<HintRole, string>> = {};
  const used = new Set<string>();
  const options = columnOptions(grid, headerRow);
  for (const o of options) {
    const role = columnRole(o.text);
    if (role && (HINT_ROLES as readonly string[]).includes(role) && !out[role as HintRole] && !used.has(o.letter)) {
      out[role as HintRole] = o.letter;
      used.add(o.letter);
    }
  }
  const body: number[] = [];
  for (let r = grid.nextRow(headerRow); r !== undefined && body.length < GUESS_ROWS; r = grid.nextRow(r + 1)) body.push(r);
  for (const o of options) {
    if (used.has(o.letter) || body.length === 0) continue;
    const c = columnIndex(o.letter);
    let filled = 0;
    let l1 = 0;
    let l2 = 0;
    for (const r of body) {
      const t = grid.text(r, c);
      if (!t) continue;
      filled++;
      if (canonicalLevel1(t)) l1++;
      else if (canonicalLevel2(t)) l2++;
    }
    if (filled === 0) continue;
    const role: HintRole | null = l1 / filled >= 0.6 ? 'level1' : l2 / filled >= 0.6 ? 'level2' : null;
    if (role && !out[role]) {
      out[role] = o.letter;
      used.add(o.letter);
    }
  }
  return out;
}

/** The step's starting point on a sheet: the header row (from a finding, or as given) and the guessed columns. */
export function initialMapping(
  grid: Grid,
  hints: readonly GoalLayoutHint[],
  from: { finding?: Pick<Finding, 'messageId' | 'ref' | 'data'>; headerRow?: number },
): { headerRow: string; columns: Partial<Record<HintRole, string>> } {
  let row = from.headerRow ?? (from.finding ? headerRowOf(from.finding, grid) : null);
  if (row === null) {
    // Opened from the settings: the row above the first indicator the core read, or the row of what it could not.
    const scan = scanGoalSheet(grid, hints);
    const first = scan.sets.flatMap((s) => s.indicators)[0];
    const issue = scan.issues[0];
    if (first) {
      const above = grid.rows().filter((r) => r < first.row);
      row = above.length ? above[above.length - 1] + 1 : null;
    } else if (issue) {
      row = headerRowOf({ messageId: issue.messageId, ref: issue.cell, data: issue.data }, grid);
    }
  }
  if (row === null) return { headerRow: '', columns: {} };
  return { headerRow: String(row), columns: guessColumns(grid, row, hints) };
}

export type MappingField = 'headerRow' | HintRole;

export interface MappingIssue {
  readonly field: MappingField | null;
  readonly text: string;
}

export interface MappingCheck {
  /** The hint as the policy stores it, or null while something is missing or wrong. */
  readonly hint: GoalLayoutHint | null;
  readonly issues: readonly MappingIssue[];
}

const FIELD_PATH = /^layout\.goal\.0\.(headerRow|columns\.(\w+))$/;

/**
 * Validates the step's choices with the policy's own schema (through parsePolicy, so the words are those
 * the settings show): header row a positive whole number, 三级指标 and 指标值 chosen, no column twice.
 */
export function validateMapping(draft: Pick<MappingDraft, 'sheet' | 'headerRow' | 'columns'>, locale: Locale): MappingCheck {
  const m = mappingStringsFor(locale);
  const row = draft.headerRow.trim();
  const columns: Record<string, string> = {};
  for (const role of HINT_ROLES) {
    const letter = draft.columns[role]?.trim();
    if (letter) columns[role] = letter.toUpperCase();
  }
  const raw = { sheet: draft.sheet, headerRow: /^\d+$/.test(row) ? Number(row) : row === '' ? undefined : row, columns };
  try {
    const policy = parsePolicy({ layout: { goal: [raw] } });
    return { hint: policy.layout.goal[0], issues: [] };
  } catch (e) {
    if (!(e instanceof PolicyError)) return { hint: null, issues: [{ field: null, text: String(e) }] };
    const issues = e.issues.map((i): MappingIssue => {
      const path = FIELD_PATH.exec(i.path);
      const field = (path ? (path[2] ?? 'headerRow') : null) as MappingField | null;
      if (field === 'headerRow') return { field, text: m.mappingRowRequired };
      if (field && !columns[field]) return { field, text: m.mappingRequired };
      if (field && i.message === SAME_COLUMN_MESSAGE) {
        const first = HINT_ROLES.find((r) => columns[r] === columns[field]);
        return { field, text: format(m.mappingSameColumn, { role: first ? roleLabel(first, m) : columns[field] }) };
      }
      return { field, text: locale === 'en' ? i.en : i.message };
    });
    return { hint: null, issues };
  }
}

export interface PreviewRow {
  readonly cell: string;
  readonly name: string;
  readonly value: string;
}

export interface MappingPreview {
  /** Indicators read under the hinted header row. */
  readonly total: number;
  /** The first few, name → value as the sheet shows them. */
  readonly rows: readonly PreviewRow[];
}

/** What the core reads with the hint: the indicators of the table under the hinted header row (scanGoalSheet). */
export function previewMapping(grid: Grid, hint: GoalLayoutHint, limit = 5): MappingPreview {
  const name = columnIndex(hint.columns.name);
  const value = columnIndex(hint.columns.value);
  const rows = scanGoalSheet(grid, [hint])
    .sets.filter((set) => set.columns.name === name && set.columns.value === value)
    .flatMap((set) => set.indicators)
    .filter((r) => r.row >= hint.headerRow)
    .sort((a, b) => a.row - b.row);
  return {
    total: rows.length,
    rows: rows.slice(0, limit).map((r) => ({
      cell: toA1(r.name.cell),
      name: r.name.value,
      value: displayValue(r.value.value, r.valueNumberFormat),
    })),
  };
}

/** A hint as JSON in the policy document: roles in a fixed order, nothing empty. */
function hintJson(hint: GoalLayoutHint): Doc {
  const columns: Record<string, string> = {};
  for (const role of HINT_ROLES) {
    const letter = hint.columns[role];
    if (letter) columns[role] = letter;
  }
  return { ...(hint.sheet ? { sheet: hint.sheet } : {}), headerRow: hint.headerRow, columns };
}

/** The hints of a policy document as written (any shape: the JSON editor may hold anything). */
export function documentHints(doc: Doc): unknown[] {
  const hints = getPath(doc, 'layout.goal');
  return Array.isArray(hints) ? hints : [];
}

/** The document with the hint stored: an earlier hint for the same sheet and header row is replaced. */
export function withHint(doc: Doc, hint: GoalLayoutHint): Doc {
  const kept = documentHints(doc).filter((h) => {
    const o = asDoc(h);
    return !((o.sheet ?? undefined) === hint.sheet && o.headerRow === hint.headerRow);
  });
  return setPath(doc, 'layout.goal', [...kept, hintJson(hint)]);
}

/** The document without its i-th hint (and without an empty `layout` left behind). */
export function withoutHint(doc: Doc, index: number): Doc {
  const rest = documentHints(doc).filter((_, i) => i !== index);
  return setPath(doc, 'layout.goal', rest.length ? rest : undefined);
}

/** One stored hint in words: where it applies and which column is which ("一级指标 A、三级指标 C …"). */
export function describeHint(raw: unknown, locale: Locale): { where: string; columns: string } {
  const m = mappingStringsFor(locale);
  const o = asDoc(raw);
  const row = typeof o.headerRow === 'number' ? o.headerRow : '?';
  const where = typeof o.sheet === 'string' && o.sheet ? format(m.layoutHintSheet, { sheet: o.sheet, row }) : format(m.layoutHintAnySheet, { row });
  const cols = asDoc(o.columns);
  const parts = HINT_ROLES.filter((r) => typeof cols[r] === 'string' && cols[r]).map((r) => format(m.layoutHintColumn, { role: roleLabel(r, m), letter: String(cols[r]).toUpperCase() }));
  return { where, columns: list(stringsFor(locale), parts) };
}
