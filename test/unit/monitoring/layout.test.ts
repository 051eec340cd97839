import ExcelJS from 'exceljs';
import { workbookSnapshots } from '../../helpers/exceljs/read-file';
import { checkSheet } from '../../../src/core/check';
import { toA1 } from '../../../src/core/grid/address';
import { Grid } from '../../../src/core/grid/grid';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { detectMonitoringTables } from '../../../src/core/monitoring/layout';
import { monitoringSettings } from '../../../src/core/monitoring/policy';
import { evaluationSamples } from '../../../scripts/samples/evaluation-samples';
import { goalSamples } from '../../../scripts/samples/goal-samples';
import { sheet } from '../../helpers/sheet';
import { sampleSheet } from './samples';
import { indicatorTable, projectTable, type ProjectRow } from './sheets';

const detect = (s: SheetSnapshot, policy: unknown = {}) => detectMonitoringTables(new Grid(s), monitoringSettings(policy));
const a1 = (c: { row: number; col: number } | null | undefined) => (c ? toA1(c) : null);

describe('execution tables', () => {
  it('one-row header: columns, month from the header, rows, 合计', () => {
    const [t] = detect(
      projectTable([
        ['校舍维修', 360, 268],
        ['营养改善', 520, 301.6],
        ['合计', 880, 569.6],
      ]),
    );
    expect(t.columns).toMatchObject({ seq: 0, name: 1, budget: 2, executed: 3 });
    expect(t.month).toEqual({ value: 8, source: 'header' });
    expect([t.headerTop, t.headerRow, t.left, t.right]).toEqual([1, 1, 0, 3]);
    expect(t.rows.map((r) => [r.project, r.isTotal, a1(r.execution?.budget.cell)])).toEqual([
      ['校舍维修', false, 'C3'],
      ['营养改善', false, 'C4'],
      ['合计', true, 'C5'],
    ]);
    expect(t.hasExecution && !t.hasIndicators).toBe(true);
  });

  it('two-row header: 项目资金（万元） merged over 年度预算数 · 1-8月执行数, 项目名称 merged down', () => {
    const [t] = detect(projectTable([['校舍维修', 360, 268]], { twoRow: true, outputs: ['执行率', '预警'] }));
    expect([t.headerTop, t.headerRow]).toEqual([1, 2]);
    expect(t.columns).toMatchObject({ name: 1, budget: 2, executed: 3, rate: 4, warning: 5 });
    expect(t.headers.executed).toBe('1-8月执行数');
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });

  it.each([
    ['１－８月执行数（万元）', 8],
    ['1—8月 执行数', 8],
    ['截至8月底执行数', 8],
    ['1至8月累计支出数', 8],
    ['上半年执行数', 6],
  ])('recognises %s (month %d)', (header, month) => {
    const [t] = detect(projectTable([['甲', 100, 50]], { executedHeader: header, title: '项目执行情况表' }));
    expect(t.columns.executed).toBe(3);
    expect(t.month?.value).toBe(month);
  });

  it('prefers 全年预算数 over 年初预算数 as the base of the rate', () => {
    const s = sheet('监控', [
      ['项目名称', '年初预算数', '全年预算数', '1-8月执行数'],
      ['甲', 100, 120, 60],
    ]);
    expect(detect(s)[0].columns.budget).toBe(2);
  });

  it('reads the unit of each amount column (元 vs 万元)', () => {
    const [t] = detect(sheet('监控', [['项目名称', '年度预算数（元）', '1-8月执行数（万元）'], ['甲', 1_000_000, 50]]));
    expect([t.budgetScale, t.executedScale]).toEqual([0.0001, 1]);
  });

  it('month from the title when the headers do not say, then from the policy, else unknown', () => {
    const rows: ProjectRow[] = [['甲', 100, 50]];
    expect(detect(projectTable([...rows], { executedHeader: '执行数', title: '2025年1-9月项目支出绩效运行监控表' }))[0].month).toEqual({ value: 9, source: 'title' });
    expect(detect(projectTable([...rows], { executedHeader: '执行数', title: '项目支出绩效运行监控表' }), { month: 10 })[0].month).toEqual({ value: 10, source: 'policy' });
    expect(detect(projectTable([...rows], { executedHeader: '执行数', title: '项目支出绩效运行监控表' }))[0].month).toBeNull();
  });

  it('a plain 执行数 without a month or a 监控 title is not a monitoring table', () => {
    expect(detect(projectTable([['甲', 100, 50]], { executedHeader: '执行数', title: '项目资金情况' }))).toEqual([]);
  });

  it('skips section rows, stops at the footer, and finds a table that does not start at A1', () => {
    const s = sheet(
      '监控',
      [
        ['项目名称', '年度预算数', '1-8月执行数'],
        ['一、教育类项目', null, null],
        ['甲', 100, 50],
        ['二、卫生类项目', null, null],
        ['乙', 200, 150],
        ['填表人：李四', null, null],
        ['丙', 1, 1],
      ],
      ['C5:E5', 'C7:E7'],
      'C4',
    );
    const [t] = detect(s);
    expect(t.rows.map((r) => [r.project, a1(r.execution?.executed.cell)])).toEqual([
      ['甲', 'E6'],
      ['乙', 'E8'],
    ]);
  });

  it('the national single-project form: money block rows by label, project name from the header block', () => {
    const [money, indicators] = detect(sampleSheet('monitoring-national-form.xlsx', '执行监控表'));
    expect(money.hasExecution && !money.hasIndicators).toBe(true);
    expect(money.columns).toMatchObject({ budget: 4, executed: 5, rate: 6 });
    expect(money.month).toEqual({ value: 7, source: 'header' });
    expect(money.rows.map((r) => [r.label, r.project])).toEqual([
      ['年度资金总额', '农村饮水安全巩固提升工程'],
      ['其中:财政拨款', '农村饮水安全巩固提升工程'], // labels are NFKC-normalised
      ['其他资金', '农村饮水安全巩固提升工程'],
    ]);
    expect(money.end).toBe(8); // the 年度总体目标 row ends it
    // Two-row header: 偏差原因分析 over five columns, 完成目标可能性 over three tick columns.
    expect([indicators.headerTop, indicators.headerRow]).toEqual([9, 10]);
    expect(indicators.columns.deviation).toEqual([6, 7, 8, 9, 10]);
    expect(indicators.columns.likelihoodOptions.map((o) => [o.col, o.key])).toEqual([
      [11, 'certain'],
      [12, 'possible'],
      [13, 'impossible'],
    ]);
    expect(indicators.rows.map((r) => [r.indicator?.name, r.indicator?.likelihood?.key ?? null])).toEqual([
      ['新建改造供水管网长度', 'certain'],
      ['供水水质达标率', 'certain'],
      ['工程完工时间', 'certain'],
      ['管网每公里建设成本', 'possible'],
      ['新增受益人口', 'possible'],
      ['受益群众满意度', 'certain'],
    ]);
    expect(indicators.rows[3].indicator?.deviation).toEqual({ text: '钢材、管材价格上涨', cell: { row: 14, col: 6 } });
  });
});

