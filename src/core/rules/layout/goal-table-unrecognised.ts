import type { RuleMeta } from '../types';

/**
 * layout/goal-table-unrecognised: a sheet that looks like a goal table (an indicator header, a form
 * title, 产出 / 效益 / 满意度 words) but whose table could not be read. Saying so is better than skipping
 * the sheet: a clerk who sees no findings believes the sheet is fine. Reported by the goal handler from
 * what recognition could not settle; the user settles it with a layout hint (policy `layout`, or the
 * pane's "这张表的列" step).
 */
export const goalTableUnrecognisedMeta: RuleMeta = {
  id: 'layout/goal-table-unrecognised',
  defaultSeverity: 'warning',
  description: 'Reports a sheet that looks like a goal table but whose indicator table could not be read, naming what is missing.',
  messages: {
    default: {
      message: { zh: '这张表像绩效目标表，但没有读懂', en: 'This sheet looks like a goal table but could not be read' },
      hint: { zh: '在设置中指定表头行和各列（这张表的列），再检查一次', en: 'Set the header row and columns in the settings, then check again' },
    },
    noValueColumn: {
      message: {
        zh: '第{{row}}行是指标表头，但没有找到指标值列，这张表没有检查',
        en: 'Row {{row}} is an indicator header, but no target-value column was found; the table was not checked',
      },
      hint: {
        zh: '指标值列的表头应含“指标值”“目标值”或“预期实现值”；也可以在设置“这张表的列”中指定哪一列是指标值',
        en: 'Name the value column 指标值 / 目标值 / 预期实现值, or set it in the layout settings',
      },
    },
    noHeader: {
      message: {
        zh: '有“{{text}}”表头，但没有找到完整的指标表（三级指标和指标值两列），这张表没有检查',
        en: 'There is a "{{text}}" header, but no complete indicator table (indicator and value columns); the sheet was not checked',
      },
      hint: {
        zh: '检查表头是否完整，或在设置“这张表的列”中指定表头行和各列',
        en: 'Check the header row, or set the header row and columns in the layout settings',
      },
    },
    noIndicators: {
      message: {
        zh: '表中有“{{text}}”等指标类别，但没有找到指标表头行，这张表没有检查',
        en: 'The sheet has indicator categories such as "{{text}}" but no header row; it was not checked',
      },
      hint: {
        zh: '在指标表上方加上表头（一级指标、二级指标、三级指标、指标值），或在设置“这张表的列”中指定各列',
        en: 'Add a header row (一级指标, 二级指标, 三级指标, 指标值) or set the columns in the layout settings',
      },
    },
  },
};
