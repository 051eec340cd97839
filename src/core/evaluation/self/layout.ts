import type { Grid } from '../../grid/grid';
import type { CellRef, CellValue } from '../../grid/types';
import type { Located } from '../../layout/goal-model';
import { TITLE_PATTERN } from '../../layout/goal-concepts';
import { conceptMatcher } from '../../table/concepts';
import { GRADE_LABEL, SELF_COLUMNS, type SelfColumnRole } from '../../table/concepts/self-evaluation';
import { probeBand, type HeaderBand } from '../../table/header-band';
import { isFooterText, isTotalText, labelKey } from '../../table/header-text';
import { formLabel, readLabelBlock } from '../../table/label-block';
import { findMoneyBlock, type MoneyBlock } from '../../table/money-block';
import { rowOutline } from '../../table/rows';

export type { MoneyBlock, MoneyRow } from '../../table/money-block';
export type { MoneyRowKind } from '../../table/concepts/money';

/**
 * Layout of the self-evaluation form (项目支出绩效自评表, 财预〔2020〕10号 template and the provinces'
 * variants, domain.md §5): a title, 项目名称 …, a money block (table/money-block.ts), the 年度总体目标 rows,
 * the indicator table and a 总分 row. Recognised on the shared table pieces: the indicator header is a
 * composed band (two-row headers with 年度指标值 over 指标性质 · 指标值 · 度量单位), its columns named by the
 * self-evaluation concepts (分值 before or after 年度指标值, 全年实际值 / 全年完成值 / 完成值, a leading 绩效指标
 * label column), and the table ends at its 总分 / 合计 row, a footer, or the next form.
 * Several forms may be stacked on one sheet.
 */

export interface SelfColumns {
  readonly level1?: number;
  readonly level2?: number;
  readonly name: number;
  readonly target: number;
  /** 指标性质 and 度量单位 columns of a split target (Yunnan's and Sichuan's forms). */
  readonly comparator?: number;
  readonly unit?: number;
  readonly actual: number;
  /** 分值 / 权重: absent on transfer-payment forms that are not scored (only 执行率 is). */
  readonly weight?: number;
  readonly score?: number;
  readonly deviation?: number;
}

export interface SelfIndicator {
  readonly row: number;
  readonly level1: string;
  readonly level2: string;
  readonly name: Located<string>;
  readonly target: Located<CellValue>;
  /** The split 指标性质 and 度量单位 cells, where the form has them. */
  readonly comparator: Located<string> | null;
  readonly unit: Located<string> | null;
  readonly actual: Located<CellValue>;
  /** The 分值 cell (null when the form has no 分值 column). */
  readonly weight: Located<CellValue> | null;
  /** The 得分 cell (null when the table has no 得分 column yet). */
  readonly score: Located<CellValue> | null;
}

export interface SelfEvaluationForm {
  readonly sheet: string;
  readonly projectName: string;
  readonly money: MoneyBlock | null;
  readonly headerTop: number;
  /** The last row of the indicator header band. */
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  readonly columns: SelfColumns;
  readonly indicators: readonly SelfIndicator[];
  /** The 总分 / 合计 row, when the form has one. */
  readonly totalRow: number | null;
  /**
   * Where the grade goes: the cell beside a 评价等级 / 自评等级 label on or under the 总分 row, or the last cell
   * of a 总分 row that shares its row with 其他需要说明事项 (the grade's place on Yunnan's form). Null: a
   * 评价等级 column is added.
   */
  readonly gradeCell: CellRef | null;
  /** First row after the form (after its 总分 row). */
  readonly end: number;
}

const roleOf = conceptMatcher(SELF_COLUMNS);

/** Every self-evaluation form on the sheet; [] when there is none (goal and monitoring sheets included). */
export function detectSelfEvaluations(grid: Grid): SelfEvaluationForm[] {
  const forms: SelfEvaluationForm[] = [];
  let blockStart = grid.top;
  let r = grid.nextRow(grid.top);
  while (r !== undefined) {
    const band = indicatorBand(grid, r, blockStart);
    if (!band) {
      r = grid.nextRow(r + 1);
      continue;
    }
    const form = readForm(grid, band, blockStart);
    forms.push(form);
    blockStart = form.end;
    r = grid.nextRow(Math.max(form.end, band.bottom + 1));
  }
  return forms;
}

type Band = HeaderBand<SelfColumnRole> & { readonly columnsByRole: SelfColumns };

/** The indicator header at row r: an indicator name, a target and an actual, and nothing that looks ahead. */
function indicatorBand(grid: Grid, r: number, floor: number): Band | null {
  const band = probeBand(grid, r, { roleOf, floor });
  if (!band) return null;
  const first = (role: SelfColumnRole): number | undefined => {
    let best: number | undefined;
    for (const h of band.columns) {
      if (band.roles.get(h.col) !== role) continue;
      if (best === undefined || band.ranks.get(h.col)! < band.ranks.get(best)!) best = h.col;
    }
    return best;
  };
  if ([...band.roles.values()].includes('monitoring')) return null;
  const name = first('name');
  const target = first('target');
  const actual = first('actual');
  if (name === undefined || target === undefined || actual === undefined) return null;
  const columns: SelfColumns = {
    name,
    target,
    actual,
    ...defined({
      level1: first('level1'),
      level2: first('level2'),
      comparator: first('comparator'),
      unit: first('unit'),
      weight: first('weight'),
      score: first('score'),
      deviation: first('deviation'),
    }),
  };
  return { ...band, columnsByRole: columns };
}

