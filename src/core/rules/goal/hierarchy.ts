import { canonicalLevel1, canonicalLevel2 } from '../../layout/detect-goal-sets';
import type { CellRef } from '../../grid/types';
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
      level2AsLevel1: {
        message: { zh: '「{{value}}」是二级指标，填在了一级指标列', en: '"{{value}}" is a second-level category, written in the first-level column' },
        hint: { zh: '一级指标列填「{{parent}}」，「{{value}}」移到二级指标列', en: 'Write "{{parent}}" as the first level and move "{{value}}" to the second-level column' },
      },
      level1AsLevel2: {
        message: { zh: '「{{value}}」是一级指标，不能作为二级指标', en: '"{{value}}" is a first-level category, not a second-level one' },
        hint: { zh: '二级指标应写具体类别，如 数量指标、社会效益指标、服务对象满意度指标', en: 'Use a second-level category such as 数量指标 or 社会效益指标' },
      },
    },
  },
  check(context) {
    // Merged and inherited labels reach many rows through one cell: report each cell once, not each row.
    const seen = new Set<string>();
    const once = (cell: CellRef, what: string) => {
      const key = `${what}|${cell.row}|${cell.col}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const row of context.goalSet.indicators) {
      if (row.processRequirement) continue; // the 发改委 form's own 过程管理 hierarchy
      const { level1, level2, level1Canonical, level2Def } = row;
      if (level1 && !level1Canonical && once(level1.cell, 'l1')) {
        // A 二级 name in the 一级 column is a shifted column, not an invented category: say so.
        const asLevel2 = canonicalLevel2(level1.value);
        if (asLevel2) context.report({ cell: level1.cell, messageId: 'level2AsLevel1', data: { value: level1.value, parent: asLevel2.parents[0] } });
        else context.report({ cell: level1.cell, messageId: 'unknownLevel1', data: { value: level1.value } });
      }
      if (!level2) continue;
      if (!level2Def) {
        if (once(level2.cell, 'l2')) {
          const messageId = canonicalLevel1(level2.value) ? 'level1AsLevel2' : 'unknownLevel2';
          context.report({ cell: level2.cell, messageId, data: { value: level2.value } });
        }
        continue;
      }
      if (level1 && level1Canonical && !level2Def.parents.includes(level1Canonical) && once(level2.cell, 'parent')) {
        context.report({ cell: level2.cell, data: { level1: level1.value, level2: level2.value, parent: level2Def.parents[0] } });
      }
    }
  },
};
