import { checkSheet } from '../../../src/core/check';
import { toA1 } from '../../../src/core/grid/address';
import { Grid } from '../../../src/core/grid/grid';
import type { CellValue } from '../../../src/core/grid/types';
import { detectGoalSets, scanGoalSheet } from '../../../src/core/layout/detect-goal-sets';
import type { GoalSet } from '../../../src/core/layout/goal-model';
import { sheet } from '../../helpers/sheet';

/**
 * The goal-table recogniser on the shapes real templates have (each case names the corpus table it comes
 * from, test/fixtures/real/goal/). Small sheets, one feature each; the corpus test checks the whole tables.
 */
const at = (l: { cell: { row: number; col: number } } | null | undefined) => (l ? toA1(l.cell) : null);
const read = (rows: CellValue[][], merges: string[] = []) => detectGoalSets(new Grid(sheet('表', rows, merges)));
const summary = (g: GoalSet) => g.indicators.map((r) => `${r.level1Canonical ?? '-'}/${r.level2Def?.name ?? '-'}/${r.name.value}=${String(r.value.value)}`);

describe('goal-table recogniser', () => {
  it('reads a two-level form: 二级 names in the column headed 一级指标, the indicator under 二级指标 (鄂州 2022)', () => {
    const [g] = read([
      ['项目名称', '办公大楼运行保障'],
      ['一级指标', '二级指标', '绩效标准', '当年预期实现值'],
      ['数量指标', '日常维修维护次数', '反映全年维修维护情况', '2280次'],
      ['质量指标', '维修维护验收合格率', '反映维修质量', '≥92%'],
      ['满意度指标', '服务对象满意度', '反映满意程度', '≥90%'],
    ]);
    expect(summary(g)).toEqual([
      '产出指标/数量指标/日常维修维护次数=2280次',
      '产出指标/质量指标/维修维护验收合格率=≥92%',
      '满意度指标/服务对象满意度指标/服务对象满意度=≥90%',
    ]);
    expect(g.columns.standard).toBe(2);
  });

  it('matches headers and labels by meaning: stars, inner spaces, brackets, 指标值及单位 (湘潭 2023)', () => {
    const [g] = read([
      ['*项目 名称', '雾炮车降尘抑尘服务'],
      ['*年度总体绩效目标', '通过采购降尘服务，全市空气质量达到优良'],
      ['一级 指标', '二级指标', '三级指标（年度）', '指标值及单位'],
      ['产出指标', '数量指标', '配备车辆数', '10辆'],
    ]);
    expect([at(g.projectName), at(g.overallGoals[0]), at(g.indicators[0].value)]).toEqual(['B1', 'B2', 'D4']);
  });

  it('reads the annual group of side-by-side columns, and the medium-term one only when filled (武汉青山 2020)', () => {
    const rows: CellValue[][] = [
      ['项目名称', '教育基建'],
      ['一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)'],
      ['产出指标', '数量指标', '', '', '数量指标', '重点工程数量', '2'],
      ['产出指标', '质量指标', '', '', '质量指标', '验收合格率', '100%'],
    ];
    const sets = read(rows);
    expect(sets.map((s) => [s.group, s.indicators.map((r) => toA1(r.value.cell))])).toEqual([['annual', ['G3', 'G4']]]);
    rows[2][2] = '三年内工程数量';
    rows[2][3] = '6';
    expect(read(rows).map((s) => [s.group, s.indicators.length])).toEqual([
      ['annual', 2],
      ['mid', 1],
    ]);
  });

  it('ends the table at notes, sign-off, review and tick-box rows (南岳 2018, 岳阳县 2022, 临海 2024)', () => {
    for (const footer of ['注：1.指标值应量化', '财政部门支出股室初审意见', '填表人：XXX 联系电话：XXX', '最近年度绩效评价情况|优秀□ 良好□ 合格□', '总分']) {
      const [label, value] = footer.split('|');
      const [g] = read([
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '培训人次', '≥280人次'],
        [label, value ?? null, '(盖章)', null],
      ]);
      expect([footer, g.indicators.length]).toEqual([footer, 1]);
    }
  });

  it('never reads a label as a value: 当年其他资金, 年度总体目标完成情况, 项目经办人: (武汉青山 2020, 南岳 2018, 甘孜 2024)', () => {
    const [g] = read([
      ['项目名称:', '', '项目经办人:', ''],
      ['当年资金总额:', '10000万元', '当年其他资金', ''],
      ['总体目标', '年度目标', '', '年度总体目标完成情况'],
      ['', '为改善办学条件，维修校舍3所，校舍安全达标率100%', '', ''],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '维修校舍', '3所'],
    ]);
    expect([at(g.projectName), g.projectName?.value, at(g.funds.total), g.funds.other, at(g.overallGoals[0])]).toEqual(['B1', '', 'B2', null, 'B4']);
  });

  it('reads the top step of a graded target (评价标准 优 / 良 / 中 / 差) as the value (邯郸 2019)', () => {
    const [g] = read(
      [
        ['绩效指标分类', '绩效指标', '绩效指标评价标准', null, null, null],
        [null, null, '优', '良', '中', '差'],
        ['产出指标', '救助覆盖率', '100%', '90%', '85%', '85%'],
      ],
      ['A1:A2', 'B1:B2', 'C1:F1'],
    );
    expect([g.indicators[0].name.value, at(g.indicators[0].value)]).toEqual(['救助覆盖率', 'C3']);
  });

  it('keeps last year’s actual beside the target apart from results (黄石 2022)', () => {
    const [g] = read(
      [
        ['一级指标', '二级指标', '三级指标', '指标值', null],
        [null, null, null, '2021年实际实现值', '预期2022年实现值'],
        ['产出指标', '数量指标', '培训人次', '260人次', '280人次'],
      ],
      ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1'],
    );
    expect(at(g.indicators[0].value)).toBe('E3');
  });

  it('reads a tree-shaped export: levels as headings in the indicator column (石嘴山 2020)', () => {
    const [g] = read([
      ['项目', '指标值', '绩效金额'],
      ['  疫苗及美沙酮药物', '', 3000000],
      ['   产出指标', '', ''],
      ['    数量指标(必填)', '', ''],
      ['     疫苗使用率', '100%', ''],
      ['   满意度指标', '', ''],
      ['    服务对象满意度指标(必填)', '', ''],
      ['     服务对象满意度', '100%', ''],
    ]);
    expect(summary(g)).toEqual(['产出指标/数量指标/疫苗使用率=100%', '满意度指标/服务对象满意度指标/服务对象满意度=100%']);
    expect([g.projectName?.value, g.funds.total?.value]).toEqual(['疫苗及美沙酮药物', 3000000]);
  });

  it('reads indicators written inside one text cell per 一级 (南岳 2017 部门整体)', () => {
    const [g] = read(
      [
        ['部门整体支出绩效目标申报表', null, null],
        ['部门名称', '南岳区实验中学', null],
        ['整体绩效目标', '保障教学，提高教学质量', null],
        ['年度绩效指标', '产出指标', '质量指标:毕业生合格率达100%\n时效指标:按时完成教学任务,顺利完成中考。'],
        [null, '效益指标', '社会效益指标:中考成绩进一步稳定\n服务对象满意度指标:社区满意度95%以上'],
      ],
      ['A4:A5'],
    );
    expect(g.layout).toBe('department');
    expect(g.projectName?.value).toBe('南岳区实验中学');
    expect(summary(g)).toEqual([
      '产出指标/质量指标/毕业生合格率达100%=毕业生合格率达100%',
      '产出指标/时效指标/按时完成教学任务,顺利完成中考=按时完成教学任务,顺利完成中考',
      '效益指标/社会效益指标/中考成绩进一步稳定=中考成绩进一步稳定',
      '效益指标/服务对象满意度指标/社区满意度95%以上=社区满意度95%以上',
    ]);
  });

  it('reads the 发改委 中央预算内投资 form: 实施效果 over 产出/效益/满意度, 过程管理 requirements apart (舒城 2023)', () => {
    const [g] = read(
      [
        ['级指标', '二级指标', '三级指标', '指标值'],
        ['实施效果指标', '产出指标', '劳务报酬占中央投资比例', '≥32.68%'],
        [null, '满意度指标', '参与工程建设的群众满意度', '≥90%'],
        ['过程管理指标', '项目管理指标', '项目开工率', '≥95%'],
      ],
      ['A2:A3'],
    );
    expect(g.indicators.map((r) => [r.level1Canonical, r.level2?.value ?? null, !!r.processRequirement])).toEqual([
      ['产出指标', null, false],
      ['满意度指标', null, false],
      [null, '项目管理指标', true],
    ]);
  });

  it('refuses tables that track results (实际完成值, 得分): never a goal table', () => {
    expect(read([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '维修面积', '≥4200平方米', 4300, 10, null],
    ])).toEqual([]);
  });

  it('says so when a sheet looks like a goal table it cannot read', () => {
    const scan = scanGoalSheet(new Grid(sheet('表', [['三级指标', '说明'], ['维修面积', '按实际']])));
    expect(scan.issues.map((i) => [i.messageId, toA1(i.cell)])).toEqual([['noHeader', 'A1']]);
    const report = checkSheet(sheet('表', [['产出指标', '维修面积 4200平方米'], ['效益指标', '受益学生']]))!;
    expect(report.findings.map((f) => f.ruleId)).toEqual(['layout/goal-table-unrecognised']);
  });
});
