import type { EvalRule } from './types';
import type { ResultsRuleContext } from './context';

/**
 * eval/no-base-column: a results table without a base column (上年度年初预算项目经费 …). Grades, ratios
 * and 结果应用 are filled; amounts cannot be, and their columns are not created.
 */
export const noBaseColumn: EvalRule<ResultsRuleContext> = {
  meta: {
    id: 'eval/no-base-column',
    defaultSeverity: 'warning',
    description: 'A results table without a base-amount column: grades and ratios are filled, amounts are not.',
    messages: {
      default: {
        message: {
          zh: '评价结果表没有「上年度年初预算项目经费（万元）」列，只填写等级、调整比例和结果应用，未计算调整金额',
          en: 'The results table has no 上年度年初预算项目经费（万元） column: grades, ratios and follow-ups were filled, amounts were not',
        },
        hint: { zh: '在表中加入上年度年初预算项目经费（万元）列后重新填写', en: "Add a column for the previous year's initial project budget (万元) and fill again" },
      },
    },
  },
  check({ table, report }) {
    const col = table.columns.score ?? table.columns.grade;
    if (table.columns.base === undefined && table.rows.length > 0 && col !== undefined) report({ cell: { row: table.headerRow, col } });
  },
};
