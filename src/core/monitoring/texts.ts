import { fillPlaceholders, type Locale } from '../findings';

/** Short reasons for rows and cells a monitoring fill leaves alone (the plan's skippedRows / skippedCells). */
const TEXTS = {
  zh: {
    'budget.blank': '{{who}}年度预算数为空，未计算执行率',
    'budget.text': '{{who}}年度预算数「{{text}}」不是数字，未计算执行率',
    'budget.error': '{{who}}年度预算数是错误值 {{text}}，未计算执行率',
    'budget.negative': '{{who}}年度预算数 {{text}} 为负数，未计算执行率',
    'budget.zeroBudget': '{{who}}年度预算数为 0，无法计算执行率',
    'budget.formula': '{{who}}年度预算数是公式（{{text}}），文件中没有保存计算结果：请在 Excel/WPS 中打开并保存后再填写',
    'executed.blank': '{{who}}执行数为空，未计算执行率（尚未支出请填 0）',
    'executed.text': '{{who}}执行数「{{text}}」不是数字，未计算执行率',
    'executed.error': '{{who}}执行数是错误值 {{text}}，未计算执行率',
    'executed.negative': '{{who}}执行数 {{text}} 为负数，未计算执行率',
    'executed.zeroBudget': '{{who}}年度预算数为 0，无法计算执行率',
    'executed.formula': '{{who}}执行数是公式（{{text}}），文件中没有保存计算结果：请在 Excel/WPS 中打开并保存后再填写',
    overBudget: '{{who}}执行数 {{executed}} 超过年度预算数 {{budget}}，请核对后再计算',
    noMonth: '未能确定监控截止月份（表头未写明“1-N月”），未计算时间进度：请把表头写成“1-8月执行数”或在策略中设置 monitoring.month',
    merged: '单元格位于合并区域内，未写入',
  },
  en: {
    'budget.blank': '{{who}}the annual budget is blank; no execution rate was computed',
    'budget.text': '{{who}}the annual budget "{{text}}" is not a number; no execution rate was computed',
    'budget.error': '{{who}}the annual budget is the error value {{text}}; no execution rate was computed',
    'budget.negative': '{{who}}the annual budget {{text}} is negative; no execution rate was computed',
    'budget.zeroBudget': '{{who}}the annual budget is 0; no execution rate can be computed',
    'budget.formula': '{{who}}the annual budget is a formula ({{text}}) with no saved result: open and save the file in Excel/WPS, then fill again',
    'executed.blank': '{{who}}the execution is blank; no execution rate was computed (enter 0 if nothing was spent)',
    'executed.text': '{{who}}the execution "{{text}}" is not a number; no execution rate was computed',
    'executed.error': '{{who}}the execution is the error value {{text}}; no execution rate was computed',
    'executed.negative': '{{who}}the execution {{text}} is negative; no execution rate was computed',
    'executed.zeroBudget': '{{who}}the annual budget is 0; no execution rate can be computed',
    'executed.formula': '{{who}}the execution is a formula ({{text}}) with no saved result: open and save the file in Excel/WPS, then fill again',
    overBudget: '{{who}}the execution {{executed}} exceeds the annual budget {{budget}}; check it first',
    noMonth: 'The month of this monitoring round is not stated (no "1-N月" in the headers); time progress was not computed: write the header as "1-8月执行数" or set monitoring.month in the policy',
    merged: 'the cell is inside a merged area; not written',
  },
} as const;

export type MonitoringTextId = keyof (typeof TEXTS)['zh'];

export function monitoringText(locale: Locale, id: MonitoringTextId, data: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(TEXTS[locale][id], data);
}

/** 「项目名称」 for Chinese messages, "name": for English ones, or '' when the row has no name. */
export function who(name: string, locale: Locale = 'zh'): string {
  if (!name) return '';
  return locale === 'en' ? `"${name}": ` : `「${name}」`;
}
