import type { Finding, Locale } from './findings';
import { Grid } from './grid/grid';
import type { SheetSnapshot } from './grid/types';
import { defaultPolicy, type Policy } from './policy/policy';
import type { FillPlan } from './fill/plan';
import { SHEET_HANDLERS } from './handlers';
import type { HandlerContext, SheetHandler, SheetKind } from './sheet-kinds';

export interface SheetReport {
  readonly name: string;
  readonly kind: SheetKind;
  readonly findings: readonly Finding[];
}

export interface CheckOptions {
  readonly policy?: Policy;
  readonly locale?: Locale;
}

function contextOf(options: CheckOptions): HandlerContext {
  return { policy: options.policy ?? defaultPolicy(), locale: options.locale ?? 'zh' };
}

function recognise(grid: Grid, context: HandlerContext): { handler: SheetHandler; detected: unknown } | null {
  for (const handler of SHEET_HANDLERS) {
    const detected = handler.detect(grid, context);
    if (detected !== null) return { handler, detected };
  }
  return null;
}

/** Checks one sheet; null when the sheet holds no table the add-in knows (skipped quietly). */
export function checkSheet(snapshot: SheetSnapshot, options: CheckOptions = {}): SheetReport | null {
  const context = contextOf(options);
  const grid = new Grid(snapshot);
  const hit = recognise(grid, context);
  if (!hit) return null;
  return { name: snapshot.name, kind: hit.handler.kind, findings: hit.handler.check(hit.detected, grid, context) };
}

export function checkWorkbook(snapshots: readonly SheetSnapshot[], options: CheckOptions = {}): SheetReport[] {
  const out: SheetReport[] = [];
  for (const s of snapshots) {
    const report = checkSheet(s, options);
    if (report) out.push(report);
  }
  return out;
}

export interface SheetFill {
  readonly kind: SheetKind;
  readonly plan: FillPlan;
}

/** Plans the fill of one sheet; null when the sheet has no table with output columns. */
export function planSheetFill(snapshot: SheetSnapshot, options: CheckOptions & { overwrite?: boolean } = {}): SheetFill | null {
  const context = contextOf(options);
  const grid = new Grid(snapshot);
  const hit = recognise(grid, context);
  if (!hit || !hit.handler.planFill) return null;
  return { kind: hit.handler.kind, plan: hit.handler.planFill(hit.detected, grid, { ...context, overwrite: options.overwrite ?? false }) };
}
