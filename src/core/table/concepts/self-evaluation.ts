import type { ConceptTable } from '../concepts';

/**
 * The indicator table of a self-evaluation form (项目支出绩效自评表, 财预〔2020〕10号 and the provinces'
 * variants): 一级 · 二级 · 三级指标 · 年度指标值 (or 指标性质 · 指标值 · 度量单位 under it) · 实际完成值 (全年实际值,
 * 全年完成值, 完成值) · 分值 (权重) · 得分 · 偏差原因分析及改进措施 (未完成原因…). A header that looks ahead
 * (全年预计完成值, 完成目标可能性, 1-N月…) belongs to a monitoring table instead.
 */
export type SelfColumnRole =
  | 'monitoring'
  | 'deviation'
  | 'grade'
  | 'score'
  | 'weight'
  | 'actual'
  | 'comparator'
  | 'unit'
  | 'target'
  | 'level1'
  | 'level2'
  | 'name'
  | 'indicatorGroup';

export const SELF_COLUMNS: ConceptTable<SelfColumnRole> = [
  ['monitoring', /预计|可能性|^(1|一)[-—–~～至到]\d{1,2}月|^截[至止]\d{1,2}月|^(上)?半年度?/],
  ['deviation', /偏差|未完成原因|原因分析|改进措施/],
  ['grade', /^(自评|评价|绩效)?(等级|等次)$/],
  ['score', /^(自评|评价|指标)?得分$/],
  ['weight', /^(指标)?(分值|权重|权重分值|标准分值)$/],
  ['actual', /^(全年|年度|本年|当年)?(实际完成值|实际完成|实际值|完成值|完成情况|实际完成情况|完成数)$/],
  ['comparator', /^(指标)?(性质|方向|方向性|属性)$|^(比较符|运算符|符号)$/],
  ['unit', /^(计量|度量|指标值?)?单位$/],
  ['target', /^(年度|全年|本年|当年|年初)?(指标值|目标值|预期指标值|指标目标值|绩效指标值|预期目标值)$/],
  ['level1', /^一级(指标)?(名称)?$/],
  ['level2', /^二级(指标)?(名称)?$/],
  ['name', /^三级(指标)?(名称)?$|^(具体)?指标名称$|^具体指标$|^绩效指标内容$/],
  ['indicatorGroup', /^(绩效|年度绩效)?指标$/],
];

/** A cell that names where the grade goes (评价等级 / 自评等级 …) on or under the 总分 row. */
export const GRADE_LABEL = /^(自评|评价|绩效)?(等级|等次|结果)$/;
