import Big from 'big.js';
import fc from 'fast-check';
import { planSheetFill } from '../../../src/core/check';
import { toA1 } from '../../../src/core/grid/address';
import { executionLevel, pointsText, ratioCell } from '../../../src/core/monitoring/execution';
import { monitoringSettings, type MonitoringPolicy } from '../../../src/core/monitoring/policy';
import { parsePolicy } from '../../../src/core/policy/policy';
import { projectTable, type ProjectRow } from './sheets';

const gap = monitoringSettings({});
const ratio = monitoringSettings({ mode: 'ratio' });
const level = (budget: number, executed: number, month: number, policy: MonitoringPolicy = gap) =>
  executionLevel(new Big(budget), new Big(executed), month, policy).level;

describe('gap mode: execution lagging time progress by more than 10 / 20 percentage points', () => {
  // June: time progress is exactly 50%, so these lags are exact.
  it.each([
    [50, 'ok', 'on time'],
    [60, 'ok', 'ahead of time'],
    [40.01, 'ok', 'lag 9.99 points'],
    [40, 'ok', 'lag exactly 10 points: not a warning'],
    [39.99, 'yellow', 'lag 10.01 points'],
    [30, 'yellow', 'lag exactly 20 points: still yellow'],
    [29.99, 'red', 'lag 20.01 points'],
    [0, 'red', 'nothing spent'],
  ])('budget 100, executed %d in June → %s (%s)', (executed, expected) => {
    expect(level(100, executed, 6)).toBe(expected);
  });

  it('exact at boundaries that binary floating point gets wrong', () => {
    // May: 5/12. Budget 3, executed 0.95 → rate 31.67%, lag exactly 10 points.
    expect(5 / 12 - 0.95 / 3 > 0.1).toBe(true); // what floating point would say: a warning
    expect(level(3, 0.95, 5)).toBe('ok');
    expect(level(3, 0.9499, 5)).toBe('yellow');
    // June: budget 1.1, executed 0.44 → rate 40%, lag exactly 10 points.
    expect(6 / 12 - 0.44 / 1.1 > 0.1).toBe(true);
    expect(level(1.1, 0.44, 6)).toBe('ok');
    // April: 4/12 = 1/3. Budget 0.3, executed 0.07: lag exactly 10 points.
    expect(level(0.3, 0.07, 4)).toBe('ok');
    expect(level(0.3, 0.0699, 4)).toBe('yellow');
  });

  it('follows the policy tolerance and strong level', () => {
    const strict = monitoringSettings({ gap: { tolerance: 0.05, strong: 0.15 } });
    expect(level(100, 45, 6, strict)).toBe('ok');
    expect(level(100, 44, 6, strict)).toBe('yellow');
    expect(level(100, 35, 6, strict)).toBe('yellow');
    expect(level(100, 34, 6, strict)).toBe('red');
  });

  it('says why in Chinese, with the lag in points', () => {
    expect(executionLevel(new Big(200), new Big(75), 6, gap).text).toBe('黄色预警：执行率低于时间进度12.5个百分点');
    expect(executionLevel(new Big(120), new Big(60), 8, gap).text).toBe('黄色预警：执行率低于时间进度16.67个百分点');
    expect(executionLevel(new Big(100), new Big(20), 6, gap).text).toBe('红色预警：执行率低于时间进度30个百分点');
    expect(executionLevel(new Big(100), new Big(45), 6, gap).text).toBe('');
  });

  it('shows more decimals when two would make a lag above the line read as the line itself', () => {
    // Lag 10.004 points shows as 10.004, not "10" (which would contradict the warning).
    expect(pointsText(new Big('0.10004'), new Big('0.1'))).toBe('10.004');
    expect(pointsText(new Big('0.125'), new Big('0.1'))).toBe('12.5');
  });
});

