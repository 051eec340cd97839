import { toA1 } from '../../../src/core/grid/address';
import { Grid } from '../../../src/core/grid/grid';
import type { GoalSet } from '../../../src/core/layout/goal-model';
import { detectGoalSets } from '../../../src/core/layout/detect-goal-sets';
import { GOOD_ROWS, goalForm } from '../../helpers/goal-form';
import { grid, sheet } from '../../helpers/sheet';

const at = (l: { cell: { row: number; col: number } } | null | undefined) => (l ? toA1(l.cell) : null);
const names = (g: GoalSet) => g.indicators.map((r) => r.name.value);

describe('detectGoalSets: the provincial single-project form', () => {
  it('reads the header block, funds and overall goal with their cells', () => {
    const [g, ...rest] = detectGoalSets(new Grid(goalForm({ rows: GOOD_ROWS, year: 2025, total: 100, fiscal: 80, other: 20 })));
    expect(rest).toHaveLength(0);
    expect(g.projectName?.value).toBe('城区学校校舍维修改造项目');
    expect(at(g.projectName)).toBe('B3');
    expect(g.department?.value).toBe('县教育局');
    expect(g.implementer?.value).toBe('县第一中学');
    expect([g.funds.total?.value, g.funds.fiscal?.value, g.funds.other?.value]).toEqual([100, 80, 20]);
    expect([at(g.funds.total), at(g.funds.fiscal), at(g.funds.other)]).toEqual(['C5', 'C6', 'C7']);
    expect(g.overallGoals.map(at)).toEqual(['B8']);
    expect(g.budgetYear).toBe(2025);
    expect(toA1(g.anchor)).toBe('A9');
    expect(g.layout).toBe('form');
  });

  it('resolves vertically merged 一级/二级 labels to every row, pointing at the merge top cell', () => {
    const [g] = detectGoalSets(new Grid(goalForm({ rows: GOOD_ROWS, mergeLevels: true })));
    expect(g.indicators).toHaveLength(GOOD_ROWS.length);
    expect(g.indicators.map((r) => r.level1Canonical)).toEqual(['产出指标', '产出指标', '产出指标', '产出指标', '效益指标', '效益指标', '满意度指标']);
    expect(g.indicators.map((r) => r.level2Def?.name)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '可持续影响指标', '服务对象满意度指标']);
    expect(g.indicators.slice(0, 4).map((r) => at(r.level1))).toEqual(['A10', 'A10', 'A10', 'A10']);
    expect(g.indicators.map((r) => at(r.value))).toEqual(['D10', 'D11', 'D12', 'D13', 'D14', 'D15', 'D16']);
  });

  it('lets a blank, unmerged label inherit the label above (clerks often skip repeats)', () => {
    const rows = [
      ['产出指标', '数量指标', '维修面积', '≥4200平方米'],
      [null, null, '维修学校数', '3所'],
      [null, '质量指标', '验收合格率', '100%'],
      ['效益指标', '社会效益指标', '受益人数', '≥3500人'],
      [null, null, '安全达标率', '100%'],
    ];
    const [g] = detectGoalSets(new Grid(goalForm({ rows })));
    expect(g.indicators.map((r) => `${r.level1?.value}/${r.level2?.value}`)).toEqual([
      '产出指标/数量指标',
      '产出指标/数量指标',
      '产出指标/质量指标',
      '效益指标/社会效益指标',
      '效益指标/社会效益指标',
    ]);
    expect(at(g.indicators[1].level1)).toBe('A10');
  });

  it('skips template spare rows (name and value both blank) and stops at the footer', () => {
    const rows = [
      ['产出指标', '数量指标', '维修面积', '≥4200平方米'],
      [null, null, null, null],
      ['效益指标', '社会效益指标', '受益人数', '≥3500人'],
    ];
    const snap = goalForm({ rows: [...rows, [null, null, null, null]] });
    // A blank row ends the table; the signature row below it is never read as an indicator.
    const withFooter = sheet('目标表', [...(snap.values as never[]), ['填表人：张三', null, '联系电话：1234', null]], ['A1:D1', 'B3:D3', 'A5:A7', 'B8:D8', 'A10:A11']);
    const [g] = detectGoalSets(new Grid(withFooter));
    expect(names(g)).toEqual(['维修面积', '受益人数']);
  });

  it('keeps a row with a blank name but a value (the placeholder rule needs it)', () => {
    const [g] = detectGoalSets(new Grid(goalForm({ rows: [['产出指标', '数量指标', null, '≥3所'], ['产出指标', '质量指标', '合格率', null]] })));
    expect(g.indicators.map((r) => [r.name.value, r.value.value])).toEqual([
      ['', '≥3所'],
      ['合格率', null],
    ]);
  });

  it('understands numbered labels and 成本指标 as a 一级 of its own', () => {
    const [g] = detectGoalSets(
      new Grid(goalForm({ rows: [['一、产出指标', '数量指标', '维修面积', '≥4200平方米'], ['成本指标', '经济成本指标', '单位面积成本', '≤238元']] })),
    );
    expect(g.indicators.map((r) => r.level1Canonical)).toEqual(['产出指标', '成本指标']);
    expect(g.indicators[1].level2Def?.dimension).toBe('成本指标');
  });

  it('works when the used range does not start at A1', () => {
    const snap = goalForm({ rows: GOOD_ROWS });
    const shifted = { ...snap, origin: { row: 3, col: 2 }, merges: snap.merges.map((m) => ({ top: m.top + 3, bottom: m.bottom + 3, left: m.left + 2, right: m.right + 2 })) };
    const [g] = detectGoalSets(new Grid(shifted));
    expect(at(g.projectName)).toBe('D6');
    expect(at(g.indicators[0].value)).toBe('F13');
  });
});

