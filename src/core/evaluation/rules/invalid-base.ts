import type { EvalRule } from './types';
import { who } from './who';
import type { ResultsRuleContext } from './context';

/**
 * eval/invalid-base: the base amount (上年度年初预算项目经费 …) of a gradable row is blank, not a number,
 * an error value or negative. The row still gets its grade, ratio and 结果应用; not its amounts.
 */
export const invalidBase: EvalRule<ResultsRuleContext> = {
  meta: {
    id: 'eval/invalid-base',
    defaultSeverity: 'error',
    description: 'The base amount of a graded row is blank, not a number, an error value or negative; its amounts are not filled.',
    messages: {
      default: {
        message: { zh: '{{who}}{{base}}「{{text}}」不是有效金额，未计算调整金额', en: '{{whoEn}}{{base}} "{{text}}" is not a valid amount; no adjustment amount was computed' },
        hint: { zh: '填写以万元为单位的数字金额', en: 'Enter the amount as a number in 万元' },
      },
      blank: {
        message: { zh: '{{who}}{{base}}为空，未计算调整金额和本年度预算', en: '{{whoEn}}{{base}} is blank; no adjustment amount or new budget was computed' },
        hint: { zh: '填写上年度年初预算项目经费（万元）', en: "Enter the previous year's initial project budget (万元)" },
      },
      error: {
        message: { zh: '{{who}}{{base}}是错误值 {{text}}，未计算调整金额', en: '{{whoEn}}{{base}} is the error value {{text}}; no adjustment amount was computed' },
        hint: { zh: '检查该单元格的公式', en: 'Fix the formula in that cell' },
      },
      formula: {
        message: {
          zh: '{{who}}{{base}}是公式（{{text}}），文件中没有保存计算结果，未计算调整金额',
          en: '{{whoEn}}{{base}} is a formula ({{text}}) whose result is not saved in the file; no adjustment amount was computed',
        },
        hint: { zh: '在 Excel 或 WPS 中打开文件并保存一次（公式会算出结果）后再填写', en: 'Open the file in Excel or WPS and save it once (the formula is then calculated), then fill again' },
      },
      negative: {
        message: { zh: '{{who}}{{base}} {{text}} 为负数，未计算调整金额', en: '{{whoEn}}{{base}} {{text}} is negative; no adjustment amount was computed' },
        hint: { zh: '预算经费不能为负数，请核对', en: 'A budget cannot be negative; check the value' },
      },
    },
  },
  check({ table, report }) {
    const { rows } = table;
    for (let i = 0; i < rows.length; i++) {
      // Most rows are fine: read by index; a row to report is read in full.
      if (rows.baseProblem(i) === null) continue;
      const row = rows.at(i);
      if (!row.base || row.base.ok) continue;
      const gradable = row.score.ok || (row.score.problem === 'blank' && !!row.typedGrade?.grade);
      if (!gradable) continue; // eval/invalid-score already covers the row
      const messageId = row.base.problem === 'text' ? 'default' : row.base.problem;
      report({ cell: row.base.cell, messageId, data: { ...who(row.name), base: table.baseLabel, text: row.base.text } });
    }
  },
};
