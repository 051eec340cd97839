import { overallGoalIncomplete } from '../../../../src/core/rules/goal/overall-goal-incomplete';
import { GOOD_ROWS, goalForm } from '../../../helpers/goal-form';
import { runRuleTests } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';
import { Grid } from '../../../../src/core/grid/grid';
import { detectGoalSets } from '../../../../src/core/layout/detect-goal-sets';
import { defaultPolicy } from '../../../../src/core/policy/policy';
import { GOAL_RULES } from '../../../../src/core/rules/goal';
import { runGoalRules } from '../../../../src/core/rules/run-goal-rules';
import { resolveVocabulary } from '../../../../src/core/vocab/resolve';

const withGoal = (goal: string) => goalForm({ rows: GOOD_ROWS, goal });

/** The national form: 中期目标 and 年度目标 texts under their labels (C6 and D6 … here A6 and D6). */
const national = (midTerm: string, annual: string) =>
  sheet(
    '国家表',
    [
      ['项目支出绩效目标表', null, null, null, null, null],
      ['项目名称', '农村饮水安全巩固提升工程', null, null, null, null],
      ['年度资金总额', 500, '财政拨款', 450, '其他资金', 50],
      ['总体目标', null, null, null, null, null],
      ['中期目标', null, null, '年度目标', null, null],
      [midTerm, null, null, annual, null, null],
      ['一级指标', '二级指标', '三级指标', '指标值', null, null],
      ['产出指标', '数量指标', '新建管网长度', '≥85公里', null, null],
    ],
    ['A1:F1', 'B2:F2', 'A4:F4', 'A5:C5', 'D5:F5', 'A6:C6', 'D6:F6'],
  );

