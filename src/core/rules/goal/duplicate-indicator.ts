import type { GoalRule } from '../types';

/** Indicator names compared without spaces, punctuation or case: "完成时间" and "完成 时间。" are one. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s,，。.;；:：、()（）"“”'‘’!！?？-]/g, '');
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
    const first = new Map<string, number>();
    for (const row of context.goalSet.indicators) {
      const key = nameKey(row.name.value);
      if (!key) continue;
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, row.name.cell.row);
      else context.report({ cell: row.name.cell, data: { name: row.name.value, firstRow: earlier + 1 } });
    }
  },
};
