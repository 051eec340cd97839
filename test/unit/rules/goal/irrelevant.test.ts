import type { CellValue } from '../../../../src/core/grid/types';
import { irrelevant } from '../../../../src/core/rules/goal/irrelevant';
import { goalForm } from '../../../helpers/goal-form';
import { runRuleTests, type ValidCase } from '../../../helpers/rule-tester';
import { sheet } from '../../../helpers/sheet';
import { findWord } from '../../../../src/core/vocab/matcher';
import { CROSS_CUTTING_SECTORS, RELATED_SECTORS, SECTORS } from '../../../../src/core/vocab/sectors';

type Row = readonly CellValue[];
const out = (name: string, value: CellValue, l2 = '数量指标'): Row => ['产出指标', l2, name, value];
const eff = (name: string, value: CellValue, l2 = '社会效益指标'): Row => ['效益指标', l2, name, value];
const sat = (name: string): Row => ['满意度指标', '服务对象满意度指标', name, '≥90%'];

interface ProjectSpec {
  readonly project: string;
  readonly department: string;
  readonly implementer: string;
  readonly goal?: string;
  readonly rows: readonly Row[];
}
const form = (p: ProjectSpec) =>
  goalForm({ project: p.project, department: p.department, implementer: p.implementer, goal: p.goal, rows: p.rows, mergeLevels: true });

