import { toA1 } from '../../core/grid/address';
import { isBlank, type CellRef, type CellValue, type SheetSnapshot } from '../../core/grid/types';
import type { FillPlan, SkippedWrite } from '../../core/fill/plan';
import { formatCell } from '../i18n/cell-format';

/**
 * What a fill preview shows, worked out from the plan and the sheet as read: per row, each value to be
 * written under its column's header, formatted as the sheet will show it; and the cells an overwrite
 * would change, with their old and new values.
 */

export interface PreviewCell {
  readonly a1: string;
  readonly column: string;
  readonly text: string;
}

export interface PreviewRow {
  /** 1-based, as Excel numbers rows. */
  readonly row: number;
  /** The row's project or item name, when the row has one. */
  readonly name: string;
  readonly cells: readonly PreviewCell[];
}

export interface OverwriteCell {
  readonly a1: string;
  readonly column: string;
  readonly before: string;
  readonly after: string;
}

function valueAt(s: SheetSnapshot, ref: CellRef): CellValue {
  return s.values[ref.row - s.origin.row]?.[ref.col - s.origin.col] ?? null;
}

function formatAt(s: SheetSnapshot, ref: CellRef): string | null {
  return s.numberFormats?.[ref.row - s.origin.row]?.[ref.col - s.origin.col] ?? null;
}

const isLabel = (v: CellValue): v is string => typeof v === 'string' && v.trim() !== '' && !/^[\d.\s%-]+$/.test(v);

/**
 * Each written column's name: the header the fill adds, or else the nearest text above the first row it
 * writes (the header row, or the lower row of a two-row header).
 */
export function columnLabels(plan: FillPlan, basis: SheetSnapshot): Map<number, string> {
  const labels = new Map<number, string>();
  const firstRow = new Map<number, number>();
  const below = (row: number, col: number) => firstRow.set(col, Math.min(firstRow.get(col) ?? Infinity, row));
  // The plan's writes read by index (a plan holds them column-wise): no object per write.
  const { writes } = plan;
  for (let i = 0; i < writes.length; i++) {
    if (writes.role(i) === 'header') labels.set(writes.col(i), String(writes.value(i)));
    else below(writes.row(i), writes.col(i));
  }
  for (const c of plan.skippedCells) below(c.ref.row, c.ref.col);
  for (const [col, row] of firstRow) {
    if (labels.has(col)) continue;
    let label = '';
    for (let r = row - 1; r >= basis.origin.row && !label; r--) {
      const v = valueAt(basis, { row: r, col });
      if (isLabel(v)) label = v.trim().replace(/\s+/g, ' ');
    }
    labels.set(col, label || toA1({ row: 0, col }).replace(/\d+$/, ''));
  }
  return labels;
}

/** The written values row by row (headers left out: they are named once, above). */
export function previewRows(plan: FillPlan, basis: SheetSnapshot): PreviewRow[] {
  const labels = columnLabels(plan, basis);
  const { writes } = plan;
  const written = new Set<number>();
  for (let i = 0; i < writes.length; i++) written.add(writes.col(i));
  const nameCol = nameColumn(plan, basis, written);
  const rows = new Map<number, PreviewCell[]>();
  for (let i = 0; i < writes.length; i++) {
    if (writes.role(i) !== 'value') continue;
    const row = writes.row(i);
    const col = writes.col(i);
    const cells = rows.get(row) ?? [];
    cells.push({ a1: toA1({ row, col }), column: labels.get(col) ?? '', text: formatCell(writes.value(i), writes.numberFormat(i)) });
    rows.set(row, cells);
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => ({ row: row + 1, name: rowName(basis, row, written, nameCol), cells: cells.sort((a, b) => a.a1.length - b.a1.length || a.a1.localeCompare(b.a1)) }));
}

/**
 * The column that names a row: the one headed 项目名称 (or …名称, 项目…) above the first written row, so
 * a 主管部门 column before it is not taken for the name; null when no header says so.
 */
function nameColumn(plan: FillPlan, basis: SheetSnapshot, written: ReadonlySet<number>): number | null {
  const { writes } = plan;
  let first = Infinity;
  for (let i = 0; i < writes.length; i++) if (writes.role(i) === 'value') first = Math.min(first, writes.row(i));
  if (!Number.isFinite(first)) return null;
  const width = Math.max(0, ...basis.values.map((r) => r.length));
  const headed: { col: number; label: string }[] = [];
  for (let i = 0; i < width; i++) {
    const col = i + basis.origin.col;
    if (written.has(col)) continue;
    for (let r = first - 1; r >= basis.origin.row; r--) {
      const v = valueAt(basis, { row: r, col });
      if (isLabel(v)) {
        headed.push({ col, label: v });
        break;
      }
    }
  }
  return (headed.find((h) => /名称/.test(h.label)) ?? headed.find((h) => /项目|指标/.test(h.label)))?.col ?? null;
}

/** The row's name: under the name column when there is one, else its first text cell outside the written columns. */
function rowName(basis: SheetSnapshot, row: number, written: ReadonlySet<number>, nameCol: number | null): string {
  if (nameCol !== null) {
    const v = valueAt(basis, { row, col: nameCol });
    if (isLabel(v)) return v.trim();
  }
  const values = basis.values[row - basis.origin.row] ?? [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!written.has(i + basis.origin.col) && isLabel(v)) return v.trim();
  }
  return '';
}

/** The new headers a fill adds at the right of the table. */
export function newColumns(plan: FillPlan): string[] {
  const { writes } = plan;
  const out: string[] = [];
  for (let i = 0; i < writes.length; i++) if (writes.role(i) === 'header') out.push(String(writes.value(i)));
  return out;
}

/** Skipped cells shown as the sheet shows them: existing under its format, proposed under the fill's. */
export function skippedText(c: SkippedWrite, basis: SheetSnapshot): { before: string; after: string } {
  return { before: formatCell(c.existing, formatAt(basis, c.ref)), after: formatCell(c.proposed, c.numberFormat) };
}

/**
 * The cells an overwrite changes, with old and new values: on a plan made without overwriting, its
 * skipped non-empty cells (not those blocked by a merge); on a plan made with it, the writes into
 * non-empty cells.
 */
export function overwriteCells(plan: FillPlan, basis: SheetSnapshot, overwriting = false): OverwriteCell[] {
  const labels = columnLabels(plan, basis);
  if (overwriting) {
    const { writes } = plan;
    const out: OverwriteCell[] = [];
    for (let i = 0; i < writes.length; i++) {
      const ref = { row: writes.row(i), col: writes.col(i) };
      const before = valueAt(basis, ref);
      if (isBlank(before)) continue;
      out.push({ a1: toA1(ref), column: labels.get(ref.col) ?? '', before: formatCell(before, formatAt(basis, ref)), after: formatCell(writes.value(i), writes.numberFormat(i)) });
    }
    return out;
  }
  return plan.skippedCells
    .filter((c) => c.reasonId === 'notEmpty')
    .map((c) => ({ a1: toA1(c.ref), column: labels.get(c.ref.col) ?? '', ...skippedText(c, basis) }));
}
