import { Grid } from '../../../src/core/grid/grid';
import type { CellValue } from '../../../src/core/grid/types';
import { analyseTable } from '../../../src/core/monitoring/analyse';
import { detectMonitoringTables } from '../../../src/core/monitoring/layout';
import { monitoringSettings } from '../../../src/core/monitoring/policy';
import { parsePolicy } from '../../../src/core/policy/policy';
import { resolveVocabulary } from '../../../src/core/vocab/resolve';
import { sheet } from '../../helpers/sheet';
import { indicatorTable, type IndicatorRow } from './sheets';

const vocabulary = resolveVocabulary(parsePolicy({}));

function assess(rows: IndicatorRow[], policy: unknown = {}) {
  const settings = monitoringSettings(policy);
  const grid = new Grid(indicatorTable(rows));
  const [table] = detectMonitoringTables(grid, settings);
  return analyseTable(grid, table, vocabulary, settings).rows.map((r) => r.indicator!);
}

/** One indicator: [年度指标值, 全年预计完成值, 完成目标可能性?, 偏差原因?] → its 预警 texts. */
const warn = (target: CellValue, projected: CellValue, likelihood: CellValue = '确定能', reason: CellValue = null) =>
  assess([['项目', '指标', target, null, projected, likelihood, reason]])[0].warnings;

describe('projection against the annual target', () => {
  it.each([
    ['≥95%', '96%', []],
    ['≥95%', '95%', []],
    ['≥95%', '94.9%', ['预计完成值94.9%低于年度指标值≥95%']],
    ['>95%', '95%', ['预计完成值95%低于年度指标值>95%']],
    ['不少于3500人', '3400人', ['预计完成值3400人低于年度指标值不少于3500人']],
    ['100%', '100%', []],
    ['=3所', '2所', ['预计完成值2所低于年度指标值=3所']],
    ['≥1.2万人', '1.1万人', ['预计完成值1.1万人低于年度指标值≥1.2万人']],
    ['≥1.2万人', '12500人', []],
  ])('higher is better: target %s, projected %s', (target, projected, expected) => {
    expect(warn(target, projected).filter((w) => !w.includes('偏差原因'))).toEqual(expected);
  });

  it.each([
    ['不超过857元', '857元', []],
    ['不超过857元', '905元', ['预计完成值905元高于年度指标值不超过857元']],
    ['≤860万元', '855万元', []],
    ['≤860万元', '8600000元', []], // 860万元 in 元: the same money
    ['≤860万元', '861万元', ['预计完成值861万元高于年度指标值≤860万元']],
    ['<3个月', '3个月', ['预计完成值3个月高于年度指标值<3个月']],
    ['≤5.2万元', '5.5万元', ['预计完成值5.5万元高于年度指标值≤5.2万元']],
  ])("'lower is better' (inverted): target %s, projected %s", (target, projected, expected) => {
    expect(warn(target, projected).filter((w) => !w.includes('偏差原因'))).toEqual(expected);
  });

  it('a percentage stored as a fraction (0.93 shown as 93%) is read as 93%', () => {
    expect(warn('≥95%', 0.93, '有可能', '食堂改造滞后')).toEqual(['预计完成值93%低于年度指标值≥95%']);
    expect(warn('≥95%', 0.96)).toEqual([]);
    expect(warn('≥90%', 1)).toEqual([]); // 100%
  });

  it('a deadline projected later than the target date is a warning; an earlier one is not', () => {
    expect(warn('2025年6月30日前', '2025年10月31日', '完全不可能', '用地规划调整')[0]).toBe('预计完成时间2025年10月31日晚于年度指标值2025年6月30日前');
    expect(warn('2025年10月31日前', '2025年9月30日')).toEqual([]);
    expect(warn('2025年12月31日前', '按期完成')).toEqual([]); // words are not a date: no verdict, no finding
  });

  it('qualitative targets are not compared (no verdict either way)', () => {
    expect(warn('符合《生活饮用水卫生标准》', '基本符合')).toEqual([]);
  });
});

describe('projection problems (monitor/projection-not-number)', () => {
  const problems = (target: CellValue, projected: CellValue) => assess([['项目', '指标', target, null, projected, '确定能', null]])[0].problems.filter((p) => p.kind === 'projection');
  it.each([
    ['≥200天', '基本完成', 'default'],
    ['≥200天', null, 'blank'],
    ['≥95%', { error: '#DIV/0!' }, 'error'],
    ['≥95%', '#N/A', 'error'],
    ['≥4200平方米', '3所', 'unitMismatch'],
    ['≥95%', '96人', 'unitMismatch'],
  ] as [string, CellValue, string][])('target %s, projected %j → %s', (target, projected, messageId) => {
    const p = problems(target, projected);
    expect(p.map((x) => x.messageId)).toEqual([messageId]);
    expect(p[0].cell).toEqual({ row: 3, col: 6 }); // G4: the projection cell to fix
  });

  it('no problem when the target is not a number (nothing to compare)', () => {
    expect(problems('符合国家二级标准', '基本完成')).toEqual([]);
    expect(problems('明显提升', '基本完成')).toEqual([]);
  });
});

