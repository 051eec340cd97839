import { checkSheet } from '../../../src/core/check';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import type { EvalRule } from '../../../src/core/evaluation/rules/types';
import { parsePolicy } from '../../../src/core/policy/policy';

export interface EvalCase {
  readonly name: string;
  readonly sheet: SheetSnapshot;
  readonly policy?: unknown;
}
export interface EvalInvalidCase extends EvalCase {
  /** Every finding of this rule, in cell order; nothing more. */
  readonly errors: readonly { cell: string; messageId?: string; message?: string | RegExp }[];
}

/**
 * ESLint's RuleTester for evaluation rules: the sheet goes through the real recognition and handler
 * (as `goal-lint check` runs it), and only this rule's findings are compared.
 */
export function runEvalRuleTests<C>(
  rule: EvalRule<C>,
  kind: 'evaluation' | 'self-evaluation',
  cases: { valid: readonly EvalCase[]; invalid: readonly EvalInvalidCase[] },
): void {
  const run = (c: EvalCase) => {
    const report = checkSheet(c.sheet, { policy: parsePolicy(c.policy ?? {}) });
    if (report?.kind !== kind) throw new Error(`case "${c.name}": sheet recognised as ${report?.kind ?? 'nothing'}, not ${kind}`);
    return report.findings.filter((f) => f.ruleId === rule.meta.id);
  };
  describe(rule.meta.id, () => {
    it('has complete meta in both languages', () => {
      expect(rule.meta.id).toMatch(/^eval\/[a-z0-9-]+$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      for (const m of Object.values(rule.meta.messages)) {
        for (const text of [m.message.zh, m.message.en, m.hint.zh, m.hint.en]) expect(text.trim()).not.toBe('');
      }
    });
    describe('valid', () => {
      for (const c of cases.valid) it(c.name, () => expect(run(c).map((f) => `${f.cell}: ${f.message}`)).toEqual([]));
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const got = run(c);
          expect(got.map((f) => f.cell)).toEqual(c.errors.map((e) => e.cell));
          got.forEach((f, i) => {
            const e = c.errors[i];
            if (e.messageId) expect(f.messageId).toBe(e.messageId);
            if (typeof e.message === 'string') expect(f.message).toContain(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
            expect(f.message).not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}
