import type { ConceptTable } from '../concepts';

/**
 * Headers of evaluation-result lists (评价结果 → 预算调整, contracts.md §3): the score (评价得分, 自评分数,
 * 综合得分 …), the grade (评价等级, 自评等级, 评价结果 …), 是否绩效突出, 评价类型, the base (上年度年初预算项目经费
 * and its variants), and the output columns. Amount columns that are not the base (发行金额, 资金量, 债券规模)
 * name no concept. `foreign` marks headers of goal, self-evaluation and monitoring tables: a header band with
 * any of them is not a results list.
 */
export type ResultsConcept =
  | 'foreign'
  | 'seq'
  | 'name'
  | 'score'
  | 'grade'
  | 'outstanding'
  | 'evaluationType'
  | 'base'
  | 'ratio'
  | 'amount'
  | 'newBudget'
  | 'application';

export const RESULTS_COLUMNS: ConceptTable<ResultsConcept> = [
  [
    'foreign',
    /^(一级|二级|三级)指标|指标值$|^实际完成|完成值$|预计完成|完成目标可能性|^(全年|年初|1-\d+月)?执行数$|执行率$|^分值$|^权重$|偏差原因|^\d+-\d+月|^(全年|年初)预算数$/,
  ],
  ['outstanding', /绩效突出|^是否突出$/],
  ['evaluationType', /^评价(类型|方式|类别|种类)$/],
  ['base', /^上(一)?年度?(年初)?(预算)?(项目)?(经费|预算数|预算)$/],
  ['newBudget', /^本年度?(年初)?(预算)?(项目)?(经费|预算数|预算)$|^调整后(预算数?|项目经费)$/],
  ['ratio', /^(预算)?调整(比例|幅度|比率)$/],
  ['amount', /^(预算)?调整(金额|额|数)$/],
  ['application', /^结果应用(情况|措施)?$|^应用结果$|^处理意见$/],
  // Strong spellings first: a bare 得分 / 等级 is weaker evidence (see WEAK_SCORE, WEAK_GRADE).
  ['score', /^(评价|综合|绩效评价|自评|最终|考核|评审|绩效)(得分|分数|总分|评分)$|^评价总分$|^总得分$/],
  ['grade', /^(绩效)?(评价|自评|考核|评审)(等级|等次|结果|结论)$|^绩效等级$/],
  ['score', /^(得分|分数|评分|总分)$/],
  ['grade', /^(等级|等次)$/],
  ['seq', /^(序号|编号)$/],
  ['name', /^(项目|专项|政策|二级项目)(名称)?$|^项目\(单位\)名称$/],
  ['name', /^(单位|部门|预算单位|预算部门|项目单位)(名称)?$/],
];

/** A bare 得分 / 评分 / 分数: common in other tables, so alone beside a name it does not make a results list. */
export const WEAK_SCORE = /^(得分|分数|评分|总分)$/;
