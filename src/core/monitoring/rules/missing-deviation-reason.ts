import type { MonitorRule } from './types';

/**
 * monitor/missing-deviation-reason: an indicator expected to miss its target — 完成目标可能性 有可能 /
 * 完全不可能, or a 全年预计完成值 short of the 年度指标值 — without a 偏差原因.
 */
export const missingDeviationReason: MonitorRule = {
  meta: {
    id: 'monitor/missing-deviation-reason',
    defaultSeverity: 'warning',
    description: 'An indicator expected to miss its target (by its projection or its 完成目标可能性) has no deviation reason.',
    messages: {
      default: {
        message: {
          zh: '「{{name}}」预计完成值{{projected}}未达到年度指标值{{target}}，但未填写偏差原因',
          en: '"{{name}}" is projected at {{projected}}, short of the target {{target}}, but no deviation reason is given',
        },
        hint: {
          zh: '填写偏差原因（经费、制度、人员、硬件条件等）及纠偏措施',
          en: 'Give the reason for the deviation (funding, rules, staff, equipment …) and the corrective action',
        },
      },
      likelihood: {
        message: {
          zh: '「{{name}}」完成目标可能性为“{{likelihood}}”，但未填写偏差原因',
          en: '"{{name}}": the likelihood of meeting the target is "{{likelihood}}" but no deviation reason is given',
        },
        hint: {
          zh: '填写偏差原因（经费、制度、人员、硬件条件等）及纠偏措施',
          en: 'Give the reason for the deviation (funding, rules, staff, equipment …) and the corrective action',
        },
      },
      noColumn: {
        message: {
          zh: '「{{name}}」预计难以完成年度指标值{{target}}，但表中没有偏差原因列',
          en: '"{{name}}" is expected to miss its target {{target}}, but the table has no deviation-reason column',
        },
        hint: { zh: '在表中增加“偏差原因”列并填写', en: 'Add a 偏差原因 column to the table and fill it in' },
      },
    },
  },
  check({ analysis, report }) {
    for (const r of analysis.rows) {
      for (const p of r.indicator?.problems ?? []) {
        if (p.kind === 'missingReason') report({ cell: p.cell, messageId: p.messageId, data: p.data });
      }
    }
  },
};
