/** Sector vocabularies for relevance checks (goal/irrelevant). Data, not code. */

export const SECTORS: Readonly<Record<string, readonly string[]>> = {
  教育: ['学校', '学位', '教学', '学生', '教师', '幼儿园', '课堂', '入学', '义务教育'],
  卫生健康: ['医院', '卫生院', '诊疗', '患者', '就诊', '医疗', '疫苗', '病床'],
};

export const PRE_CONSTRUCTION_MARKERS: readonly string[] = ['前期工作', '前期费', '可行性研究', '可研', '勘察', '设计费'];

export const FINISHED_FACILITY_EFFECTS: readonly string[] = ['增加学位', '缓解交通拥堵', '缓解拥堵', '接诊', '通车'];