runRuleTests(overallGoalIncomplete, {
  valid: [
    // One finding per goal: vague comparatives with no figure are goal/unquantified's.
    { name: 'a vague goal is left to goal/unquantified', sheet: withGoal('进一步提高博物馆纪念馆运行效率和免费开放服务水平') },
    { name: 'the good form’s goal (purpose, output with figures, effect)', sheet: goalForm({ rows: GOOD_ROWS }) },
    {
      name: 'the deck’s own example shape',
      sheet: withGoal('为解决基础教育学位不足、教育资源分布不均的问题，在城东新区修建一栋教学楼，建成后可增加学位1200个，义务教育普及率达到99%。'),
    },
    { name: 'drinking water', sheet: withGoal('为保障农村群众饮水安全，2025年新建改造供水管网85公里，受益人口1.2万人，农村自来水普及率达到92%。') },
    { name: '通过… as the means, 使… as the effect', sheet: withGoal('通过购置64排CT机1台，提升县人民医院影像诊断能力，使CT检查预约等候时间缩短至2天以内。') },
    { name: 'a numbered list after the purpose', sheet: withGoal('为提高农业综合生产能力：1.建成高标准农田1万亩；2.亩均粮食产能提高50公斤。') },
    { name: 'quantities in Chinese numerals (三所)', sheet: withGoal('为改善乡镇卫生院诊疗条件，为三所卫生院购置DR设备，年检查能力提升至6000人次。') },
    { name: '旨在…', sheet: withGoal('旨在减轻困难家庭负担，全年发放困难群众临时救助金120万元，惠及困难群众800户。') },
    ...[
      '保障县第一中学正常运转，提高教育教学质量，在校学生3500人全部享受免费教育。',
      '完成全县12个乡镇农村生活垃圾收运处置，农村生活垃圾无害化处理率达到95%以上，村容村貌明显改善。',
      '对全县1.2万名60岁以上老年人发放高龄津贴，保障老年人基本生活。',
      '做好2025年度全县森林防火工作，森林火灾受害率控制在0.9‰以内。',
      '根据《广东省基层医疗卫生机构建设标准》，为5个乡镇卫生院配备DR、彩超等设备12台，提升基层医疗服务能力。',
      '开展全民健身活动20场次，参与群众1万人次，增强群众体质。',
      '县城区道路维修改造项目，改造道路3.2公里，改善群众出行条件。',
      '2025年计划培训农村实用人才500人次，带动农民增收。',
      '建设公共厕所10座，方便群众如厕。',
    ].map((goal) => ({ name: `a real goal whose effect also states its purpose: ${goal}`, sheet: withGoal(goal) })),
    { name: 'a short note ("见附件") is not analysed', sheet: withGoal('见附件') },
    { name: 'the work itself as the goal is goal/work-as-goal’s, not reported twice', sheet: withGoal('按计划完成项目建设任务') },
    { name: 'template text in the goal is goal/placeholder’s, not reported twice', sheet: withGoal('在XX路修建一栋XX楼，完成XX工作') },
    {
      name: 'the national form: both 中期 and 年度 goals complete',
      sheet: national('为巩固农村饮水安全成果，到2027年新建管网300公里，农村自来水普及率达到95%', '为保障群众饮水安全，2025年新建改造管网85公里，受益1.2万人'),
    },
  ],
  invalid: [
    {
      name: 'effect verbs only (提升, 改善): no output',
      sheet: withGoal('改善办学条件，提升教育质量。'),
      errors: [{ cell: 'B8', message: '年度总体目标缺少产出（做什么、做多少）' }],
    },
    {
      name: 'outputs only (the deck’s bridge story): no purpose, no effect',
      sheet: withGoal('2025年完成3所学校校舍维修改造共4200平方米。'),
      errors: [{ cell: 'B8', message: '年度总体目标缺少目的（为了什么）、效果（带来什么改变）' }],
    },
    {
      name: 'the purpose clause’s words (为改善…) are not an effect',
      sheet: withGoal('为改善群众就医条件，为县人民医院购置64排CT机1台。'),
      errors: [{ cell: 'B8', message: '年度总体目标缺少效果（带来什么改变）' }],
    },
    {
      name: 'a slogan: effects, but nothing done',
      sheet: withGoal('全面提高全县教育教学质量，促进教育均衡发展。'),
      errors: [{ cell: 'B8', message: '年度总体目标缺少产出（做什么、做多少）' }],
    },
    {
      name: 'a year is not an output figure',
      sheet: withGoal('为增强群众获得感，2025年度提高全县群众就医满意度。'),
      errors: [{ cell: 'B8', message: '年度总体目标缺少产出（做什么、做多少）' }],
    },
    {
      name: 'list numbers are not output figures',
      sheet: withGoal('为推进乡村振兴：1.改善农村人居环境；2.提升群众满意度。'),
      errors: [{ cell: 'B8', message: '缺少产出' }],
    },
    {
      name: '为期 is a duration, not a purpose',
      sheet: withGoal('开展为期三个月的农村实用技术培训，培训农民500人次。'),
      errors: [{ cell: 'B8', message: '缺少目的（为了什么）、效果（带来什么改变）' }],
    },
    {
      name: 'the national form: only the incomplete annual goal, on its own cell',
      sheet: national('为巩固农村饮水安全成果，到2027年新建管网300公里，农村自来水普及率达到95%', '2025年新建改造管网85公里'),
      errors: [{ cell: 'D6', message: '缺少目的（为了什么）、效果（带来什么改变）' }],
    },
    {
      name: 'department summary: each project’s goal cell',
      sheet: sheet('汇总', [
        ['项目名称', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值'],
        ['高标准农田建设', '为提高粮食综合生产能力，建成高标准农田1万亩，亩均增产50公斤', '产出指标', '数量指标', '建成面积', '≥10000亩'],
        ['动物疫病防控', '完成畜禽免疫50万头', '产出指标', '数量指标', '免疫数量', '≥50万头'],
      ]),
      errors: [{ cell: 'B3', message: '目的（为了什么）、效果' }],
    },
  ],
});

describe('goal/overall-goal-incomplete with the other goal rules', () => {
  const GOAL_TEXT_RULES = ['goal/overall-goal-incomplete', 'goal/work-as-goal', 'goal/placeholder'];
  const goalFindings = (goal: string) => {
    const policy = defaultPolicy();
    const sets = detectGoalSets(new Grid(withGoal(goal)));
    return runGoalRules(GOAL_RULES, sets, policy, resolveVocabulary(policy))
      .filter((f) => f.cell === 'B8' && GOAL_TEXT_RULES.includes(f.ruleId))
      .map((f) => f.ruleId);
  };

  it.each<[string, string]>([
    ['按计划完成项目建设任务', 'goal/work-as-goal'],
    ['在XX路修建一栋XX楼，完成XX工作', 'goal/placeholder'],
    ['2025年完成3所学校校舍维修改造共4200平方米。', 'goal/overall-goal-incomplete'],
  ])('"%s" is reported once, by %s', (goal, ruleId) => {
    expect(goalFindings(goal)).toEqual([ruleId]);
  });
});
