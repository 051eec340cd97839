/**
 * Sector vocabularies for relevance (goal/irrelevant). A keyword should be specific to its sector: generic
 * words (资金, 人员, 项目, 安全, 质量, 教育, 运动, 建筑, 就业, 案件) carry no sector, because every sector uses
 * them (法治宣传教育, 爱国卫生运动, 建筑面积, 带动就业). The policy can add sectors and words.
 * Project identity is read from the project's name and its units, so unit names (教育局, 敬老院) are listed too.
 */
export const SECTORS: Readonly<Record<string, readonly string[]>> = {
  教育: [
    '学校', '中学', '小学', '幼儿园', '学位', '学生', '师生', '教师', '教学', '义务教育', '学前教育', '职业教育', '特殊教育', '高中教育',
    '教育局', '教育和体育局', '教体局', '教育资源', '入学', '课堂', '校舍', '校车', '班级', '招生', '升学', '辍学', '控辍保学', '校园',
  ],
  卫生健康: [
    '医院', '卫生院', '卫生室', '诊疗', '患者', '就诊', '医疗', '疫苗', '接种', '病床', '门诊', '住院', '医生', '护士', '公共卫生', '妇幼',
    '传染病', '疾控', '疾病预防', '健康档案', '健康管理', '体检', '影像', '卫生健康', '卫健', '医保', '医疗保障', '参保', '医养',
  ],
  交通: ['公路', '道路', '桥梁', '客运', '公交', '交通', '通车', '路面', '县道', '乡道', '村道', '航道', '码头', '车站'],
  农业农村: [
    '耕地', '农田', '粮食', '种植', '养殖', '畜禽', '农户', '农民', '农作物', '亩产', '良种', '农机', '动物疫病', '兽医', '水产', '高标准农田',
    '农产品', '农业',
  ],
  // Broad rural words: a 乡村振兴 or village project spans roads, water, care and culture (related to most sectors).
  乡村综合: ['农村综合', '乡村振兴', '人居环境', '村庄', '村容村貌', '衔接资金', '集体经济', '美丽乡村'],
  水利: ['水库', '堤防', '河道', '河流', '灌溉', '水利', '防洪', '水土保持', '山洪', '河长'],
  // Drinking water is its own work (水厂, 管网, 水质): irrigation of farmland is 水利, a tap for households is not farming.
  供水饮水: ['供水', '饮水', '自来水', '水厂'],
  // Village cadres and party organisations: their pay and funds are not a sector's service.
  基层治理: ['村组干部', '村干部', '村社干部', '社区干部', '村两委', '党支部', '党组织', '党员', '党建', '基层组织', '村级组织', '干部报酬', '网格员'],
  民政社保: [
    '低保', '特困', '养老', '老年人', '老人', '高龄', '残疾人', '残联', '孤儿', '社会救助', '临时救助', '殡葬', '婚姻登记', '优抚', '社保',
    '社会保障', '人力资源', '困难群众', '留守儿童', '敬老院', '福利院', '养老院', '民政局', '民政部门', // not 民政 alone: 人民政府 contains it
  ],
  应急消防: ['消防', '救援', '火灾', '灾害', '防汛', '抢险', '应急', '地震', '避难'],
  体育: ['体育', '健身', '运动员', '运动会', '运动场', '体育运动', '赛事', '体育馆', '体育场', '全民健身', '锻炼', '体质'],
  文化旅游: [
    '文化站', '文化馆', '文化活动', '文化惠民', '公共文化', '文化遗产', '文化广电', '文艺', '图书馆', '博物馆', '文物', '演出', '旅游', '游客',
    '景区', '非遗', '广播电视', '阅读', '书屋', '民宿',
  ],
  环卫城管: ['环卫', '垃圾', '清扫', '保洁', '公厕', '户厕', '市容', '城管', '城市管理', '路灯', '园林', '绿化'],
  生态环境: ['污水', '污染', '排放', '空气质量', '水质', '环境监测', '生态', '碳排放', 'PM2.5', '噪声', '环保'],
  公安政法: ['公安', '交警', '治安', '刑事案件', '警务', '派出所', '破案', '法律援助', '司法', '社区矫正', '人民调解', '普法', '法治'],
  住建: ['住房', '保障性住房', '棚户区', '老旧小区', '危房', '市政道路', '市政设施', '市政工程', '市政管网', '住建'], // not 市政 alone: 市政务服务
  林业: ['林地', '造林', '森林', '林木', '苗木', '古树', '湿地', '林业', '林网', '植树'],
};

/**
 * Pairs of sectors whose work overlaps, so an indicator of one is plausible in a project of the other.
 * Pairs, not groups: a group would make every member related to every other (sport to farming through
 * rural tourism). Not transitive either: 教育–体育 and 体育–林业 do not make 教育–林业.
 */
