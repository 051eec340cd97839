import fc from 'fast-check';
import { adjustmentAmount, decimal, percentFormat, percentText, readAmount, roundHalfAway } from '../../../src/core/evaluation/money';

describe('money: exact decimal arithmetic, half away from zero like Excel ROUND', () => {
  // Each case is one binary floating point gets wrong: (x * r).toFixed(2) or Math.round(x*r*100)/100.
  const traps: [number, number, string][] = [
    [1.45, 0.1, '0.15'],
    [1.15, -0.1, '-0.12'],
    [2.9, 0.05, '0.15'],
    [4.35, -0.1, '-0.44'],
  ];
  it.each(traps)('%p × %p = %s', (base, ratio, expected) => {
    expect(adjustmentAmount(decimal(base), decimal(ratio)).toFixed(2)).toBe(expected);
    // The same computation in floating point gives a different answer: the trap is real.
    expect((base * ratio).toFixed(2)).not.toBe(expected);
  });

  it('rounds ties away from zero on both sides', () => {
    expect(roundHalfAway(decimal(0.125)).toString()).toBe('0.13');
    expect(roundHalfAway(decimal(-0.125)).toString()).toBe('-0.13');
    expect(roundHalfAway(decimal(0.124)).toString()).toBe('0.12');
    expect(roundHalfAway(decimal(2.5), 0).toString()).toBe('3');
    expect(roundHalfAway(decimal(-2.5), 0).toString()).toBe('-3');
  });

  it('reads numbers as the decimal shown, not the binary approximation', () => {
    expect(decimal(1.45).toString()).toBe('1.45');
    expect(decimal(0.1).plus(decimal(0.2)).toString()).toBe('0.3');
    expect(() => decimal(NaN)).toThrow();
  });

  it('property: ROUND(base × ratio, 2) equals an independent integer computation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: -100, max: 100 }), (units, scale, percent) => {
        const base = units / 10 ** scale;
        const ratio = percent / 100;
        // Exact: base × ratio = units × percent / 10^(scale+2); in hundredths: units × percent / 10^scale.
        const n = BigInt(units) * BigInt(percent);
        const d = 10n ** BigInt(scale);
        const abs = n < 0n ? -n : n;
        const hundredths = (abs * 2n + d) / (2n * d); // half away from zero on the magnitude
        const expected = (n < 0n ? -hundredths : hundredths).toString();
        const got = adjustmentAmount(decimal(base), decimal(ratio)).times(100).toFixed(0);
        return got === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('formats percentages for texts and number formats', () => {
    expect(percentText(decimal(0.1))).toBe('10%');
    expect(percentText(decimal(0.025))).toBe('2.5%');
    expect(percentFormat(decimal(0.05))).toBe('0%');
    expect(percentFormat(decimal(-0.1))).toBe('0%');
    expect(percentFormat(decimal(0.025))).toBe('0.00%');
  });

  it('reads amounts as clerks type them and names what is wrong otherwise', () => {
    expect(readAmount(120)).toMatchObject({ ok: true, text: '120' });
    const t = readAmount('１,２３４.５');
    expect(t.ok && t.value.toString()).toBe('1234.5');
    const y = readAmount('8500元');
    expect(y.ok && y.unit).toBe('元');
    expect(readAmount(null)).toMatchObject({ ok: false, problem: 'blank' });
    expect(readAmount('  ')).toMatchObject({ ok: false, problem: 'blank' });
    expect(readAmount('待定')).toMatchObject({ ok: false, problem: 'text' });
    expect(readAmount({ error: '#DIV/0!' })).toMatchObject({ ok: false, problem: 'error', text: '#DIV/0!' });
    expect(readAmount('#N/A')).toMatchObject({ ok: false, problem: 'error' });
    expect(readAmount(-5)).toMatchObject({ ok: false, problem: 'negative' });
    expect(readAmount(true)).toMatchObject({ ok: false, problem: 'text' });
  });
});