/** Real county projects whose indicators cross sector lines for good reasons: none may be flagged. */
const CROSS_SECTOR_PROJECTS: readonly (ProjectSpec & { why: string })[] = [
  {
    why: 'school health checks (education × health)',
    project: '中小学生健康体检项目',
    department: '县教育局',
    implementer: '县妇幼保健院',
    rows: [out('体检学生人数', '≥32000人'), out('体检覆盖率', '≥98%', '质量指标'), eff('学生健康档案建档率', '100%'), eff('视力不良学生矫治率', '≥60%'), sat('家长满意度')],
  },
  {
    why: 'a gym at a school (education × sport)',
    project: '县第一中学体育馆建设项目',
    department: '县教育局',
    implementer: '县第一中学',
    rows: [out('体育馆建筑面积', '≥3200平方米'), eff('学生体质健康达标率', '≥92%'), eff('体育馆周末向社会开放时长', '≥16小时/周'), eff('年承办县级赛事次数', '≥4次'), sat('师生满意度')],
  },
  {
    why: 'rural refuse collection under rural living-environment renewal (agriculture × sanitation)',
    project: '农村人居环境整治项目',
    department: '县农业农村局',
    implementer: '各镇人民政府',
    rows: [out('配置垃圾收集桶', '≥3000个'), out('改造农村户厕', '≥1200户'), eff('农村生活垃圾收运处置率', '≥95%', '生态效益指标'), eff('村庄保洁覆盖率', '100%', '生态效益指标'), eff('村内道路硬化长度', '≥12公里'), sat('村民满意度')],
  },
  {
    why: 'fire-safety training in a school (education × fire safety)',
    project: '中小学安全教育项目',
    department: '县教育局',
    implementer: '县第二中学',
    rows: [out('师生消防安全培训人次', '≥2400人次'), out('开展消防疏散演练次数', '≥2次'), out('配备灭火器', '≥120具'), eff('校园火灾事故发生数', '=0起'), eff('防溺水安全教育覆盖率', '100%'), sat('家长满意度')],
  },
  {
    why: 'elderly care in a health centre (health × social care)',
    project: '乡镇卫生院医养结合服务项目',
    department: '县卫生健康局',
    implementer: '县城东镇卫生院',
    rows: [out('养老床位数', '≥40张'), out('失能老人护理服务人次', '≥3000人次'), eff('入住老年人数', '≥35人'), eff('老年人健康管理率', '≥70%'), sat('入住老人及家属满意度')],
  },
  {
    why: 'fire safety in an old people’s home (social care × fire safety)',
    project: '敬老院消防设施改造项目',
    department: '县民政局',
    implementer: '县社会福利中心',
    rows: [out('改造敬老院数量', '=6所'), out('消防设施验收合格率', '100%', '质量指标'), eff('特困人员集中供养人数', '≥300人'), eff('火灾事故发生数', '=0起'), sat('特困供养人员满意度')],
  },
  {
    why: 'village reading rooms (culture × rural)',
    project: '农家书屋提升工程',
    department: '县文化广电旅游体育局',
    implementer: '各镇综合文化站',
    rows: [out('更新图书册数', '≥20000册'), out('开展读书活动场次', '≥60场'), eff('农民阅读人次', '≥5万人次'), eff('留守儿童借阅人次', '≥8000人次'), sat('群众满意度')],
  },
  {
    why: 'rural road maintenance (transport × agriculture)',
    project: '农村公路养护项目',
    department: '县交通运输局',
    implementer: '县公路事务中心',
    rows: [out('养护农村公路里程', '≥850公里'), out('路面技术状况优良率', '≥80%', '质量指标'), eff('沿线受益农户数', '≥2万户'), eff('农产品运输时间缩短', '≥15%', '经济效益指标'), sat('沿线群众满意度')],
  },
  {
    why: 'vocational training of migrant workers (employment × rural)',
    project: '职业技能提升培训补贴',
    department: '县人力资源和社会保障局',
    implementer: '县就业服务中心',
    rows: [out('培训农民工人数', '≥1500人'), eff('培训后就业率', '≥70%'), eff('带动就业人数', '≥1000人', '经济效益指标'), sat('参训人员满意度')],
  },
  {
    why: 'high-standard farmland (agriculture × water × forestry; jobs as a generic effect)',
    project: '高标准农田建设项目',
    department: '县农业农村局',
    implementer: '县农田建设服务中心',
    rows: [out('新建灌溉渠道长度', '≥35公里'), out('农田林网植树', '≥12000株'), eff('新增有效灌溉面积', '≥8000亩', '经济效益指标'), eff('亩均增产粮食', '≥50公斤', '经济效益指标'), eff('带动就业人数', '≥300人'), sat('项目区农户满意度')],
  },
  {
    why: 'resident medical insurance subsidy (medical insurance × social aid)',
    project: '城乡居民基本医疗保险财政补助',
    department: '县医疗保障局',
    implementer: '县医疗保障事业管理中心',
    rows: [out('参保人数', '≥38万人'), out('资助困难群众参保人数', '≥2.1万人'), eff('住院费用政策范围内报销比例', '≥70%'), sat('参保群众满意度')],
  },
  {
    why: 'rural tourism (tourism × agriculture)',
    project: '乡村旅游发展项目',
    department: '县文化广电旅游体育局',
    implementer: '县旅游服务中心',
    rows: [out('建设乡村民宿', '≥20家'), eff('接待游客人次', '≥30万人次', '经济效益指标'), eff('带动农户增收', '≥3000元/户', '经济效益指标'), sat('游客满意度')],
  },
  {
    why: 'river dredging and cleaning (water × sanitation × environment)',
    project: '中小河流清淤及保洁项目',
    department: '县水利局',
    implementer: '县河道管理所',
    rows: [out('清淤河道长度', '≥25公里'), eff('河道保洁覆盖率', '100%', '生态效益指标'), eff('河道断面水质达标率', '≥90%', '生态效益指标'), eff('防洪标准', '达到20年一遇'), sat('沿岸群众满意度')],
  },
  {
    why: 'legal education (justice; 教育 as a plain word)',
    project: '法治宣传教育项目',
    department: '县司法局',
    implementer: '县普法办',
    rows: [out('开展法治宣传教育活动场次', '≥120场'), eff('受教育群众人次', '≥5万人次'), sat('群众满意度')],
  },
  {
    why: 'patriotic health campaign (health; 运动 as a plain word)',
    project: '爱国卫生运动项目',
    department: '县卫生健康局',
    implementer: '县爱卫办',
    rows: [out('开展爱国卫生运动集中活动次数', '≥12次'), eff('病媒生物密度控制水平', '达到国家C级标准'), sat('群众满意度')],
  },
  {
    why: 'school buses (education × transport safety)',
    project: '义务教育校车运营补助',
    department: '县教育局',
    implementer: '县校车服务公司',
    rows: [out('校车运营线路', '≥18条'), out('接送学生人数', '≥2600人'), eff('校车交通事故发生数', '=0起'), sat('家长满意度')],
  },
  {
    why: 'hospital sewage works (health × environment)',
    project: '县人民医院污水处理设施改造',
    department: '县卫生健康局',
    implementer: '县人民医院',
    rows: [out('日处理污水能力', '≥500吨'), eff('医疗污水排放达标率', '100%', '生态效益指标'), sat('患者满意度')],
  },
  {
    why: 'street lighting (city management × roads)',
    project: '城区路灯维护项目',
    department: '县城市管理综合执法局',
    implementer: '县市政设施管理所',
    rows: [out('维护路灯数量', '≥6000盏'), out('路灯亮灯率', '≥98%', '质量指标'), eff('夜间道路交通事故起数', '较上年下降10%'), sat('市民满意度')],
  },
  {
    why: 'emergency supplies in public health (health × emergency)',
    project: '突发公共卫生事件应急物资储备',
    department: '县卫生健康局',
    implementer: '县疾病预防控制中心',
    rows: [out('储备应急物资品种', '≥30种'), eff('突发事件应急处置及时率', '100%'), sat('医疗机构满意度')],
  },
];

