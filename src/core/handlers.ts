import { goalHandler } from './goal-handler';
import type { SheetHandler } from './sheet-kinds';

/**
 * Sheet kinds in recognition order. Tables that track results (monitoring, self-evaluation) also have
 * 三级指标 and 指标值 columns, so they must be tried before the goal form.
 */
export const SHEET_HANDLERS: readonly SheetHandler<any>[] = [goalHandler]; // eslint-disable-line @typescript-eslint/no-explicit-any