describe('indicator tables', () => {
  it('two-row header with 绩效指标 over 一级/二级/三级; project name merged down', () => {
    const [t] = detect(
      indicatorTable([
        ['校舍维修', '维修面积', '≥4200平方米', '3100平方米', '4300平方米', '确定能', null],
        [null, '单位成本', '不超过857元', '880元', '905元', '有可能', null],
        ['营养改善', '受益学生', '≥12000人', '11800人', '12100人', '确定能', '—'],
      ]),
    );
    expect([t.headerTop, t.headerRow]).toEqual([1, 2]);
    expect(t.columns).toMatchObject({ name: 0, level1: 1, level2: 2, indicator: 3, target: 4, actual: 5, projection: 6, likelihood: 7, deviation: [8] });
    expect(t.rows.map((r) => [r.project, r.indicator?.name, r.indicator?.likelihood?.key, r.indicator?.deviation.text])).toEqual([
      ['校舍维修', '维修面积', 'certain', ''],
      ['校舍维修', '单位成本', 'possible', ''],
      ['营养改善', '受益学生', 'certain', ''], // '—' is no reason
    ]);
    expect(t.hasExecution).toBe(false);
  });

  it('a table with only 年度指标值 and 1-8月实际完成值 is one (year-to-date actuals)', () => {
    const s = sheet('监控', [['三级指标', '年度指标值', '1-8月实际完成值'], ['维修面积', '≥4200平方米', '3100平方米']]);
    expect(detect(s)).toHaveLength(1);
  });

  it('project and indicator columns in one table: execution on the project’s first row only', () => {
    const s = sheet(
      '监控',
      [
        ['项目名称', '年度预算数', '1-8月执行数', '三级指标', '年度指标值', '全年预计完成值'],
        ['甲', 100, 50, '面积', '≥100平方米', '90平方米'],
        [null, null, null, '满意度', '≥90%', '95%'],
        ['乙', 200, 180, '人数', '≥50人', '60人'],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3'],
    );
    const [t] = detect(s);
    expect(t.hasExecution && t.hasIndicators).toBe(true);
    expect(t.rows.map((r) => [r.project, r.execution !== null, r.indicator?.name])).toEqual([
      ['甲', true, '面积'],
      ['甲', false, '满意度'],
      ['乙', true, '人数'],
    ]);
  });
});

describe('specific detection: other forms are not claimed', () => {
  it('the self-evaluation form (全年执行数, 实际完成值 with 分值/得分) is left to its handler', () => {
    const s = sheet('自评表', [
      ['项目支出绩效自评表'],
      ['项目名称', '城区中小学校舍维修改造项目'],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 360, 360, 342, 10, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '维修面积', '≥4200平方米', '4300平方米', 20, null, null],
      ['总分', null, null, null, null, 100, null, null],
    ]);
    expect(detect(s)).toEqual([]);
    expect(checkSheet(s)?.kind).toBe('self-evaluation');
  });

  const built = (specs: { file: string; build(wb: ExcelJS.Workbook): void }[]) =>
    specs.flatMap((spec) => {
      const wb = new ExcelJS.Workbook();
      spec.build(wb);
      return workbookSnapshots(wb).map((s) => [`${spec.file} / ${s.name}`, s] as const);
    });

  it.each(built([...goalSamples(), ...evaluationSamples()]))('%s is not a monitoring sheet', (_name, s) => {
    expect(detect(s)).toEqual([]);
    expect(checkSheet(s)?.kind).not.toBe('monitoring');
  });

  it('empty and header-only sheets give nothing (and do not throw)', () => {
    expect(detect(sheet('空', []))).toEqual([]);
    expect(detect(sheet('表头', [['项目名称', '年度预算数', '1-8月执行数']]))[0].rows).toEqual([]);
  });
});

