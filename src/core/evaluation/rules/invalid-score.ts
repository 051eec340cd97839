import type { EvalRule } from './types';
import { who } from './who';
import type { ResultsRuleContext } from './context';

/**
 * eval/invalid-score (contracts.md §1): a score that is blank, not a number, an Excel error value or
 * outside 0–100. Such a row gets no outputs. A blank score next to a recognised typed grade is fine: the
 * grade is used as given.
 */
export const invalidScore: EvalRule<ResultsRuleContext> = {
  meta: {
    id: 'eval/invalid-score',
    defaultSeverity: 'error',
    description: 'An evaluation score that is blank, not a number, an error value, or outside 0–100; the row is not filled.',
    messages: {
      default: {
        message: { zh: '{{who}}评价得分「{{text}}」无效，本行未填写', en: '{{whoEn}}evaluation score "{{text}}" is not valid; the row was not filled' },
        hint: { zh: '填写 0–100 之间的数字得分', en: 'Enter a numeric score between 0 and 100' },
      },
      blank: {
        message: { zh: '{{who}}评价得分为空，本行未填写评价等级和调整结果', en: '{{whoEn}}evaluation score is blank; no grade or adjustment was filled' },
        hint: { zh: '填写评价得分（0–100），或在评价等级列直接填写等级', en: 'Enter the score (0–100), or type the grade in the grade column' },
      },
      text: {
        message: { zh: '{{who}}评价得分「{{text}}」不是数字，本行未填写', en: '{{whoEn}}evaluation score "{{text}}" is not a number; the row was not filled' },
        hint: { zh: '填写 0–100 之间的数字得分（如 85 或 85.5）', en: 'Enter a number between 0 and 100 (e.g. 85 or 85.5)' },
      },
      error: {
        message: { zh: '{{who}}评价得分是错误值 {{text}}（公式出错），本行未填写', en: '{{whoEn}}evaluation score is the error value {{text}}; the row was not filled' },
        hint: { zh: '检查该单元格的公式或改填数字得分', en: 'Fix the formula or enter the score as a number' },
      },
      range: {
        message: { zh: '{{who}}评价得分 {{text}} 超出 0–100 的范围，本行未填写', en: '{{whoEn}}evaluation score {{text}} is outside 0–100; the row was not filled' },
        hint: { zh: '评价得分满分为 100 分，请核对', en: 'Scores run from 0 to 100; check the value' },
      },
      formula: {
        message: {
          zh: '{{who}}评价得分是公式（{{text}}），文件中没有保存计算结果，本行未填写',
          en: '{{whoEn}}evaluation score is a formula ({{text}}) whose result is not saved in the file; the row was not filled',
        },
        hint: {
          zh: '在 Excel 或 WPS 中打开文件并保存一次（公式会算出结果）后再填写，或改填数字得分',
          en: 'Open the file in Excel or WPS and save it once (the formula is then calculated), or enter the score as a number',
        },
      },
      unknownGrade: {
        message: {
          zh: '{{who}}评价得分为空，评价等级「{{grade}}」无法识别，本行未填写',
          en: '{{whoEn}}evaluation score is blank and the grade "{{grade}}" is not recognised; the row was not filled',
        },
        hint: { zh: '填写评价得分，或把等级改为 优秀/良好/合格/差（或 优/良/中/差）', en: 'Enter the score, or write the grade as 优秀/良好/合格/差 (or 优/良/中/差)' },
      },
    },
  },
  check({ table, report }) {
    const { rows } = table;
    for (let i = 0; i < rows.length; i++) {
      // Most rows are fine: read by index; a row to report is read in full.
      if (rows.score(i) !== null || (rows.scoreProblem(i) === 'blank' && rows.typedGrade(i) !== null)) continue;
      const row = rows.at(i);
      const s = row.score;
      if (s.ok) continue;
      if (s.problem === 'blank' && row.typedGrade) {
        if (row.typedGrade.grade) continue; // a typed grade without a score is used as given
        report({ cell: s.cell, messageId: 'unknownGrade', data: { ...who(row.name), grade: row.typedGrade.text } });
        continue;
      }
      report({ cell: s.cell, messageId: s.problem, data: { ...who(row.name), text: s.text } });
    }
  },
};
