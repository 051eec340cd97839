import type { Finding, Locale } from './findings';
import type { Grid } from './grid/grid';
import type { Policy } from './policy/policy';
import type { FillPlan } from './fill/plan';

export type SheetKind = 'goal' | 'evaluation' | 'self-evaluation' | 'monitoring';

export interface HandlerContext {
  readonly policy: Policy;
  readonly locale: Locale;
}

export interface FillOptions extends HandlerContext {
  /** Overwrite non-empty output cells (only after the user confirmed). */
  readonly overwrite: boolean;
}

/**
 * One kind of table the add-in understands. detect() must be specific: a sheet is given to the first
 * handler (in registry order) that recognises it, and unknown sheets are skipped quietly.
 */
export interface SheetHandler<T = unknown> {
  readonly kind: SheetKind;
  detect(grid: Grid, context: HandlerContext): T | null;
  check(detected: T, grid: Grid, context: HandlerContext): Finding[];
  /** Present for the kinds that have output columns (evaluation, self-evaluation, monitoring). */
  planFill?(detected: T, grid: Grid, options: FillOptions): FillPlan;
}