describe('detectGoalSets: split value columns and two-row headers (national form)', () => {
  const national = grid(
    '国家表',
    [
      ['项目支出绩效目标表', null, null, null, null, null, null],
      ['项目名称', '农村饮水安全巩固提升工程', null, null, null, null, null],
      ['年度资金总额', 500, '财政拨款', 450, '其他资金', 50, null],
      ['总体目标', null, null, null, null, null, null],
      ['中期目标', null, null, '年度目标', null, null, null],
      ['2027年前新建管网300公里', null, null, '2025年新建改造管网85公里，受益1.2万人', null, null, null],
      ['一级指标', '二级指标', '三级指标', '指标值', null, null, '中期指标值'],
      [null, null, null, '指标性质', '年度指标值', '度量单位', null],
      ['产出指标', '数量指标', '新建管网长度', '≥', 85, '公里', 300],
      [null, '质量指标', '水质达标率', '≥', 95, '%', 95],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', 90, '%', 90],
    ],
    ['A1:G1', 'B2:G2', 'A4:G4', 'A5:C5', 'D5:F5', 'A6:C6', 'D6:F6', 'A7:A8', 'B7:B8', 'C7:C8', 'D7:F7', 'G7:G8', 'A9:A10'],
  );

  it('maps 指标性质 / 年度指标值 / 度量单位 / 中期指标值 to their roles', () => {
    const [g] = detectGoalSets(national);
    expect(g.columns).toMatchObject({ level1: 0, level2: 1, name: 2, comparator: 3, value: 4, unit: 5, midTermValue: 6 });
    expect(g.indicators.map((r) => [r.comparator?.value, r.value.value, r.unit?.value, r.midTermValue?.value])).toEqual([
      ['≥', 85, '公里', 300],
      ['≥', 95, '%', 95],
      ['≥', 90, '%', 90],
    ]);
    expect(g.indicators[1].level1Canonical).toBe('产出指标');
  });

  it('reads funds laid out left to right and goals placed under their labels', () => {
    const [g] = detectGoalSets(national);
    expect([g.funds.total?.value, g.funds.fiscal?.value, g.funds.other?.value]).toEqual([500, 450, 50]);
    expect(g.overallGoals.map((x) => x.value)).toEqual(['2027年前新建管网300公里', '2025年新建改造管网85公里,受益1.2万人']);
  });

  it('prefers 年度指标值 over 中期指标值 on a one-row header', () => {
    const [g] = detectGoalSets(
      grid('t', [
        ['一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'],
        ['产出指标', '数量指标', '管网长度', '≥300公里', '≥85公里'],
      ]),
    );
    expect(g.columns.value).toBe(4);
    expect(g.columns.midTermValue).toBe(3);
    expect(g.indicators[0].value.value).toBe('≥85公里');
  });
});

