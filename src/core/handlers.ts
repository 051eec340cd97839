import { resultsTableHandler } from './evaluation/results-handler';
import { selfEvaluationHandler } from './evaluation/self/handler';
import { goalHandler } from './goal-handler';
import { monitoringHandler } from './monitoring/handler';
import type { SheetHandler } from './sheet-kinds';

/**
 * Sheet kinds in recognition order. Tables that track results (monitoring, self-evaluation) also have
 * 三级指标 and 指标值 columns, so they must be tried before the goal form. The self-evaluation form has
 * 得分 columns too, so it is tried before the results table (which a lone 得分 header could suggest).
 * Monitoring comes first: its detection needs a year-to-date (1-N月) or forecast column that the other
 * forms never have, while its 实际完成值 / 执行数 columns would otherwise look like a self-evaluation's.
 */
export const SHEET_HANDLERS: readonly SheetHandler<any>[] = [monitoringHandler, selfEvaluationHandler, resultsTableHandler, goalHandler]; // eslint-disable-line @typescript-eslint/no-explicit-any
