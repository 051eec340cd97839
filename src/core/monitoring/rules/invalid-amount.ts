import { who } from '../texts';
import type { MonitorRule } from './types';

/**
 * monitor/invalid-amount: a project's 年度预算数 or 执行数 is blank, not a number, an error value,
 * negative, or a zero budget with money spent against it. The row gets no execution outputs.
 */
export const invalidAmount: MonitorRule = {
  meta: {
    id: 'monitor/invalid-amount',
    defaultSeverity: 'error',
    description: 'A budget or execution amount of a monitored project is blank, not a number, an error value, negative or a zero budget.',
    messages: {
      default: {
        message: { zh: '{{who}}{{label}}「{{text}}」不是数字，未计算执行率', en: '{{who}}{{label}} "{{text}}" is not a number; no execution rate was computed' },
        hint: { zh: '填写数字金额（单位与表头一致）', en: "Enter the amount as a number, in the header's unit" },
      },
      blank: {
        message: { zh: '{{who}}{{label}}为空，未计算执行率', en: '{{who}}{{label}} is blank; no execution rate was computed' },
        hint: { zh: '填写金额；尚未支出的填 0', en: 'Enter the amount; enter 0 if nothing was spent yet' },
      },
      error: {
        message: { zh: '{{who}}{{label}}是错误值 {{text}}，未计算执行率', en: '{{who}}{{label}} is the error value {{text}}; no execution rate was computed' },
        hint: { zh: '检查该单元格的公式', en: 'Fix the formula in that cell' },
      },
      negative: {
        message: { zh: '{{who}}{{label}} {{text}} 为负数，未计算执行率', en: '{{who}}{{label}} {{text}} is negative; no execution rate was computed' },
        hint: { zh: '金额不能为负数，请核对', en: 'An amount cannot be negative; check it' },
      },
      formula: {
        message: {
          zh: '{{who}}{{label}}是公式（{{text}}），文件中没有保存计算结果，未计算执行率',
          en: '{{who}}{{label}} is a formula ({{text}}) whose result is not saved in the file; no execution rate was computed',
        },
        hint: { zh: '在 Excel 或 WPS 中打开文件并保存一次（公式会算出结果）后再填写', en: 'Open the file in Excel or WPS and save it once (the formula is then calculated), then fill again' },
      },
      zeroBudget: {
        message: { zh: '{{who}}{{label}}为 0，无法计算执行率', en: '{{who}}{{label}} is 0; no execution rate can be computed' },
        hint: { zh: '填写项目的全年预算数', en: "Enter the project's annual budget" },
      },
    },
  },
  check({ analysis, report }) {
    const { headers } = analysis.table;
    for (const r of analysis.rows) {
      const e = r.execution;
      if (e?.kind !== 'invalid') continue;
      const label = e.field === 'budget' ? (headers.budget ?? '年度预算数') : (headers.executed ?? '执行数');
      report({ cell: e.cell, messageId: e.problem === 'text' ? 'default' : e.problem, data: { who: who(r.row.project || r.row.label), label, text: e.text } });
    }
  },
};
