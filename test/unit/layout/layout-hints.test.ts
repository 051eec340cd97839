import { checkSheet } from '../../../src/core/check';
import { toA1 } from '../../../src/core/grid/address';
import { Grid } from '../../../src/core/grid/grid';
import { scanGoalSheet } from '../../../src/core/layout/detect-goal-sets';
import { parsePolicy, PolicyError } from '../../../src/core/policy/policy';
import { sheet } from '../../helpers/sheet';

/** A goal table whose headers name nothing the recogniser knows (a department's home-made template). */
const homeMade = sheet('自制表', [
  ['项目名称', '社区养老服务补助'],
  ['年度总体目标', '为改善老年人生活，2025年为1200名老人提供居家养老服务，服务满意度达到90%'],
  ['类', '项', '考核内容', '目标'],
  ['产出指标', '数量指标', '服务老人人数', '≥1200人'],
  ['产出指标', '质量指标', '服务合格率', '明显提升'],
  ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
]);

describe('layout hints: the user settles a table the recogniser could not', () => {
  it('without a hint, the table is reported as not understood, not skipped', () => {
    const report = checkSheet(homeMade)!;
    expect(report.kind).toBe('goal');
    expect(report.findings.map((f) => [f.ruleId, f.cell])).toEqual([['layout/goal-table-unrecognised', 'A4']]);
  });

  it('with a hint, the hinted columns are read and the rules run', () => {
    const policy = parsePolicy({ layout: { goal: [{ sheet: '自制表', headerRow: 3, columns: { level1: 'a', level2: 'B', name: 'C', value: 'D' } }] } });
    const [set] = scanGoalSheet(new Grid(homeMade), policy.layout.goal).sets;
    expect(set.indicators.map((r) => toA1(r.value.cell))).toEqual(['D4', 'D5', 'D6']);
    expect(set.projectName?.value).toBe('社区养老服务补助');
    const report = checkSheet(homeMade, { policy })!;
    expect(report.findings.map((f) => [f.ruleId, f.cell])).toContainEqual(['goal/unquantified', 'D5']);
    expect(report.findings.some((f) => f.ruleId.startsWith('layout/'))).toBe(false);
  });

  it('a hint for another sheet is ignored', () => {
    const policy = parsePolicy({ layout: { goal: [{ sheet: '别的表', headerRow: 3, columns: { name: 'C', value: 'D' } }] } });
    expect(scanGoalSheet(new Grid(homeMade), policy.layout.goal).sets).toEqual([]);
  });

  it('a hint naming the sheet wins over one for every sheet at the same row, in whichever order they come', () => {
    const wrong = { headerRow: 3, columns: { name: 'A', value: 'B' } };
    const right = { sheet: '自制表', headerRow: 3, columns: { level1: 'A', level2: 'B', name: 'C', value: 'D' } };
    for (const goal of [[wrong, right], [right, wrong]]) {
      const [set] = scanGoalSheet(new Grid(homeMade), parsePolicy({ layout: { goal } }).layout.goal).sets;
      expect(set.indicators.map((r) => toA1(r.value.cell))).toEqual(['D4', 'D5', 'D6']);
    }
  });

  it('bad hints fail validation naming the field', () => {
    expect(() => parsePolicy({ layout: { goal: [{ headerRow: 0, columns: { name: 'C', value: 'D' } }] } })).toThrow(PolicyError);
    try {
      parsePolicy({ layout: { goal: [{ headerRow: 3, columns: { name: 'C3', value: 'D' } }] } });
      throw new Error('expected a PolicyError');
    } catch (e) {
      expect((e as PolicyError).issues.map((i) => i.path)).toEqual(['layout.goal.0.columns.name']);
      expect((e as PolicyError).message).toContain('列须写成字母');
    }
  });
});
