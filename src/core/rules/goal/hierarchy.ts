import type { GoalRule } from '../types';

/** goal/hierarchy: a 二级 under the wrong 一级, or a level name outside the hierarchy. */
export const hierarchy: GoalRule = {
  meta: {
    id: 'goal/hierarchy',
    defaultSeverity: 'error',
    description: 'Reports a 二级指标 filed under the wrong 一级指标, and level names that are not part of the indicator hierarchy.',
    messages: {
      default: {
        message: { zh: '二级指标「{{level2}}」不应放在一级指标「{{level1}}」下', en: '"{{level2}}" does not belong under "{{level1}}"' },
        hint: { zh: '「{{level2}}」应属于「{{parent}}」，请移到对应的一级指标下', en: 'Move it under "{{parent}}"' },
      },
      unknownLevel1: {
        message: { zh: '一级指标「{{value}}」不是规定的指标类别', en: '"{{value}}" is not a first-level indicator category' },
        hint: { zh: '一级指标应为 产出指标、效益指标、满意度指标（部分地区另设 成本指标）', en: 'Use 产出指标, 效益指标, 满意度指标 (or 成本指标)' },
      },
      unknownLevel2: {
        message: { zh: '二级指标「{{value}}」不是规定的指标类别', en: '"{{value}}" is not a second-level indicator category' },
        hint: {
          zh: '二级指标应为 数量/质量/时效/成本指标，经济/社会/生态效益指标、可持续影响指标，或服务对象满意度指标；具体内容写在三级指标中',
          en: 'Use one of the standard second-level categories; put specifics in the third level',
        },
      },
    },
  },
  check(context) {
    const seen = new Set<string>();
    const once = (cell: { row: number; col: number }, id: string) => {
      const key = `${id}|${cell.row}|${cell.col}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const row of context.goalSet.indicators) {
      if (row.level1 && !row.level1Canonical && once(row.level1.cell, 'l1')) {
        context.report({ cell: row.level1.cell, messageId: 'unknownLevel1', data: { value: row.level1.value } });
      }
      if (row.level2 && !row.level2Def) {
        if (once(row.level2.cell, 'l2')) context.report({ cell: row.level2.cell, messageId: 'unknownLevel2', data: { value: row.level2.value } });
        continue;
      }
      if (row.level2 && row.level2Def && row.level1Canonical && !row.level2Def.parents.includes(row.level1Canonical) && once(row.level2.cell, "parent")) {
        context.report({
          cell: row.level2!.cell,
          data: { level1: row.level1!.value, level2: row.level2!.value, parent: row.level2Def.parents[0] },
        });
      }
    }
  },
};
