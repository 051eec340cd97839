import { checkSheet } from '../../../src/core/check';
import type { EvalRule } from '../../../src/core/evaluation/rules/types';
import { parsePolicy } from '../../../src/core/policy/policy';
import { describeRuleCases } from '../../helpers/rule-tester';

import type { InvalidCase as EvalInvalidCase, ValidCase as EvalCase } from '../../helpers/rule-tester';

export type { EvalCase, EvalInvalidCase };

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
  describeRuleCases(rule, /^eval\/[a-z0-9-]+$/, cases, run);
}
