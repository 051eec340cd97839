import { resultsTableHandler } from './evaluation/results-handler';
import { selfEvaluationHandler } from './evaluation/self/handler';
import { goalHandler } from './goal-handler';
import type { SheetHandler } from './sheet-kinds';

/**
 * Sheet kinds in recognition order. Tables that track results (monitoring, self-evaluation) also have
 * 三级指标 and 指标值 columns, so they must be tried before the goal form. The self-evaluation form has
 * 得分 columns too, so it is tried before the results table (which a lone 得分 header could suggest).
 */
export const SHEET_HANDLERS: readonly SheetHandler<any>[] = [selfEvaluationHandler, resultsTableHandler, goalHandler]; // eslint-disable-line @typescript-eslint/no-explicit-any
