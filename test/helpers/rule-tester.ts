import { Grid } from '../../src/core/grid/grid';
import type { SheetSnapshot } from '../../src/core/grid/types';
import { detectGoalSets } from '../../src/core/layout/detect-goal-sets';
import { parsePolicy } from '../../src/core/policy/policy';
import { runGoalRules } from '../../src/core/rules/run-goal-rules';
import type { Finding } from '../../src/core/findings';
import type { GoalRule, RuleMeta } from '../../src/core/rules/types';
import { resolveVocabulary } from '../../src/core/vocab/resolve';

export interface ValidCase {
  /** What this case shows; becomes the test name. */
  readonly name: string;
  readonly sheet: SheetSnapshot;
  /** A policy document (as in --policy), e.g. to set budgetYear or extend a vocabulary. */
  readonly policy?: unknown;
}

export interface ExpectedFinding {
  readonly cell: string;
  readonly messageId?: string;
  /** A substring or pattern the rendered Chinese message must contain. */
  readonly message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  /** Every finding the rule must report, in cell order; nothing more. */
  readonly errors: readonly ExpectedFinding[];
}

/** What every rule tester needs of a rule: its meta (id and bilingual messages). */
interface TestedRule {
  readonly meta: Pick<RuleMeta, 'id' | 'description' | 'messages'>;
}

/**
 * ESLint's RuleTester shape, shared by the goal, evaluation and monitoring testers: the rule's meta is
 * complete in both languages, `valid` cases report nothing, `invalid` cases report exactly `errors`
 * (cells in order, message ids, message text) with no placeholder left unfilled. `run` gives this
 * rule's findings for a case; how a sheet reaches the rule is each tester's business.
 */
export function describeRuleCases<C extends ValidCase>(
  rule: TestedRule,
  idPattern: RegExp,
  cases: { valid: readonly C[]; invalid: readonly (C & { readonly errors: readonly ExpectedFinding[] })[] },
  run: (c: C) => readonly Finding[],
): void {
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.id).toMatch(idPattern);
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
            expect(f.message).not.toMatch(/\{\{/);
          });
        });
      }
    });
  });
}

/**
 * ESLint's RuleTester, for goal rules: a `valid` list that must report nothing and an `invalid` list
 * with the exact findings. Each case runs layout detection on a real sheet snapshot, then this rule alone.
 */
export function runRuleTests(rule: GoalRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describeRuleCases(rule, /^goal\/[a-z0-9-]+$/, cases, (c) => {
    const policy = parsePolicy(c.policy ?? {});
    const sets = detectGoalSets(new Grid(c.sheet));
    if (sets.length === 0) throw new Error(`case "${c.name}": no goal table detected in the sheet`);
    return runGoalRules([rule], sets, policy, resolveVocabulary(policy));
  });
}
