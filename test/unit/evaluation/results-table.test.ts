import { detectResultsTables } from '../../../src/core/evaluation/results-table';
import { checkSheet } from '../../../src/core/check';
import { toA1 } from '../../../src/core/grid/address';
import { parsePolicy } from '../../../src/core/policy/policy';
import { GOOD_ROWS, goalForm } from '../../helpers/goal-form';
import { grid, sheet } from '../../helpers/sheet';
import { resultsSheet } from './results-sheet';
import { SCHOOL_ROWS, selfForm } from './self-form';
import { Grid } from '../../../src/core/grid/grid';

const policy = parsePolicy({}).evaluation;

describe('detectResultsTables', () => {
  it('finds the header under a title, with 序号 and 项目名称, and reads each row once', () => {
    const g = new Grid(resultsSheet([
      ['城区学校维修', '结果评价', 92, '是', 120],
      ['农村道路养护', '过程评价', '８５', '', 80.5],
    ]));
    const [t, ...rest] = detectResultsTables(g, policy);
    expect(rest).toHaveLength(0);
    expect(t.headerRow).toBe(1);
    expect(t.columns).toEqual({ seq: 0, name: 1, evaluationType: 2, score: 3, outstanding: 4, base: 5 });
    expect(t.right).toBe(5);
    expect(t.baseLabel).toBe('上年度年初预算项目经费');
    expect(t.rows.toArray().map((r) => r.name)).toEqual(['城区学校维修', '农村道路养护']);
    expect(t.rows.toArray().map((r) => (r.score.ok ? r.score.value : r.score.problem))).toEqual([92, 85]);
    expect(t.rows.toArray().map((r) => r.outstanding)).toEqual(['yes', 'unrecorded']);
    expect(t.rows.toArray().map((r) => r.evaluationType)).toEqual(['result', 'process']);
    expect(t.rows.toArray().map((r) => (r.base?.ok ? r.base.value.toString() : null))).toEqual(['120', '80.5']);
    expect(toA1(t.rows.at(1).score.cell)).toBe('D4');
  });

  it('reads a two-row header with merged cells (评价结果 over 得分 / 等级)', () => {
    const g = grid('结果', [
      ['评价结果应用表'],
      ['序号', '单位名称', '评价结果', null, '上年度年初预算项目经费（万元）'],
      [null, null, '得分', '等级', null],
      [1, '县农业农村局', 88, null, 50],
      [2, '县水务局', null, '优', 40],
    ], ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3']);
    const [t] = detectResultsTables(g, policy);
    expect(t.headerRow).toBe(2);
    expect(t.headerTop).toBe(1);
    expect(t.columns).toMatchObject({ seq: 0, name: 1, score: 2, grade: 3, base: 4 });
    expect(t.rows).toHaveLength(2);
    expect(t.rows.at(1).typedGrade).toMatchObject({ text: '优', grade: 'excellent' });
  });

  it('takes 评价类型 from section rows, skips 合计 and spare rows, stops at the footer', () => {
    const g = grid('结果', [
      ['项目名称', '评价得分', '是否绩效突出', '上年度年初预算项目经费（万元）'],
      ['一、过程评价项目', null, null, null],
      ['A项目', 70, null, 10],
      ['（二）结果评价项目', null, null, null],
      ['B项目', 75, null, 10],
      [null, null, null, null].map(() => null),
      ['不会读到', 75, null, 10],
    ], ['A2:D2']);
    const [t] = detectResultsTables(g, policy);
    expect(t.rows.toArray().map((r) => [r.name, r.evaluationType])).toEqual([
      ['A项目', 'process'],
      ['B项目', 'result'],
    ]);
    const g2 = grid('结果', [
      ['序号', '项目名称', '评价得分', '评价等级'],
      [1, 'A项目', 70, null],
      [2, null, null, null],
      ['合计', null, null, null],
      ['填表人：李四', null, null, null],
      [3, 'C项目', 60, null],
    ]);
    expect(detectResultsTables(g2, policy)[0].rows.toArray().map((r) => r.name)).toEqual(['A项目']);
  });

  it('finds two tables on one sheet', () => {
    const g = grid('两张表', [
      ['项目名称', '评价得分', '评价等级'],
      ['A', 91, null],
      [null, null, null],
      ['单位名称', '综合得分', '上年预算数'],
      ['县财政局', 78, 30],
    ]);
    const tables = detectResultsTables(g, policy);
    expect(tables.map((t) => t.rows.toArray().map((r) => r.name))).toEqual([['A'], ['县财政局']]);
    expect(tables[1].columns.base).toBe(2);
    expect(tables[1].baseLabel).toBe('上年预算数');
  });

  it('converts a base column in 元 to 万元', () => {
    const g = grid('元', [
      ['项目名称', '评价得分', '上年度年初预算项目经费（元）'],
      ['A', 91, 1234500],
      ['B', 91, '120万元'],
    ]);
    const [t] = detectResultsTables(g, policy);
    expect(t.rows.toArray().map((r) => (r.base?.ok ? r.base.value.toString() : null))).toEqual(['123.45', '120']);
  });

  it('accepts header spellings added in the policy', () => {
    const rows = [['项目名称', '考评分', '评价等级'], ['A', 91, null]];
    // Unknown to the built-in concepts, 考评分 is not a score: the table reads as a grade-only list.
    expect(detectResultsTables(grid('x', rows), policy)[0].columns.score).toBeUndefined();
    const p = parsePolicy({ evaluation: { columns: { score: ['考评分'] } } }).evaluation;
    expect(detectResultsTables(grid('x', rows), p)[0].columns.score).toBe(1);
  });

  it('reads grade-only lists (评价等级 or 评价结果 typed, no score column) and tells non-base amounts apart', () => {
    const [t] = detectResultsTables(
      grid('x', [
        ['序号', '主管部门(单位)', '项目名称', '资金量 (万元)', '评价等级'],
        ['1', '衢州市体育局', '世界围棋圣地专项', 1424.74, '良'],
      ]),
      policy,
    );
    expect(t.columns).toEqual({ seq: 0, name: 2, grade: 4 });
    expect(t.rows.at(0).typedGrade).toMatchObject({ text: '良', grade: 'good' });
    const [u] = detectResultsTables(grid('x', [['序号', '项目单位', '项目名称', '发行金额(亿元)', '评价结果', '备注'], [1, '某中心', '某工程', 1.9, '优', '']]), policy);
    expect(u.columns).toEqual({ seq: 0, name: 2, grade: 4 });
    // A bare 等级 beside a name is not enough; with a score it is.
    expect(detectResultsTables(grid('x', [['项目名称', '等级'], ['A', '良']]), policy)).toHaveLength(0);
  });

  it('needs more than a bare 得分 column next to a name', () => {
    expect(detectResultsTables(grid('x', [['项目名称', '得分'], ['A', 91]]), policy)).toHaveLength(0);
    expect(detectResultsTables(grid('x', [['项目名称', '评价得分'], ['A', 91]]), policy)).toHaveLength(1);
  });

  describe('does not claim other kinds of sheets', () => {
    it('goal forms stay goal sheets', () => {
      expect(detectResultsTables(new Grid(goalForm({ rows: GOOD_ROWS })), policy)).toHaveLength(0);
      expect(checkSheet(goalForm({ rows: GOOD_ROWS }))?.kind).toBe('goal');
    });
    it('self-evaluation forms (money block with 得分) go to the self-evaluation handler', () => {
      expect(detectResultsTables(new Grid(selfForm({ rows: SCHOOL_ROWS })), policy)).toHaveLength(0);
      expect(checkSheet(selfForm({ rows: SCHOOL_ROWS }))?.kind).toBe('self-evaluation');
    });
    it('monitoring sheets are neither results tables nor self-evaluations', () => {
      const monitoring = sheet('监控', [
        ['项目支出绩效运行监控表'],
        ['项目资金（万元）', '年初预算数', '1-6月执行数', '执行率'],
        ['年度资金总额', 360, 150, null],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '1-6月实际完成值', '全年预计完成值', '完成目标可能性', '偏差原因分析'],
        ['产出指标', '数量指标', '维修面积', '≥4200平方米', '2000平方米', '4300平方米', '确定能', null],
      ]);
      expect(checkSheet(monitoring)?.kind).not.toBe('evaluation');
      expect(checkSheet(monitoring)?.kind).not.toBe('self-evaluation');
    });
  });
});
