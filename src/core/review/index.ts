export { CATEGORY_KEYS, categoryOf, type CategoryKey } from './categories';
export { draftOpinion, formatScore, opinionItem, reviewTexts, type Opinion } from './opinion';
export { OPINION_SHEET_NAME, opinionSheetRows, type OpinionSheetCell } from './opinion-sheet';
export { findingsByProject } from './project-map';
export { reviewWorkbook, type ProjectReview, type ReviewOptions, type SkippedSheet, type WorkbookReview } from './review';
export { conclusionOf, scoreProject, type CategoryScore, type ProjectScore } from './score';
export { CONCLUSION_KEYS, DEFAULT_REVIEW_TEXTS, type ConclusionKey, type ReviewTexts } from './texts';