describe('完成目标可能性 and 偏差原因', () => {
  it('有可能 / 完全不可能 without a reason: a warning and a missing-reason problem on the reason cell', () => {
    const [possible, impossible] = assess([
      ['项目', '甲', '≥10个', null, '10个', '有可能', null],
      [null, '乙', '≥10个', null, '10个', '完全不可能', '无'],
    ]);
    expect(possible.warnings).toEqual(['完成目标可能性为"有可能"但未填写偏差原因']);
    expect(possible.problems).toEqual([expect.objectContaining({ kind: 'missingReason', messageId: 'likelihood', cell: { row: 3, col: 8 } })]);
    expect(impossible.warnings).toEqual(['完成目标可能性为"完全不可能"但未填写偏差原因']); // '无' is no reason
  });

  it('with a reason: 有可能 is explained (no warning); 完全不可能 is still an early warning', () => {
    const [possible, impossible] = assess([
      ['项目', '甲', '≥10个', null, '10个', '有可能', '下半年集中采购'],
      [null, '乙', '≥10个', null, '10个', '完全不可能', '政策调整，项目暂停'],
    ]);
    expect(possible.warnings).toEqual([]);
    expect(possible.problems).toEqual([]);
    expect(impossible.warnings).toEqual(['完成目标可能性为"完全不可能"，年度指标预计无法完成']);
    expect(impossible.problems).toEqual([]);
  });

  it('a projection short of the target also needs a reason', () => {
    const [row] = assess([['项目', '甲', '≥95%', null, '90%', '确定能', null]]);
    expect(row.warnings).toEqual(['预计完成值90%低于年度指标值≥95%', '未填写偏差原因']);
    expect(row.problems).toEqual([expect.objectContaining({ kind: 'missingReason', messageId: 'default' })]);
  });

  it.each([
    ['确定能', 'certain'],
    ['确定能完成', 'certain'],
    ['有可能', 'possible'],
    ['可能', 'possible'],
    ['完全不可能', 'impossible'],
    ['不可能', 'impossible'],
    ['“有可能”', 'possible'],
  ])('reads the answer %s as %s', (text, key) => {
    const s = indicatorTable([['项目', '甲', '≥10个', null, '10个', text, null]]);
    const grid = new Grid(s);
    const [t] = detectMonitoringTables(grid, monitoringSettings({}));
    expect(t.rows[0].indicator?.likelihood?.key).toBe(key);
  });

  it('policy words extend the answers', () => {
    const [row] = assess([['项目', '甲', '≥10个', null, '10个', '存在风险', null]], { likelihood: { possible: ['存在风险'] } });
    expect(row.warnings).toEqual(['完成目标可能性为"存在风险"但未填写偏差原因']);
  });

  it('tick columns: one tick is the answer; two ticks contradict and count as none', () => {
    const s = sheet(
      '监控',
      [
        ['三级指标', '年度指标值', '全年预计完成值', '完成目标可能性', null, null, '偏差原因'],
        [null, null, null, '确定能', '有可能', '完全不可能', null],
        ['甲', '≥10个', '10个', null, '√', null, null],
        ['乙', '≥10个', '10个', '√', '√', null, null],
        ['丙', '≥10个', '10个', '✓', null, '×', null],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'],
    );
    const grid = new Grid(s);
    const [t] = detectMonitoringTables(grid, monitoringSettings({}));
    expect(t.rows.map((r) => r.indicator?.likelihood?.key ?? null)).toEqual(['possible', null, 'certain']);
  });

  it('a table without a 偏差原因 column reports on the likelihood cell', () => {
    const s = sheet('监控', [['三级指标', '年度指标值', '全年预计完成值', '完成目标可能性'], ['甲', '≥10个', '10个', '有可能']]);
    const grid = new Grid(s);
    const settings = monitoringSettings({});
    const [t] = detectMonitoringTables(grid, settings);
    const [row] = analyseTable(grid, t, vocabulary, settings).rows;
    expect(row.indicator?.problems).toEqual([expect.objectContaining({ messageId: 'noColumn', cell: { row: 1, col: 3 } })]);
  });
});
