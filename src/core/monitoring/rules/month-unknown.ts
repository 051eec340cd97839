import type { MonitorRule } from './types';

/**
 * monitor/month-unknown: nothing states the month N of the 1-N月 figures (not the headers, not the title,
 * not the policy), so time progress cannot be computed. The month is never guessed from today's date.
 */
export const monthUnknown: MonitorRule = {
  meta: {
    id: 'monitor/month-unknown',
    defaultSeverity: 'error',
    description: 'The month of a monitoring round is stated nowhere, so time progress and execution warnings cannot be computed.',
    messages: {
      default: {
        message: {
          zh: '未能确定监控截止月份：表头“{{header}}”未写明 1-N月，未计算时间进度和执行预警',
          en: 'The month of this monitoring round is not stated: the header "{{header}}" has no 1-N月; time progress and execution warnings were not computed',
        },
        hint: {
          zh: '把表头写成“1-8月执行数”（或“截至8月底执行数”），或在策略配置中设置 monitoring.month',
          en: 'Write the header as "1-8月执行数" (or "截至8月底执行数"), or set monitoring.month in the policy',
        },
      },
    },
  },
  check({ analysis, report }) {
    if (!analysis.monthMissing) return;
    const { table } = analysis;
    report({ cell: table.monthCell, data: { header: table.headers.executed ?? '执行数' } });
  },
};