/** More county projects, written as [project, department, implementer, indicators]: none may be flagged. */
const MORE_PROJECTS: [string, string, string, string[]][] = [
  ['县图书馆免费开放', '县文化广电旅游体育局', '县图书馆', ['接待读者人次', '少儿阅读推广活动场次', '数字资源访问量', '馆藏图书册数']],
  ['乡镇综合文化站免费开放', '县文化广电旅游体育局', '各镇综合文化站', ['开展全民健身活动次数', '文艺演出场次', '培训群众文艺骨干人数']],
  ['基本公共卫生服务项目', '县卫生健康局', '县疾病预防控制中心', ['老年人健康管理率', '孕产妇系统管理率', '0-6岁儿童健康管理率', '适龄儿童免疫规划疫苗接种率', '学校传染病疫情报告及时率']],
  ['城区污水管网改造', '县住房和城乡建设局', '县市政设施管理所', ['新建污水管网长度', '城区污水集中处理率', '道路恢复面积']],
  ['森林防火项目', '县林业局', '县森林防火指挥部办公室', ['森林火灾受害率', '建设防火隔离带长度', '扑火队员培训人次']],
  ['水库移民后期扶持项目', '县水利局', '县移民服务中心', ['移民村道路硬化长度', '移民人均可支配收入增长', '解决移民饮水困难人数']],
  ['大气污染防治', '市生态环境局县分局', '县环境监测站', ['空气质量优良天数比例', 'PM2.5年均浓度', '秸秆焚烧火点数', '农村黑臭水体整治数量']],
  ['数字化城市管理', '县城市管理综合执法局', '县数字城管中心', ['城市管理问题处置率', '案件按期结案率', '市容环境投诉下降']],
  ['交警大队执法装备购置', '县公安局', '县公安局交通警察大队', ['购置执法记录仪', '道路交通事故死亡人数下降', '酒驾查处起数']],
  ['校园周边治安防控', '县公安局', '县公安局治安大队', ['护学岗设置数量', '校园周边治安案件发生数下降', '开展法治进校园活动场次']],
  ['乡村振兴衔接资金产业项目', '县农业农村局', '各镇人民政府', ['建设产业基地面积', '带动脱贫户增收', '吸纳脱贫劳动力就业人数', '村集体经济收入增长']],
  ['退役军人优抚补助', '县退役军人事务局', '县退役军人服务中心', ['优抚对象人数', '补助资金按时足额发放率', '优抚对象医疗补助人次']],
  ['城乡环卫一体化', '县城市管理综合执法局', '县环卫所', ['道路机械化清扫率', '生活垃圾无害化处理率', '农村垃圾收运覆盖行政村数']],
  ['县第一中学食堂改造', '县教育局', '县第一中学', ['改造食堂面积', '食品安全事故发生数', '就餐学生人数', '消防设施完好率']],
  ['社区居家养老服务', '县民政局', '各社区居委会', ['服务老年人人次', '老年人助餐点数量', '开展老年人健康讲座次数', '老年人文体活动场次']],
  ['乡镇卫生院公共卫生人员培训', '县卫生健康局', '县卫生进修学校', ['培训乡村医生人数', '培训考核合格率', '学员满意度']],
  ['防汛抗旱物资储备', '县应急管理局', '县防汛抗旱指挥部办公室', ['储备编织袋数量', '冲锋舟数量', '水库安全度汛率', '受灾群众转移安置率']],
  ['全民健身工程', '县文化广电旅游体育局', '县体育事业发展中心', ['新建健身路径', '农村健身广场数量', '经常参加体育锻炼人数比例', '学校体育场地开放率']],
  ['县博物馆陈列改造', '县文化广电旅游体育局', '县博物馆', ['接待观众人次', '中小学生研学参观人次', '文物保护修复数量']],
  ['残疾人康复救助', '县残疾人联合会', '县残疾人康复中心', ['残疾儿童康复训练人数', '辅助器具适配人数', '残疾人家庭无障碍改造户数']],
];

