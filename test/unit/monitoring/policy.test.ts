import { monitoringSettings } from '../../../src/core/monitoring/policy';
import { parsePolicy, PolicyError } from '../../../src/core/policy/policy';

describe('monitoring policy', () => {
  it('defaults: gap mode, 10 / 20 points, no month, nothing written for normal rows', () => {
    const m = monitoringSettings(parsePolicy({}).monitoring);
    expect(m.mode).toBe('gap');
    expect(m.gap).toEqual({ tolerance: 0.1, strong: 0.2 });
    expect(m.ratio).toEqual({ red: 0.6, yellow: 0.8 });
    expect(m.month).toBeUndefined();
    expect(m.texts.normal).toBe('');
    expect(m.texts.gapYellow).toContain('{{lag}}');
    expect(m.likelihood.impossible).toContain('完全不可能');
  });

  it('keeps what the document sets and fills the rest', () => {
    const m = monitoringSettings(parsePolicy({ monitoring: { month: 9, mode: 'ratio', gap: { tolerance: 0.05 }, texts: { normal: '正常' } } }).monitoring);
    expect(m.month).toBe(9);
    expect(m.mode).toBe('ratio');
    expect(m.gap).toEqual({ tolerance: 0.05, strong: 0.2 });
    expect(m.texts.normal).toBe('正常');
    expect(m.texts.gapRed).toContain('红色预警');
  });

  it.each([
    [{ monitoring: { month: 13 } }, 'monitoring.month'],
    [{ monitoring: { month: 0 } }, 'monitoring.month'],
    [{ monitoring: { mode: 'percent' } }, 'monitoring.mode'],
    [{ monitoring: { gap: { tolerance: 0.3, strong: 0.2 } } }, 'monitoring.gap'],
    [{ monitoring: { ratio: { red: 0.9, yellow: 0.8 } } }, 'monitoring.ratio'],
    [{ monitoring: { tolerance: 0.1 } }, 'monitoring'],
    [{ monitoring: { texts: { gapYellow: '' } } }, 'monitoring.texts.gapYellow'],
  ])('rejects %j naming %s', (doc, path) => {
    try {
      parsePolicy(doc);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues.map((i) => i.path).some((p) => p.startsWith(path))).toBe(true);
    }
  });

  it('accepts the monitor/* rule ids in the rules section', () => {
    const p = parsePolicy({ rules: { 'monitor/missing-deviation-reason': 'off', 'monitor/execution-over-budget': 'warning' } });
    expect(p.rules['monitor/missing-deviation-reason']).toBe('off');
  });
});
