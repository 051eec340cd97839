import type { MonitorRule } from './types';

/**
 * monitor/projection-not-number: the 年度指标值 is a number but the 全年预计完成值 is not (text, an error
 * value, blank, or a figure in another unit), so achievement cannot be checked.
 */
export const projectionNotNumber: MonitorRule = {
  meta: {
    id: 'monitor/projection-not-number',
    defaultSeverity: 'warning',
    description: 'The projected annual value of an indicator with a numeric target is not a number in the same unit.',
    messages: {
      default: {
        message: {
          zh: '「{{name}}」的全年预计完成值“{{projected}}”不是数值，无法与年度指标值{{target}}比较',
          en: 'The projected value "{{projected}}" of "{{name}}" is not a number and cannot be compared with the target {{target}}',
        },
        hint: { zh: '按年度指标值的单位填写预计数值，如“96%”“4300平方米”', en: 'Enter the projected figure in the unit of the target, e.g. "96%" or "4300平方米"' },
      },
      blank: {
        message: { zh: '「{{name}}」的全年预计完成值为空（年度指标值{{target}}）', en: 'The projected value of "{{name}}" is blank (target {{target}})' },
        hint: { zh: '填写全年预计完成值', en: 'Enter the projected annual value' },
      },
      error: {
        message: { zh: '「{{name}}」的全年预计完成值是错误值 {{projected}}', en: 'The projected value of "{{name}}" is the error value {{projected}}' },
        hint: { zh: '检查该单元格的公式', en: 'Fix the formula in that cell' },
      },
      unitMismatch: {
        message: {
          zh: '「{{name}}」的全年预计完成值“{{projected}}”与年度指标值{{target}}单位不一致',
          en: 'The projected value "{{projected}}" of "{{name}}" is in a different unit from the target {{target}}',
        },
        hint: { zh: '按年度指标值的单位填写预计完成值', en: 'Enter the projected value in the unit of the target' },
      },
    },
  },
  check({ analysis, report }) {
    for (const r of analysis.rows) {
      for (const p of r.indicator?.problems ?? []) {
        if (p.kind === 'projection') report({ cell: p.cell, messageId: p.messageId, data: p.data });
      }
    }
  },
};
