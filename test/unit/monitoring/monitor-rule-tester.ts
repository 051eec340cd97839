import { Grid } from '../../../src/core/grid/grid';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { analyseTable } from '../../../src/core/monitoring/analyse';
import { detectMonitoringTables } from '../../../src/core/monitoring/layout';
import { monitoringSettings } from '../../../src/core/monitoring/policy';
import { runMonitorRules } from '../../../src/core/monitoring/rules/run-monitor-rules';
import type { MonitorRule } from '../../../src/core/monitoring/rules/types';
import { parsePolicy } from '../../../src/core/policy/policy';
import { resolveVocabulary } from '../../../src/core/vocab/resolve';

export interface ValidCase {
  readonly name: string;
  readonly sheet: SheetSnapshot;
  readonly policy?: unknown;
}

export interface InvalidCase extends ValidCase {
  /** Every finding the rule must report, in cell order; nothing more. */
  readonly errors: readonly { readonly cell: string; readonly messageId?: string; readonly message?: string | RegExp }[];
}

/**
 * ESLint's RuleTester for monitoring rules: each case runs detection and the row analysis on a real
 * sheet snapshot, then this rule alone; `valid` cases must report nothing, `invalid` ones exactly `errors`.
 */
export function runMonitorRuleTests(rule: MonitorRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const run = (c: ValidCase) => {
    const policy = parsePolicy(c.policy ?? {});
    const settings = monitoringSettings(policy.monitoring);
    const grid = new Grid(c.sheet);
    const tables = detectMonitoringTables(grid, settings);
    if (tables.length === 0) throw new Error(`case "${c.name}": no monitoring table detected`);
    return tables.flatMap((t) => runMonitorRules([rule], analyseTable(grid, t, resolveVocabulary(policy), settings), grid.name, policy, 'zh'));
  };
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.id).toMatch(/^monitor\/[a-z0-9-]+$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      for (const m of Object.values(rule.meta.messages)) {
        for (const text of [m.message.zh, m.message.en, m.hint.zh, m.hint.en]) expect(text.trim()).not.toBe('');
      }
    });
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c).map((f) => `${f.cell}: ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const got = run(c);
          expect(got.map((f) => f.cell)).toEqual(c.errors.map((e) => e.cell));
          got.forEach((f, i) => {
            const e = c.errors[i];
            expect(f.ruleId).toBe(rule.meta.id);
            if (e.messageId) expect(f.messageId).toBe(e.messageId);
            if (typeof e.message === 'string') expect(f.message).toContain(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
          });
        });
      }
    });
  });
}
