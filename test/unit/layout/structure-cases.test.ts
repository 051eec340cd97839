import { toA1 } from '../../../src/core/grid/address';
import { Grid } from '../../../src/core/grid/grid';
import { detectGoalSets } from '../../../src/core/layout/detect-goal-sets';
import { GOOD_ROWS, goalForm } from '../../helpers/goal-form';
import { grid } from '../../helpers/sheet';

/** Layout cases found while testing the structure rules (hierarchy, funds-mismatch). */
describe('detectGoalSets: cases found by the structure rules', () => {
  it('reads a 一级 label merged across the 一级 and 二级 columns as a 一级 with no 二级', () => {
    const [g] = detectGoalSets(
      grid(
        't',
        [
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '维修面积', '≥4200平方米'],
          ['满意度指标', null, '师生满意度', '≥90%'],
          [null, null, '家长满意度', '≥90%'],
        ],
        ['A3:B4'],
      ),
    );
    expect(g.indicators.map((r) => [r.level1Canonical, r.level2?.value ?? null])).toEqual([
      ['产出指标', '数量指标'],
      ['满意度指标', null],
      ['满意度指标', null],
    ]);
  });

  it('leaves a blank 其他资金 blank instead of taking the overall goal below it', () => {
    const [g] = detectGoalSets(new Grid(goalForm({ rows: GOOD_ROWS, total: 100, fiscal: 100, other: null })));
    expect(g.funds.other).toBeNull();
    expect(g.overallGoals.map((x) => toA1(x.cell))).toEqual(['B8']);
  });

  it('still reads funds laid out as a row of labels over a row of values', () => {
    const [g] = detectGoalSets(
      grid(
        't',
        [
          ['项目名称', '农村饮水安全巩固提升工程', null, null],
          ['项目资金（万元）', '年度资金总额', '财政拨款', '其他资金'],
          [null, 500, 450, 50],
          ['年度总体目标', '为保障农村饮水安全，新建管网85公里，受益1.2万人', null, null],
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '新建管网长度', '≥85公里'],
        ],
        ['A2:A3'],
      ),
    );
    expect([g.funds.total?.value, g.funds.fiscal?.value, g.funds.other?.value]).toEqual([500, 450, 50]);
    expect([g.funds.total, g.funds.fiscal, g.funds.other].map((l) => (l ? toA1(l.cell) : null))).toEqual(['B3', 'C3', 'D3']);
  });
});
