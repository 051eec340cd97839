import type { CellRef, CellValue } from '../grid/types';
import type { Level1, Level2Def } from '../vocab/hierarchy';

/** A piece of text or a value together with the cell it came from, so every finding can point at it. */
export interface Located<T> {
  readonly value: T;
  readonly cell: CellRef;
}

/** An overall goal: the annual one (年度总体目标, 本年度绩效目标) or a medium-term one (中期目标, 实施期目标). */
export interface GoalText extends Located<string> {
  readonly period: 'annual' | 'mid';
}

/** One indicator row of a goal table (merged 一级/二级 labels already resolved to each row). */
export interface IndicatorRow {
  readonly row: number;
  /** 一级指标 as written (null when the column is blank), and its canonical name when recognised. */
  readonly level1: Located<string> | null;
  readonly level1Canonical: Level1 | null;
  readonly level2: Located<string> | null;
  readonly level2Def: Level2Def | null;
  /** 三级指标 (the concrete indicator); value '' when the cell is blank. */
  readonly name: Located<string>;
  /** The annual target value cell (年度指标值, or 指标值 on single-value forms). */
  readonly value: Located<CellValue>;
  /** The comparator column (指标性质 / 指标方向), when the form splits the value. */
  readonly comparator: Located<string> | null;
  /** The unit column (度量单位 / 计量单位), when the form has one. */
  readonly unit: Located<string> | null;
  /** The value cell's number format, where the adapter loaded it (0.95 in a "0%" cell means 95%). */
  readonly valueNumberFormat: string | null;
  /** The mid-term value (中期指标值) on national forms that have one. */
  readonly midTermValue: Located<CellValue> | null;
  /** 定量 / 定性, where the form has an 指标值类型 column. */
  readonly valueType: Located<string> | null;
  /** The 绩效标准 / 指标解释 / 评(扣)分标准 text, where the form has one. */
  readonly standard: Located<string> | null;
  /**
   * A process requirement of the 发改委 中央预算内投资 form (under 过程管理指标: 计划管理, 资金管理, 项目管理,
   * 监督检查): part of the approved form's own hierarchy, and read for timeliness and cost only.
   */
  readonly processRequirement?: boolean;
}

export interface GoalColumns {
  readonly level1: number | null;
  readonly level2: number | null;
  readonly name: number;
  readonly value: number;
  readonly comparator: number | null;
  readonly unit: number | null;
  readonly midTermValue: number | null;
  readonly projectName: number | null;
  readonly valueType: number | null;
  readonly standard: number | null;
}

export interface FundsBlock {
  readonly total: Located<CellValue> | null;
  readonly fiscal: Located<CellValue> | null;
  readonly other: Located<CellValue> | null;
}

/** One project's goals: its header block and its indicator rows. */
export interface GoalSet {
  readonly sheet: string;
  /** The cell whole-set findings point at: the indicator header row's first cell, or the project-name cell. */
  readonly anchor: CellRef;
  /** value '' when the form has the label but the name was left blank. */
  readonly projectName: Located<string> | null;
  readonly department: Located<string> | null;
  readonly implementer: Located<string> | null;
  readonly funds: FundsBlock;
  /**
   * 年度总体目标 (and 中期目标 / 实施期目标 where present), in reading order, each with its cell and period;
   * value '' when the label's cell is blank.
   */
  readonly overallGoals: readonly GoalText[];
  readonly indicators: readonly IndicatorRow[];
  readonly columns: GoalColumns;
  /** The budget year, when the title or a 年度 cell states it ("2025年度…"). */
  readonly budgetYear: number | null;
  /**
   * 'form': one project's form; 'summary': a department table holding many projects (one set each);
   * 'department': a whole-department goal form (部门整体支出绩效目标表), whose "project" is the department.
   */
  readonly layout: 'form' | 'summary' | 'department';
  /**
   * Which column group the indicators come from: the annual one, or the medium-term (实施期 / 中期 / 长期)
   * group of a form that sets both side by side (checked too when it is filled).
   */
  readonly group: 'annual' | 'mid';
  /** The project's 实施期 as written (2023.07-2024.01), where the block states one: deadlines inside it are fine. */
  readonly period: Located<string> | null;
}
