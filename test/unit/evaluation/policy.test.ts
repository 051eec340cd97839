import { parsePolicy, PolicyError } from '../../../src/core/policy/policy';

function issues(input: unknown): { path: string; message: string }[] {
  try {
    parsePolicy(input);
  } catch (e) {
    if (e instanceof PolicyError) return [...e.issues];
    throw e;
  }
  throw new Error('expected the policy to be rejected');
}

describe('evaluation policy', () => {
  it('has the deck\'s defaults and ours when nothing is set', () => {
    const e = parsePolicy({}).evaluation;
    expect(e.bands).toEqual({ excellent: 90, good: 80, pass: 60 });
    expect(e.gradeNames).toEqual({ excellent: '优秀', good: '良好', pass: '合格', poor: '差' });
    expect(e.rates).toEqual({ excellentOutstanding: 0.1, good: 0.05, pass: 0, poor: -0.1 });
    expect(e.excellentUnrecorded).toBe('asOutstanding');
    expect(e.excellentNotOutstanding).toBe('asGood');
    expect(e.selfEvaluation).toMatchObject({ executionScoreDecimals: 2, overshoot: 'proportional', targetTooLowRatio: 1.2, qualitativeShares: { met: 1, partial: 0.7, notMet: 0.3 } });
    expect(e.texts.passProcess).toContain('暂缓拨款及支付');
    expect(parsePolicy({ evaluation: {} }).evaluation).toEqual(e);
  });

  it('keeps defaults beside the fields a policy sets', () => {
    const e = parsePolicy({ evaluation: { rates: { good: 0.03 }, texts: { noChange: '维持不变' } } }).evaluation;
    expect(e.rates).toEqual({ excellentOutstanding: 0.1, good: 0.03, pass: 0, poor: -0.1 });
    expect(e.texts.noChange).toBe('维持不变');
    expect(e.texts.increase).toBe('按{{base}}的{{rate}}调增');
  });

  it('accepts the evaluation rule ids for severity settings', () => {
    const p = parsePolicy({ rules: { 'eval/grade-mismatch': 'error', 'eval/target-too-low': 'off', 'eval/invalid-score': 'warning' } });
    expect(p.rules['eval/target-too-low']).toBe('off');
  });

  it.each<[string, unknown, string, RegExp]>([
    ['bands out of order', { bands: { excellent: 80, good: 90 } }, 'evaluation.bands', /优秀 > 良好 > 合格/],
    ['a band above 100', { bands: { excellent: 120 } }, 'evaluation.bands.excellent', /0–100/],
    ['a rate written as a percentage', { rates: { good: 5 } }, 'evaluation.rates.good', /100%/],
    ['a misspelt field', { rate: { good: 0.05 } }, 'evaluation', /rate/],
    ['an unknown choice', { excellentUnrecorded: 'maybe' }, 'evaluation.excellentUnrecorded', /asOutstanding/],
    ['a qualitative share above 1', { selfEvaluation: { qualitativeShares: { partial: 1.2 } } }, 'evaluation.selfEvaluation.qualitativeShares.partial', /0 到 1/],
    ['qualitative shares out of order', { selfEvaluation: { qualitativeShares: { partial: 0.2, notMet: 0.5 } } }, 'evaluation.selfEvaluation.qualitativeShares', /达成 ≥ 部分达成 ≥ 未达成/],
    ['a threshold below 100%', { selfEvaluation: { targetTooLowRatio: 0.9 } }, 'evaluation.selfEvaluation.targetTooLowRatio', /.+/],
    ['an empty grade name', { gradeNames: { good: '' } }, 'evaluation.gradeNames.good', /.+/],
  ])('rejects %s, naming the field', (_name, evaluation, path, message) => {
    const found = issues({ evaluation });
    expect(found.map((i) => i.path)).toContain(path);
    expect(found.find((i) => i.path === path)!.message).toMatch(message);
  });

  it('rejects an unknown rule id', () => {
    const found = issues({ rules: { 'eval/no-such-rule': 'off' } });
    expect(found.map((i) => i.path)).toEqual(['rules']);
    expect(found[0].message).toContain('eval/no-such-rule');
  });

  it('puts every bad field in one error message', () => {
    expect(() => parsePolicy({ evaluation: { rates: { good: 5, poor: -3 } } }, 'policy.json')).toThrow(/policy\.json 无效[\s\S]*evaluation\.rates\.good[\s\S]*evaluation\.rates\.poor/);
  });
});