describe('ratio mode: execution rate ÷ time progress', () => {
  it.each([
    [50, 'ok', 'ratio 100%'],
    [40, 'ok', 'ratio exactly 80%: green'],
    [39.99, 'yellow', 'ratio 79.98%'],
    [30, 'yellow', 'ratio exactly 60%: yellow'],
    [29.99, 'red', 'ratio 59.98%'],
  ])('budget 100, executed %d in June → %s (%s)', (executed, expected) => {
    expect(level(100, executed, 6, ratio)).toBe(expected);
  });

  it('exact when time progress is not a finite decimal (October: 10/12)', () => {
    // rate 0.5 / (10/12) = 0.6 exactly: yellow, not red.
    expect(level(100, 50, 10, ratio)).toBe('yellow');
    expect(level(100, 49.99, 10, ratio)).toBe('red');
    expect(executionLevel(new Big(100), new Big(50), 10, ratio).text).toBe('黄色预警：执行进度仅为时间进度的60%');
  });
});

describe('properties', () => {
  const cents = fc.integer({ min: 1, max: 100_000_000 });
  it('agrees with rational arithmetic on integers (cents): lag > tolerance exactly when N·B − 12·E > 1.2·B', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 12 }), (b, e, n) => {
        fc.pre(e <= b);
        const B = BigInt(b);
        const E = BigInt(e);
        const N = BigInt(n);
        // lag = N/12 − E/B; lag > 0.1 ⇔ 10·(N·B − 12·E) > 12·B; lag > 0.2 ⇔ 5·(N·B − 12·E) > 12·B.
        const diff = N * B - 12n * E;
        const expected = 5n * diff > 12n * B ? 'red' : 10n * diff > 12n * B ? 'yellow' : 'ok';
        expect(level(b / 100, e / 100, n)).toBe(expected);
      }),
    );
  });

  it('spending more never makes the warning worse', () => {
    const rank = { ok: 0, yellow: 1, red: 2 } as const;
    fc.assert(
      fc.property(cents, fc.nat({ max: 100_000_000 }), fc.nat({ max: 100_000_000 }), fc.integer({ min: 1, max: 12 }), (b, x, y, n) => {
        const [lo, hi] = [Math.min(x, y, b), Math.min(Math.max(x, y), b)];
        expect(rank[level(b, hi, n)]).toBeLessThanOrEqual(rank[level(b, lo, n)]);
        expect(rank[level(b, hi, n, ratio)]).toBeLessThanOrEqual(rank[level(b, lo, n, ratio)]);
      }),
    );
  });

  it('cell values are the exact ratios rounded half away from zero to 0.01%', () => {
    expect(ratioCell(new Big(2).div(3))).toBe(0.6667);
    expect(ratioCell(new Big('0.12345'))).toBe(0.1235);
    expect(ratioCell(new Big('-0.12345'))).toBe(-0.1235);
  });
});

describe('execution outputs through the fill', () => {
  const fill = (rows: ProjectRow[], policy: unknown = {}, header = '1-6月执行数') => {
    const plan = planSheetFill(projectTable(rows, { executedHeader: header }), { policy: parsePolicy(policy) })!.plan;
    return Object.fromEntries(plan.writes.toArray().map((w) => [toA1(w.ref), w.value]));
  };

  it('writes 执行率, 时间进度, 执行偏差 (negative = lagging) and 预警 at the boundaries', () => {
    const cells = fill([
      ['甲', 100, 40],
      ['乙', 100, 39.99],
      ['丙', 100, 30],
      ['丁', 100, 29.99],
    ]);
    expect([cells.E2, cells.F2, cells.G2, cells.H2]).toEqual(['执行率', '时间进度', '执行偏差', '预警']);
    expect([cells.E3, cells.F3, cells.G3, cells.H3]).toEqual([0.4, 0.5, -0.1, undefined]);
    expect(cells.H4).toBe('黄色预警：执行率低于时间进度10.01个百分点');
    expect(cells.H5).toBe('黄色预警：执行率低于时间进度20个百分点');
    expect(cells.H6).toBe('红色预警：执行率低于时间进度20.01个百分点');
  });

  it('a month stated in the header wins over the policy; the policy serves when none is stated', () => {
    expect(fill([['甲', 120, 60]], { monitoring: { month: 9 } }, '1-8月执行数').F3).toBe(0.6667);
    // A plain 执行数 under a 监控 title: the policy's month.
    expect(fill([['甲', 120, 60]], { monitoring: { month: 9 } }, '执行数').F3).toBe(0.75);
  });
});