describe('the keyword pre-filter of header cells', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { headerExamples, mayBeHeader } = require('../../../src/core/monitoring/columns') as typeof import('../../../src/core/monitoring/columns');
  const settings = monitoringSettings({});

  it('lets every header spelling seen on real forms through (with or without a month and spaces)', () => {
    for (const alias of headerExamples()) {
      expect([alias, mayBeHeader(alias, settings)]).toEqual([alias, true]);
      expect(mayBeHeader(`1-8月${alias}`, settings)).toBe(true);
    }
    expect(mayBeHeader('项目 名称', settings)).toBe(true);
  });

  it('stops ordinary data cells, and lets the policy’s own header spellings through', () => {
    expect(mayBeHeader('维修改造校舍面积', settings)).toBe(false);
    expect(mayBeHeader('≥4200平方米', settings)).toBe(false);
    expect(mayBeHeader('资金安排', settings)).toBe(false);
    expect(mayBeHeader('资金安排', monitoringSettings({ columns: { budget: ['资金安排'] } }))).toBe(true);
  });

  it('a policy alias makes a table with that header recognisable', () => {
    const s = sheet('监控', [['项目名称', '资金安排', '1-8月执行数'], ['甲', 100, 50]]);
    expect(detect(s)).toEqual([]);
    expect(detect(s, { columns: { budget: ['资金安排'] } })[0].columns.budget).toBe(1);
  });
});
