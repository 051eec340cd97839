import { planSheetFill } from '../../../src/core/check';
import { toA1 } from '../../../src/core/grid/address';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { parsePolicy } from '../../../src/core/policy/policy';
import { sheet } from '../../helpers/sheet';
import { indicatorTable, projectTable } from './sheets';

function fill(s: SheetSnapshot, options: { overwrite?: boolean; policy?: unknown; locale?: 'zh' | 'en' } = {}) {
  const f = planSheetFill(s, { policy: parsePolicy(options.policy ?? {}), overwrite: options.overwrite, locale: options.locale });
  if (!f) throw new Error('not filled');
  expect(f.kind).toBe('monitoring');
  const cells = Object.fromEntries(f.plan.writes.toArray().map((w) => [toA1(w.ref), w.value]));
  return { plan: f.plan, cells };
}

describe('output columns', () => {
  it('adds missing 执行率 · 时间进度 · 执行偏差 · 预警 at the right of the table, on the last header row', () => {
    const { plan } = fill(projectTable([['甲', 100, 40]], { twoRow: true }));
    const headers = plan.writes.toArray().filter((w) => w.role === 'header').map((w) => [toA1(w.ref), w.value]);
    expect(headers).toEqual([
      ['E3', '执行率'],
      ['F3', '时间进度'],
      ['G3', '执行偏差'],
      ['H3', '预警'],
    ]);
  });

  it('uses existing output columns wherever they are, and writes ratios as numbers with a percent format', () => {
    const { plan } = fill(projectTable([['甲', 120, 60]], { outputs: ['预警', '时间进度', '执行率', '执行偏差'] }));
    expect(plan.writes.toArray().filter((w) => w.role === 'header')).toEqual([]);
    const byCell = Object.fromEntries(plan.writes.toArray().map((w) => [toA1(w.ref), w]));
    expect(byCell.E3.value).toBe('黄色预警：执行率低于时间进度16.67个百分点');
    expect(byCell.F3).toMatchObject({ value: 0.6667, numberFormat: '0.00%' });
    expect(byCell.G3).toMatchObject({ value: 0.5, numberFormat: '0.00%' });
    expect(byCell.H3).toMatchObject({ value: -0.1667, numberFormat: '0.00%' });
  });

  it('an indicator table gets only a 预警 column', () => {
    const { plan, cells } = fill(indicatorTable([['项目', '单位成本', '不超过857元', '880元', '905元', '有可能', null]]));
    expect(plan.writes.toArray().filter((w) => w.role === 'header').map((w) => [toA1(w.ref), w.value])).toEqual([['J3', '预警']]);
    expect(cells.J4).toBe('预计完成值905元高于年度指标值不超过857元；完成目标可能性为"有可能"但未填写偏差原因');
  });

  it('does not put a new column over a neighbour’s text (the next free column is used)', () => {
    const s = sheet('监控', [
      ['项目名称', '年度预算数', '1-8月执行数', null, null],
      ['甲', 100, 50, null, '已核'],
    ]);
    const { plan } = fill(s);
    expect(plan.writes.toArray().filter((w) => w.role === 'header').map((w) => toA1(w.ref))).toEqual(['D1', 'F1', 'G1', 'H1']);
  });
});

