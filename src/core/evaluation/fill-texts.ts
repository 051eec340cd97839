import { fillPlaceholders, type Locale } from '../findings';

/** Short reasons for rows and cells a fill leaves alone (the plan's skippedRows / skippedCells). */
const TEXTS = {
  zh: {
    'score.blank': '评价得分为空',
    'score.text': '评价得分「{{text}}」不是数字',
    'score.error': '评价得分是错误值 {{text}}',
    'score.range': '评价得分 {{text}} 超出 0–100',
    'score.formula': '评价得分是公式（{{text}}），文件中没有保存计算结果：请在 Excel/WPS 中打开并保存后再填写',
    'score.unknownGrade': '评价得分为空，评价等级「{{text}}」无法识别',
    protected: '工作表「{{sheet}}」受保护，无法写入：请先撤销工作表保护',
    merged: '单元格位于合并区域内，未写入',
    unscorable: '无法计算得分：{{text}}',
    noTotal: '有指标未能计分，未计算总分和评价等级',
    incomplete: '表中没有总分行，且分值合计 {{sum}} 不等于 {{total}}（表格可能不完整）：未写总分和评价等级',
  },
  en: {
    'score.blank': 'the score is blank',
    'score.text': 'the score "{{text}}" is not a number',
    'score.error': 'the score is the error value {{text}}',
    'score.range': 'the score {{text}} is outside 0–100',
    'score.formula': 'the score is a formula ({{text}}) with no saved result: open and save the file in Excel/WPS, then fill again',
    'score.unknownGrade': 'the score is blank and the grade "{{text}}" is not recognised',
    protected: 'sheet "{{sheet}}" is protected and cannot be written: unprotect it first',
    merged: 'the cell is inside a merged area; not written',
    unscorable: 'cannot be scored: {{text}}',
    noTotal: 'some indicators could not be scored: no total or grade was computed',
    incomplete: 'the form has no 总分 row and its weights add up to {{sum}}, not {{total}} (the table may be incomplete): no total or grade was written',
  },
} as const;

export type FillTextId = keyof (typeof TEXTS)['zh'];

export function fillText(locale: Locale, id: FillTextId, data: Readonly<Record<string, string | number>> = {}): string {
  return fillPlaceholders(TEXTS[locale][id], data);
}