export const RELATED_SECTORS: readonly (readonly string[])[] = [
  // Schools: health checks, PE and sports grounds, libraries and reading, buildings, student aid.
  ['教育', '体育'], ['教育', '卫生健康'], ['教育', '文化旅游'], ['教育', '住建'], ['教育', '民政社保'],
  // Sport: one bureau with culture (文广旅体局); fitness is public health; trails in forests and parks.
  ['体育', '卫生健康'], ['体育', '文化旅游'], ['体育', '林业'], ['体育', '生态环境'],
  // Farmland and villages: irrigation, shelter belts, rural sanitation and environment, rural roads (四好农村路),
  // rural social aid (农村低保, 农村特困), rural tourism and village reading rooms (农家书屋).
  ['农业农村', '水利'], ['农业农村', '林业'], ['农业农村', '生态环境'], ['农业农村', '环卫城管'], ['农业农村', '交通'],
  ['农业农村', '民政社保'], ['农业农村', '文化旅游'], ['农业农村', '乡村综合'],
  // Broad rural projects reach every rural service.
  ['乡村综合', '水利'], ['乡村综合', '供水饮水'], ['乡村综合', '交通'], ['乡村综合', '林业'], ['乡村综合', '生态环境'], ['乡村综合', '环卫城管'],
  ['乡村综合', '民政社保'], ['乡村综合', '文化旅游'], ['乡村综合', '卫生健康'], ['乡村综合', '教育'], ['乡村综合', '住建'], ['乡村综合', '基层治理'],
  // Drinking water: water works, town mains, water quality and health.
  ['供水饮水', '水利'], ['供水饮水', '住建'], ['供水饮水', '卫生健康'], ['供水饮水', '生态环境'], ['供水饮水', '民政社保'],
  // Village cadres work on village affairs, social aid and mediation.
  ['基层治理', '民政社保'], ['基层治理', '公安政法'],
  // Water and nature: river cleaning, water quality, forests and wetlands.
  ['水利', '林业'], ['水利', '生态环境'], ['水利', '环卫城管'], ['林业', '生态环境'], ['生态环境', '环卫城管'],
  // Roads, building and city upkeep: street lights, road cleaning, 市政道路.
  ['交通', '住建'], ['交通', '环卫城管'], ['住建', '环卫城管'],
  // Social care with health (医养结合) and housing (危房改造 for poor households).
  ['民政社保', '卫生健康'], ['民政社保', '住建'],
  // Health: hospital buildings, medical sewage, vector control; culture: scenic forests and parks.
  ['卫生健康', '住建'], ['卫生健康', '生态环境'], ['文化旅游', '林业'], ['文化旅游', '生态环境'],
  // Water works build roads (堤顶道路, 移民村道路); flood control and forest fires are emergency work too.
  ['水利', '交通'], ['应急消防', '水利'], ['应急消防', '林业'],
  // Police: traffic police (交警) and school safety (护学岗, 法治进校园).
  ['公安政法', '交通'], ['公安政法', '教育'],
];

/** Sectors every unit works in: fire safety, drills and emergency plans belong in any project. */
export const CROSS_CUTTING_SECTORS: readonly string[] = ['应急消防'];

/**
 * People a project serves, not a sector: 农户, 老年人 and 留守儿童 are served by roads, libraries and clinics
 * alike (沿线受益农户数, 留守儿童借阅人次). Ignored when judging an indicator's sector.
 */
export const BENEFICIARY_GROUPS: readonly string[] = ['农户', '农民', '老年人', '老人', '残疾人', '留守儿童', '困难群众', '困难家庭', '低收入'];

/** Words that mark a project as preparatory work (the deck's 体育馆建设前期工作 example). */
export const PRE_CONSTRUCTION_MARKERS: readonly string[] = [
  '前期工作', '前期经费', '前期费用', '项目前期', '建设前期', '可行性研究', '可研', '勘察', '设计费', '规划设计', '初步设计',
];

/** Effects only a finished facility can have: wrong as goals of its preparatory work. */
export const FINISHED_FACILITY_EFFECTS: readonly string[] = [
  '增加学位', '学位数', '新增学位', '交通拥堵', '拥堵', '通车', '通行能力', '接诊', '就诊人次', '床位', '入住', '入学人数', '接待游客', '供水能力',
  '处理能力', '设施使用率', '场馆使用率', '设备使用率', '健身人数', '锻炼人数', '观众',
];

/**
 * What preparatory work delivers: an indicator about these may mention the future facility's size
 * ("施工图设计满足新增学位1200个的办学规模") without claiming its effects.
 */
export const PRE_CONSTRUCTION_DELIVERABLES = /设计|方案|可研|可行性|勘察|报告|评审|批复|规划|立项|论证|图纸|招标|许可|选址|用地/;