describe('nothing the user typed is overwritten', () => {
  const typed = () =>
    projectTable(
      [
        ['甲', 100, 55, 0.5, null, null, '已电话督办'],
        ['乙', 100, 20, null, '50%', null, null],
        ['丙', 200, 80, 0.4, 0.6667, -0.2667, null],
      ],
      { outputs: ['执行率', '时间进度', '执行偏差', '预警'] },
    );

  it('keeps non-empty cells and lists each one with what it would have written', () => {
    const { plan, cells } = fill(typed());
    expect(plan.skippedCells.map((c) => [toA1(c.ref), c.existing, c.proposed])).toEqual([
      ['E3', 0.5, 0.55],
      ['H3', '已电话督办', '黄色预警：执行率低于时间进度11.67个百分点'],
      ['F4', '50%', 0.6667],
    ]);
    expect(plan.skippedCells.every((c) => c.reason.length > 0)).toBe(true);
    // Empty cells of the same rows are still filled.
    expect([cells.F3, cells.G3, cells.E4, cells.G4, cells.H4]).toEqual([0.6667, -0.1167, 0.2, -0.4667, '红色预警：执行率低于时间进度46.67个百分点']);
    // A cell already holding exactly the proposed value is neither written nor listed (丙's row).
    expect(Object.keys(cells).filter((k) => k.endsWith('5'))).toEqual(['H5']);
  });

  it('overwrites them only when the user confirmed (overwrite: true)', () => {
    const { plan, cells } = fill(typed(), { overwrite: true });
    expect(plan.skippedCells).toEqual([]);
    expect([cells.E3, cells.H3, cells.F4]).toEqual([0.55, '黄色预警：执行率低于时间进度11.67个百分点', 0.6667]);
  });

  it('never writes into a merged cell, even with overwrite', () => {
    const s = sheet(
      '监控',
      [
        ['项目名称', '年度预算数', '1-8月执行数', '执行率', '预警'],
        ['甲', 100, 20, null, '见说明'],
        ['乙', 100, 30, null, null],
      ],
      ['E2:E3'],
    );
    const { plan, cells } = fill(s, { overwrite: true });
    expect(plan.skippedCells.map((c) => [toA1(c.ref), c.reason])).toEqual([['E3', '单元格位于合并区域内，未写入']]);
    expect(cells.E2).toBe('红色预警：执行率低于时间进度46.67个百分点');
  });

  it('a protected sheet gets no writes; every row it would have filled is listed', () => {
    const { plan } = fill(projectTable([['甲', 100, 40], ['乙', 100, 60]], { protected: true }));
    expect(plan.writes.toArray()).toEqual([]);
    expect(plan.skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [2, '工作表「资金执行监控」受保护，无法写入：请先撤销工作表保护'],
      [3, '工作表「资金执行监控」受保护，无法写入：请先撤销工作表保护'],
    ]);
    expect(plan.rowsFilled).toBe(0);
  });
});

describe('rows that cannot be computed', () => {
  it('are listed with a reason naming the project; the other rows are filled', () => {
    const { plan, cells } = fill(projectTable([['甲', 100, '待统计'], ['乙', 80, 86.5], ['丙', 100, 60]]));
    expect(plan.skippedRows.map((r) => [r.row, r.reason])).toEqual([
      [2, '「甲」执行数「待统计」不是数字，未计算执行率'],
      [3, '「乙」执行数 86.5 超过年度预算数 80，请核对后再计算'],
    ]);
    expect(cells.E5).toBe(0.6);
    expect(plan.rowsFilled).toBe(1);
    expect(plan.findings.map((f) => f.ruleId)).toEqual(['monitor/invalid-amount', 'monitor/execution-over-budget']);
  });

  it('without a month: nothing computed, every row says why, and one finding asks to set it', () => {
    const { plan } = fill(projectTable([['甲', 100, 40]], { executedHeader: '执行数', title: '绩效运行监控表' }));
    expect(plan.writes.toArray().filter((w) => w.role === 'value')).toEqual([]);
    expect(plan.skippedRows[0].reason).toContain('monitoring.month');
    expect(plan.findings.map((f) => [f.ruleId, f.cell])).toEqual([['monitor/month-unknown', 'D2']]);
    expect(plan.monitoring?.month).toBeNull();
  });

  it('reasons follow the locale', () => {
    const { plan } = fill(projectTable([['甲', 100, '待统计']]), { locale: 'en' });
    expect(plan.skippedRows[0].reason).toBe('"甲": the execution "待统计" is not a number; no execution rate was computed');
    expect(plan.findings[0].message).toContain('is not a number');
  });
});

