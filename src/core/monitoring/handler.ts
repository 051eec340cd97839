import type { Finding } from '../findings';
import type { CellWrite, MonitoringFillSummary, SkippedRow, SkippedWrite } from '../fill/plan';
import type { Grid } from '../grid/grid';
import { finishPlan } from '../evaluation/finish-plan';
import type { HandlerContext, SheetHandler } from '../sheet-kinds';
import { resolveVocabulary } from '../vocab/resolve';
import { analyseTable, type TableAnalysis } from './analyse';
import { proposeMonitoringFill } from './fill';
import { detectMonitoringTables, type MonitoringTable } from './layout';
import { monitoringSettings } from './policy';
import { MONITOR_RULES } from './rules';
import { runMonitorRules } from './rules/run-monitor-rules';

function analyseAll(tables: readonly MonitoringTable[], grid: Grid, { policy }: HandlerContext): TableAnalysis[] {
  const settings = monitoringSettings(policy.monitoring);
  const vocabulary = resolveVocabulary(policy);
  return tables.map((table) => analyseTable(grid, table, vocabulary, settings));
}

/**
 * Monitoring sheets (绩效运行监控表, 双监控, domain.md §7): 执行率 · 时间进度 · 执行偏差 · 预警 per project and
 * warnings per indicator. The same code serves `goal-lint check` / `fill` and the task pane.
 */
export const monitoringHandler: SheetHandler<MonitoringTable[]> = {
  kind: 'monitoring',
  detect(grid, { policy }) {
    const tables = detectMonitoringTables(grid, monitoringSettings(policy.monitoring));
    return tables.length ? tables : null;
  },
  check(tables, grid, context) {
    return analyseAll(tables, grid, context).flatMap((analysis) => runMonitorRules(MONITOR_RULES, analysis, grid.name, context.policy, context.locale));
  },
  planFill(tables, grid, options) {
    const settings = monitoringSettings(options.policy.monitoring);
    const proposed: CellWrite[] = [];
    const blocked: SkippedWrite[] = [];
    const skippedRows: SkippedRow[] = [];
    const findings: Finding[] = [];
    const projects: MonitoringFillSummary['projects'][number][] = [];
    let warnings = 0;
    let month: number | null = null;
    for (const analysis of analyseAll(tables, grid, options)) {
      const p = proposeMonitoringFill(grid, analysis, settings, options.locale);
      proposed.push(...p.proposed);
      blocked.push(...p.blocked);
      skippedRows.push(...p.skippedRows);
      projects.push(...p.projects);
      warnings += p.warnings;
      month ??= analysis.table.month?.value ?? null;
      findings.push(...runMonitorRules(MONITOR_RULES, analysis, grid.name, options.policy, options.locale));
    }
    const plan = finishPlan(grid, { proposed, blocked, skippedRows, findings }, options);
    return { ...plan, monitoring: { month, projects, warnings } };
  },
};
