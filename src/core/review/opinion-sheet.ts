import type { Locale } from '../findings';
import type { Policy } from '../policy/policy';
import { CATEGORY_KEYS } from './categories';
import { reviewTexts } from './opinion';
import type { WorkbookReview } from './review';

/** The sheet the pane writes into the open workbook (one name in every language: zh and en users share workbooks). */
export const OPINION_SHEET_NAME = '审核意见';

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  zh: ['序号', '工作表', '单元格', '单位/部门', '项目名称', '资金（万元）', '得分', '审核结论'],
  en: ['No.', 'Sheet', 'Cell', 'Department', 'Project', 'Funds (万元)', 'Score', 'Conclusion'],
};
const OPINION_HEADER: Readonly<Record<Locale, string>> = { zh: '审核意见', en: 'Review opinion' };

export type OpinionSheetCell = string | number | null;

/**
 * The 审核意见 sheet of one workbook, as rows of values (header first): one row per project with its score,
 * conclusion, principle scores and the drafted opinion. The same review gives the same rows.
 */
export function opinionSheetRows(review: WorkbookReview, policy: Policy, locale: Locale): OpinionSheetCell[][] {
  const texts = reviewTexts(policy, locale);
  const header: OpinionSheetCell[] = [...HEADERS[locale], ...CATEGORY_KEYS.map((k) => texts.categories[k]), OPINION_HEADER[locale]];
  const rows = review.projects.map((p, i): OpinionSheetCell[] => [
    i + 1,
    p.sheet,
    p.cell,
    p.department ?? p.implementer ?? '',
    p.projectName,
    p.funds,
    p.score,
    p.conclusionName,
    ...p.breakdown.map((b) => b.score),
    p.opinion.text,
  ]);
  return [header, ...rows];
}