describe('policy options', () => {
  it("texts.normal is written on rows without warnings (default '' writes nothing)", () => {
    expect(fill(projectTable([['甲', 100, 60]])).cells.H3).toBeUndefined();
    expect(fill(projectTable([['甲', 100, 60]]), { policy: { monitoring: { texts: { normal: '正常' } } } }).cells.H3).toBe('正常');
  });

  it('ratio mode writes the ratio texts', () => {
    const { cells } = fill(projectTable([['甲', 100, 40], ['乙', 100, 30], ['丙', 100, 29]], { executedHeader: '1-6月执行数' }), { policy: { monitoring: { mode: 'ratio' } } });
    expect(cells.H3).toBeUndefined(); // 0.4 / 0.5 = 80%: green
    expect(cells.H4).toBe('黄色预警：执行进度仅为时间进度的60%');
    expect(cells.H5).toBe('红色预警：执行进度仅为时间进度的58%');
  });
});

describe('summary for the pane’s chart', () => {
  it('one entry per project (not 合计), with the level', () => {
    const { plan } = fill(projectTable([['甲', 100, 70], ['乙', 100, 50], ['丙', 100, 20], ['合计', 300, 140], ['丁', 100, 'x']]));
    expect(plan.monitoring).toEqual({
      month: 8,
      projects: [
        { name: '甲', executionRate: 0.7, timeProgress: 0.6667, level: 'ok' },
        { name: '乙', executionRate: 0.5, timeProgress: 0.6667, level: 'yellow' },
        { name: '丙', executionRate: 0.2, timeProgress: 0.6667, level: 'red' },
      ],
      warnings: 3, // 乙, 丙 and 合计 (53.33%: 13.33 points behind)
    });
  });
});

describe('property: a fill never lands on a non-empty cell unless overwrite is confirmed', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require('fast-check') as typeof import('fast-check');
  const existing = fc.option(fc.oneof(fc.constant('已核'), fc.constant(' '), fc.double({ min: -1, max: 2, noNaN: true }), fc.constantFrom('黄色预警', '')), { nil: null });
  const row = fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), existing, existing, existing, existing);

  it('holds for random pre-filled output cells', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, overwrite) => {
        const s = projectTable(
          rows.map(([b, e, ...outs]) => [`项目${b}`, b, Math.min(e, b), ...outs]),
          { outputs: ['执行率', '时间进度', '执行偏差', '预警'] },
        );
        const { plan } = fill(s, { overwrite });
        for (const w of plan.writes) {
          const before = s.values[w.ref.row]?.[w.ref.col];
          const blank = before === null || before === undefined || (typeof before === 'string' && before.trim() === '');
          if (!overwrite) expect(blank).toBe(true);
        }
        // Every non-blank cell the fill wanted to change is listed, unless overwritten by request.
        if (overwrite) expect(plan.skippedCells).toEqual([]);
        for (const c of plan.skippedCells) expect(plan.writes.toArray().some((w) => w.ref.row === c.ref.row && w.ref.col === c.ref.col)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('summary month', () => {
  it('an indicator table reports the month its headers state (1-8月实际完成值), with no projects', () => {
    const f = planSheetFill(indicatorTable([['项目', '面积', '≥10个', '5个', '10个', '确定能', null]]))!;
    expect(f.plan.monitoring).toEqual({ month: 8, projects: [], warnings: 0 });
  });
});

describe('a table with both project and indicator columns', () => {
  it('writes execution figures on the project’s first row and joins its warnings with the indicators’', () => {
    const s = sheet(
      '监控',
      [
        ['项目名称', '年度预算数', '1-8月执行数', '三级指标', '年度指标值', '全年预计完成值', '偏差原因'],
        ['甲', 100, 50, '面积', '≥100平方米', '90平方米', null],
        [null, null, null, '满意度', '≥90%', '95%', null],
        ['乙', 200, 180, '人数', '≥50人', '60人', null],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3'],
    );
    const { cells } = fill(s);
    expect([cells.H2, cells.I2, cells.J2, cells.K2]).toEqual([0.5, 0.6667, -0.1667, '黄色预警：执行率低于时间进度16.67个百分点；预计完成值90平方米低于年度指标值≥100平方米；未填写偏差原因']);
    expect([cells.H3, cells.K3]).toEqual([undefined, undefined]);
    expect([cells.H4, cells.K4]).toEqual([0.9, undefined]);
  });
});
