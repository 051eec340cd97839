import type { GoalRule } from '../types';
import { memoByText } from '../../text/memo';

/** A unit in brackets after a name ("受益人数（人）"): the same indicator as without it. */
const UNIT_SUFFIX = /\((?:%|[人个所台套次项家户亩天年月日元吨辆座间场批名份]|人次|万元|平方米|公里|千米|小时|工作日|m2|km)\)$/;

/**
 * Indicator names compared without list numbering, a bracketed unit, spaces, punctuation or case: "完成时间",
 * "完成 时间。" and "2.完成时间" are one indicator.
 */
// Names repeat across a summary table's projects.
const nameKey = memoByText(20_000, computeNameKey);

function computeNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^(?:\(?[一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.．](?!\d))/, '')
    .replace(UNIT_SUFFIX, '')
    .replace(/[\s,，。.;；:：、()（）"“”'‘’!！?？\-—]/g, '');
}

/** goal/duplicate-indicator: the same 三级指标 twice in one project (reported on the repeat). */
export const duplicateIndicator: GoalRule = {
  meta: {
    id: 'goal/duplicate-indicator',
    defaultSeverity: 'warning',
    description: 'Reports a third-level indicator that repeats an earlier one of the same project, on the repeat.',
    messages: {
      default: {
        message: { zh: '三级指标「{{name}}」与第 {{firstRow}} 行重复', en: 'The indicator "{{name}}" repeats row {{firstRow}}' },
        hint: { zh: '删除重复的指标，或把两者区分清楚（如分别写明考核对象）', en: 'Delete the repeat, or make the two distinct' },
      },
    },
  },
  check(context) {
    // Per goal set: in a department summary table, the same name in two projects is not a duplicate.
    const first = new Map<string, { row: number; col: number }>();
    for (const row of context.goalSet.indicators) {
      const key = nameKey(row.name.value);
      if (!key) continue; // a blank name is goal/placeholder's
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, row.name.cell);
      // One name cell merged down over several value rows is one indicator, not a repeat.
      else if (earlier.row !== row.name.cell.row || earlier.col !== row.name.cell.col) {
        context.report({ cell: row.name.cell, data: { name: row.name.value, firstRow: earlier.row + 1 } });
      }
    }
  },
};