describe('detectGoalSets: many projects', () => {
  it('splits a department summary table by its 项目名称 column, merged or left blank', () => {
    const g = grid(
      '汇总',
      [
        ['2025年度县农业农村局项目绩效目标汇总表', null, null, null, null, null],
        ['项目名称', '年度资金总额（万元）', '一级指标', '二级指标', '三级指标', '指标值'],
        ['高标准农田建设', 1500, '产出指标', '数量指标', '建成面积', '≥10000亩'],
        [null, null, '满意度指标', '服务对象满意度指标', '农户满意度', '≥90%'],
        ['动物疫病防控', 80, '产出指标', '数量指标', '免疫数量', '≥50万头'],
        [null, null, '产出指标', '质量指标', '抗体合格率', '≥70%'],
        ['人居环境整治', 300, '产出指标', '数量指标', '整治村数', '≥200个'],
        ['人居环境整治', null, '效益指标', '生态效益指标', '垃圾处理率', '≥95%'],
      ],
      ['A1:F1', 'A3:A4', 'B3:B4'],
    );
    const sets = detectGoalSets(g);
    expect(sets.map((s) => s.projectName?.value)).toEqual(['高标准农田建设', '动物疫病防控', '人居环境整治']);
    expect(sets.map(names)).toEqual([['建成面积', '农户满意度'], ['免疫数量', '抗体合格率'], ['整治村数', '垃圾处理率']]);
    expect(sets.map((s) => s.funds.total?.value)).toEqual([1500, 80, 300]);
    expect(sets.map((s) => toA1(s.anchor))).toEqual(['A3', 'A5', 'A7']);
    expect(sets.every((s) => s.layout === 'summary' && s.budgetYear === 2025)).toBe(true);
  });

  it('finds two forms stacked on one sheet, each with its own header block', () => {
    const a = goalForm({ rows: GOOD_ROWS.slice(0, 2), project: '项目甲', total: 10, fiscal: 10, other: 0 });
    const b = goalForm({ rows: GOOD_ROWS.slice(4, 7), project: '项目乙', total: 20, fiscal: 15, other: 5 });
    const offset = a.values.length + 2;
    const values = [...a.values, [], [], ...b.values];
    const merges = [...a.merges, ...b.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))];
    const sets = detectGoalSets(new Grid({ name: '两个项目', origin: { row: 0, col: 0 }, values, merges }));
    expect(sets.map((s) => s.projectName?.value)).toEqual(['项目甲', '项目乙']);
    expect(sets.map((s) => s.funds.total?.value)).toEqual([10, 20]);
    expect(sets.map((s) => s.indicators.length)).toEqual([2, 3]);
    expect(at(sets[1].projectName)).toBe(`B${3 + offset}`);
  });
});

describe('detectGoalSets: sheets that are not goal forms', () => {
  it.each([
    ['an empty sheet', []],
    ['a note sheet', [['填表说明：请按项目填写'], ['1. 指标值应量化']]],
    ['a results table', [['序号', '项目名称', '评价得分', '评价等级'], [1, '某项目', 92, null]]],
    [
      'a self-evaluation table (has 实际完成值)',
      [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标', '数量指标', '维修面积', '≥4200平方米', 4300, 10, null],
      ],
    ],
  ])('returns nothing for %s', (_name, rows) => {
    expect(detectGoalSets(grid('x', rows as never))).toEqual([]);
  });
});