/** The deck's example: a gym's pre-construction work with effects of a finished school building. */
const gymPreConstruction = form({
  project: '县体育馆建设前期工作',
  department: '县文化广电旅游体育局',
  implementer: '县体育事业发展中心',
  goal: '为推进县体育馆建设，完成可行性研究报告编制及评审，取得立项批复，建成后增加学位1200个。',
  rows: [
    out('完成可行性研究报告编制', '=1份'),
    out('可研报告评审通过时间', '2025年9月30日前', '时效指标'),
    eff('增加学位', '≥1200个'),
    eff('缓解学校门口及周边道路交通拥堵', '明显缓解'),
    sat('周边群众满意度'),
  ],
});

const validCases: ValidCase[] = [
  ...CROSS_SECTOR_PROJECTS.map((p) => ({ name: `cross-sector on purpose: ${p.why} — ${p.project}`, sheet: form(p) })),
  ...MORE_PROJECTS.map(([project, department, implementer, names]) => ({
    name: `a county project: ${project}`,
    sheet: form({ project, department, implementer, rows: names.map((n) => out(n, '≥1个')) }),
  })),
];

runRuleTests(irrelevant, {
  valid: [
    ...validCases,
    {
      name: 'a pre-construction project whose indicators are its own deliverables (design, approvals, dates)',
      sheet: form({
        project: '县第三小学教学楼建设项目前期工作',
        department: '县教育局',
        implementer: '县第三小学',
        goal: '为推进教学楼建设，2025年完成可行性研究、初步设计及施工图设计，设计满足新增学位1200个的办学规模，取得施工许可。',
        rows: [
          out('完成施工图设计', '=1套'),
          out('施工图设计满足新增学位1200个的办学规模', '符合设计要求', '质量指标'),
          out('前期工作资金使用率', '≥95%', '质量指标'),
          out('取得施工许可时间', '2025年12月31日前', '时效指标'),
          eff('为项目开工提供依据', '取得施工许可'),
          sat('建设单位满意度'),
        ],
      }),
    },
    {
      name: 'a project whose sector cannot be told from its name or units: the rule stays quiet',
      sheet: form({ project: '2025年民生实事项目', department: '县人民政府办公室', implementer: '县政府办', rows: [out('学生体质健康达标率', '≥92%'), out('粮食产量', '≥5万吨')] }),
    },
    {
      name: 'an indicator that names the project’s own sector alongside another is the project’s',
      sheet: form({ project: '高标准农田建设项目', department: '县农业农村局', implementer: '县农田建设服务中心', rows: [out('农田建设区学生上学道路硬化长度', '≥3公里')] }),
    },
    {
      name: 'satisfaction indicators are never questioned',
      sheet: form({ project: '高标准农田建设项目', department: '县农业农村局', implementer: '县农田建设服务中心', rows: [out('新建灌溉渠道长度', '≥35公里'), sat('学生家长满意度')] }),
    },
  ],
  invalid: [
    {
      name: 'the deck’s gym example: both finished-building effects flagged, on each indicator, and the goal too',
      sheet: gymPreConstruction,
      errors: [
        { cell: 'B8', messageId: 'preConstructionGoal', message: '增加学位' },
        { cell: 'C12', messageId: 'preConstruction', message: '「增加学位」是项目建成后的效果' },
        { cell: 'C13', messageId: 'preConstruction', message: '「缓解学校门口及周边道路交通拥堵」是项目建成后的效果' },
      ],
    },
    {
      name: 'pre-construction work on a hospital: 就诊人次 and 床位 are the finished hospital’s',
      sheet: form({
        project: '县中医院住院楼项目可行性研究',
        department: '县卫生健康局',
        implementer: '县中医院',
        rows: [out('完成可行性研究报告', '=1份'), eff('新增床位', '≥200张'), eff('年就诊人次', '≥10万人次'), sat('患者满意度')],
      }),
      errors: [
        { cell: 'C11', messageId: 'preConstruction' },
        { cell: 'C12', messageId: 'preConstruction' },
      ],
    },
    {
      name: 'an agriculture project with a school-sport indicator',
      sheet: form({
        project: '高标准农田建设项目',
        department: '县农业农村局',
        implementer: '县农田建设服务中心',
        rows: [out('新建高标准农田面积', '≥10000亩'), eff('学生体质健康达标率', '≥92%'), sat('农户满意度')],
      }),
      errors: [{ cell: 'C11', messageId: 'default', message: '三级指标「学生体质健康达标率」属于教育、体育领域，与项目「高标准农田建设项目」（农业农村）关联不大' }],
    },
    {
      name: 'a hospital equipment project with farm output',
      sheet: form({
        project: '县人民医院医疗设备购置项目',
        department: '县卫生健康局',
        implementer: '县人民医院',
        rows: [out('购置64排CT机', '=1台'), eff('粮食亩产', '≥500公斤', '经济效益指标'), eff('年检查患者人次', '≥2万人次'), sat('就诊患者满意度')],
      }),
      errors: [{ cell: 'C11', message: '农业农村' }],
    },
    {
      name: 'a road project with a teaching indicator copied from another form',
      sheet: form({
        project: '县道X123线路面改造工程',
        department: '县交通运输局',
        implementer: '县公路事务中心',
        rows: [out('改造路面长度', '≥12公里'), eff('义务教育巩固率', '≥98%'), sat('沿线群众满意度')],
      }),
      errors: [{ cell: 'C11', message: '教育' }],
    },
    {
      name: 'a school project with a farm-yield indicator',
      sheet: form({ project: '县第二小学教学设备购置', department: '县教育局', implementer: '县第二小学', rows: [out('购置多媒体教学设备', '≥40套'), eff('粮食亩产', '≥500公斤'), sat('师生满意度')] }),
      errors: [{ cell: 'C11', message: '农业农村' }],
    },
    {
      name: 'a library project with a hospital-bed indicator',
      sheet: form({ project: '县图书馆免费开放', department: '县文化广电旅游体育局', implementer: '县图书馆', rows: [out('接待读者人次', '≥20万人次'), eff('病床使用率', '≥85%'), sat('读者满意度')] }),
      errors: [{ cell: 'C11', message: '卫生健康' }],
    },
    {
      name: 'department summary: only the project with the foreign indicator, on that cell',
      sheet: sheet(
        '汇总',
        [
          ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
          ['高标准农田建设', '产出指标', '数量指标', '新建高标准农田面积', '≥10000亩'],
          [null, '效益指标', '社会效益指标', '学生体质健康达标率', '≥92%'],
          ['中小学生健康体检', '产出指标', '数量指标', '体检学生人数', '≥32000人'],
          [null, '效益指标', '社会效益指标', '学生健康档案建档率', '100%'],
        ],
        ['A2:A3', 'A4:A5'],
      ),
      errors: [{ cell: 'D3', message: '学生体质健康达标率' }],
    },
    {
      name: 'a project whose name and implementer say nothing is placed by its department',
      sheet: form({ project: '2025年度专项补助', department: '县农业农村局', implementer: '各镇人民政府', rows: [out('补助对象户数', '≥800户'), eff('学生体质健康达标率', '≥92%')] }),
      errors: [{ cell: 'C11', message: '（农业农村）' }],
    },
    {
      name: 'a sector added by the policy is used like a built-in one',
      policy: { goal: { vocabulary: { sectors: { 市场监管: { add: ['食品抽检', '市场主体', '市场监督'] } } } } },
      sheet: form({
        project: '食品安全抽检项目',
        department: '县市场监督管理局',
        implementer: '县市场监督管理局',
        rows: [out('食品抽检批次', '≥1200批次'), eff('学生体质健康达标率', '≥92%'), sat('群众满意度')],
      }),
      errors: [{ cell: 'C11', message: '市场监管' }],
    },
  ],
});

