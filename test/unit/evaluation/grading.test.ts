import fc from 'fast-check';
import { gradeForScore, gradeFromText } from '../../../src/core/evaluation/grades';
import { readScore } from '../../../src/core/evaluation/score';
import { parsePolicy } from '../../../src/core/policy/policy';

const policy = parsePolicy({}).evaluation;
const at = { row: 4, col: 3 };

describe('grading: score → grade by bands (defaults 90 / 80 / 60, a boundary belongs to the higher grade)', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [80, 'good'],
    [79.99, 'pass'],
    [60, 'pass'],
    [59.99, 'poor'],
    [0, 'poor'],
  ])('%p → %s', (score, grade) => {
    expect(gradeForScore(score, policy.bands)).toBe(grade);
  });

  it('follows bands set in the policy', () => {
    const bands = parsePolicy({ evaluation: { bands: { excellent: 95, good: 85, pass: 70 } } }).evaluation.bands;
    expect(gradeForScore(94.99, bands)).toBe('good');
    expect(gradeForScore(95, bands)).toBe('excellent');
    expect(gradeForScore(69.99, bands)).toBe('poor');
  });

  it('property: a random score gets exactly the grade whose band contains it', () => {
    const bandsArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 3, maxLength: 3 })
      .map((xs) => xs.sort((a, b) => b - a))
      .map(([excellent, good, pass]) => ({ excellent, good, pass }));
    fc.assert(
      fc.property(bandsArb, fc.double({ min: 0, max: 100, noNaN: true }), (bands, score) => {
        const g = gradeForScore(score, bands);
        const lower = { excellent: bands.excellent, good: bands.good, pass: bands.pass, poor: 0 }[g];
        const upper = { excellent: Infinity, good: bands.excellent, pass: bands.good, poor: bands.pass }[g];
        return score >= lower && score < upper;
      }),
    );
  });
});

describe('typed grades: county names, national names and spellings', () => {
  it.each([
    ['优秀', 'excellent'],
    ['优', 'excellent'],
    ['良好', 'good'],
    ['良', 'good'],
    ['合格', 'pass'],
    ['中', 'pass'],
    ['差', 'poor'],
    [' 优 秀 ', 'excellent'],
    ['良好等', 'good'],
    ['待定', null],
    ['', null],
  ])('%p → %p', (text, grade) => {
    expect(gradeFromText(text, policy)).toBe(grade);
  });

  it('reads grade names renamed in the policy', () => {
    const p = parsePolicy({ evaluation: { gradeNames: { pass: '中' }, gradeAliases: { pass: ['一般'] } } }).evaluation;
    expect(gradeFromText('中', p)).toBe('pass');
    expect(gradeFromText('一般', p)).toBe('pass');
    expect(gradeFromText('合格', p)).toBeNull();
  });
});

describe('readScore: what counts as a score', () => {
  it.each([
    [85, 85],
    ['85', 85],
    ['８５', 85],
    ['85分', 85],
    ['85.5 分', 85.5],
    [0, 0],
    [100, 100],
  ])('%p reads as %p', (value, n) => {
    expect(readScore(value, at)).toEqual({ ok: true, value: n, text: expect.any(String), cell: at });
  });

  it.each([
    [null, 'blank'],
    ['', 'blank'],
    ['待定', 'text'],
    ['八十五', 'text'],
    [true, 'text'],
    [new Date(Date.UTC(2025, 0, 1)), 'text'],
    [{ error: '#DIV/0!' }, 'error'],
    ['#N/A', 'error'],
    [105, 'range'],
    [-1, 'range'],
    ['100.01', 'range'],
  ])('%p is invalid (%s)', (value, problem) => {
    expect(readScore(value as never, at)).toMatchObject({ ok: false, problem, cell: at });
  });
});