function defined<T extends Record<string, number | undefined>>(o: T): Partial<Record<keyof T, number>> {
  const out: Partial<Record<keyof T, number>> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k as keyof T] = v;
  return out;
}

function located<T>(value: T, cell: CellRef): Located<T> {
  return { value, cell };
}

function cellAt(grid: Grid, r: number, c: number): Located<CellValue> {
  return located(grid.value(r, c), grid.owner(r, c));
}

function textAt(grid: Grid, r: number, c: number | undefined): Located<string> | null {
  return c === undefined ? null : located(grid.text(r, c), grid.owner(r, c));
}

/** A template's spare or breakdown row that carries no 分值 of its own: `其中桃树种植面积`, `指标2`, `……`. */
const BREAKDOWN = /^(其中|含|包括)/;
const NOT_APPLICABLE = /^[-—–/\\]+$/;

function readForm(grid: Grid, band: Band, blockStart: number): SelfEvaluationForm {
  const cols = band.columnsByRole;
  const left = band.left;
  const right = band.right;
  const indicators: SelfIndicator[] = [];
  let level1 = '';
  let level2 = '';
  let totalRow: number | null = null;
  let totalLabelCol = -1;
  let end = band.bottom + 1;
  for (let r = band.bottom + 1; r <= grid.bottom; r++) {
    const o = rowOutline(grid, r, left, right);
    if (!o.shown) break; // a blank row ends the table
    end = r + 1;
    const total = totalCell(grid, r, left, right);
    if (total !== null) {
      totalRow = r;
      totalLabelCol = total;
      break;
    }
    if (o.texts > 0 && (isFooterText(o.first) || TITLE_PATTERN.test(labelKey(o.first)) || /自评表$/.test(labelKey(o.first)))) {
      end = r;
      break;
    }
    if (indicatorBand(grid, r, r) !== null) {
      end = r;
      break;
    }
    const text = (c: number | undefined) => (c === undefined ? '' : grid.text(r, c));
    // Merged 一级/二级 labels reach every row through Grid.value; a blank unmerged label inherits the one above.
    if (text(cols.level1)) level1 = text(cols.level1);
    if (text(cols.level2)) level2 = text(cols.level2);
    const name = text(cols.name);
    const targetText = text(cols.target);
    const actualText = text(cols.actual);
    const weightText = text(cols.weight);
    if (!targetText && !actualText && !weightText) continue; // a spare template row (指标2, ……) or a level label alone
    if (grid.isMergeContinuation(r, cols.name) && grid.mergeAt(r, cols.name)!.top < r && !actualText) continue;
    if (cols.weight !== undefined && (NOT_APPLICABLE.test(weightText) || (!weightText && !text(cols.score) && BREAKDOWN.test(name)))) continue;
    indicators.push({
      row: r,
      level1,
      level2,
      name: located(name, grid.owner(r, cols.name)),
      target: cellAt(grid, r, cols.target),
      comparator: textAt(grid, r, cols.comparator),
      unit: textAt(grid, r, cols.unit),
      actual: cellAt(grid, r, cols.actual),
      weight: cols.weight === undefined ? null : cellAt(grid, r, cols.weight),
      score: cols.score === undefined ? null : cellAt(grid, r, cols.score),
    });
  }
  const gradeCell = totalRow === null ? null : findGradeCell(grid, totalRow, totalLabelCol, left, right, cols);
  const block = readLabelBlock(grid, blockStart, band.top, formLabel);
  const name = block.get('projectName') ?? block.get('department');
  return {
    sheet: grid.name,
    projectName: name ? grid.text(name.cell.row, name.cell.col) : '',
    money: findMoneyBlock(grid, blockStart, band.top),
    headerTop: band.top,
    headerRow: band.bottom,
    left,
    right,
    columns: cols,
    indicators,
    totalRow,
    gradeCell,
    end,
  };
}

/** The column of a 总分 / 合计 label in row r, or null. */
function totalCell(grid: Grid, r: number, left: number, right: number): number | null {
  for (const c of grid.columns(r)) {
    if (c < left || c > right || grid.isMergeContinuation(r, c)) continue;
    const t = grid.text(r, c);
    if (t && t.length <= 8 && (isTotalText(t) || /^(自评)?总分$/.test(labelKey(t)))) return c;
  }
  return null;
}

function findGradeCell(grid: Grid, totalRow: number, labelCol: number, left: number, right: number, cols: SelfColumns): CellRef | null {
  for (const r of [totalRow, totalRow + 1]) {
    for (const c of grid.columns(r)) {
      if (grid.isMergeContinuation(r, c) || !GRADE_LABEL.test(labelKey(grid.text(r, c)))) continue;
      const m = grid.mergeAt(r, c);
      return { row: r, col: (m ? m.right : c) + 1 };
    }
  }
  // 其他需要说明事项 | 无 | 总分 | 100 | 96 | 优: the total shares its row with the notes; the grade closes the row.
  const o = rowOutline(grid, totalRow, left, right);
  if (o.firstCol >= 0 && o.firstCol < labelCol && cols.score !== undefined && cols.score < right) {
    const m = grid.mergeAt(totalRow, cols.score);
    const next = (m ? m.right : cols.score) + 1;
    if (next <= right && !grid.isMergeContinuation(totalRow, next)) return { row: totalRow, col: next };
  }
  return null;
}