describe('sector vocabularies', () => {
  const sectorsIn = (text: string) => Object.entries(SECTORS).filter(([, words]) => findWord(text, words)).map(([s]) => s);

  it.each(['县人民政府办公室', '各镇人民政府', '县政务服务数据管理局', '县财政局', '县发展和改革局', '县机关事务管理局', '县统计局', '县审计局'])(
    'a sector-less unit name (%s) places a project in no sector',
    (unit) => {
      expect(sectorsIn(unit)).toEqual([]);
    },
  );

  it.each<[string, string[]]>([
    ['县教育局', ['教育']],
    ['县民政局', ['民政社保']],
    ['县农业农村局', ['农业农村']],
    ['县卫生健康局', ['卫生健康']],
    ['县人力资源和社会保障局', ['民政社保']],
    ['县住房和城乡建设局', ['住建']],
    ['县公安局', ['公安政法']],
  ])('a sector bureau (%s) is placed in its sector', (unit, expected) => {
    expect(sectorsIn(unit)).toEqual(expected);
  });

  it('relates and cross-cuts only sectors that exist', () => {
    const names = new Set(Object.keys(SECTORS));
    for (const s of [...RELATED_SECTORS.flat(), ...CROSS_CUTTING_SECTORS]) expect(names).toContain(s);
  });
});
