import { labelKey, splitQualifier } from '../table/header-text';
import { memoByText } from '../text/memo';

/**
 * The words of goal forms, as data: what a column header or a header-block label means. Matched on the
 * bracket-free labelKey (so `*年度总体绩效目标`, `年度 总体 目标`, `三级指标(年度)` and `评(扣)分标准` are read
 * as what they say). Patterns rather than alias lists, because every province words its template a
 * little differently; each pattern is anchored so that a value text is never taken for a label.
 */

/** What a column of an indicator table holds. */
export type GoalColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  /** A label over the indicator columns or down their left side (绩效指标, 本年度绩效指标): it qualifies, it holds nothing. */
  | 'indicatorGroup'
  | 'value'
  | 'unit'
  | 'comparator'
  | 'valueType'
  | 'explanation'
  | 'weight'
  | 'index'
  | 'projectName'
  | 'department'
  | 'implementer'
  | 'fundsTotal'
  | 'fundsFiscal'
  | 'fundsOther'
  | 'overallGoal'
  /** A column of results (实际完成值, 得分, 执行数 …): the table tracks results, it is not a goal form. */
  | 'result'
  /** Last year's actual shown beside the target (2021年实际实现值, 上年实际完成值): read by no rule. */
  | 'reference';

const COLUMN_PATTERNS: readonly [GoalColumnRole, RegExp][] = [
  ['result', /实际|完成值|完成情况|完成数|预计完成|完成目标可能性|偏差|得分|执行数|执行率|自评|评价结果|评价等级|实现情况/],
  ['valueType', /^(指标值?类型|指标类别|定量\/?定性|定性\/?定量|指标值性质|数据类型|值类型)$/],
  ['unit', /^(计量|度量|指标值?|指标计量)?单位$/],
  ['comparator', /^(指标)?(性质|方向|方向性|属性)$|^(比较符|运算符|符号|比较方式|指标值性质|关系符|判断符)$/],
  ['level1', /^一级(指标|目标)?(名称|内容)?$/],
  ['level2', /^二级(指标|目标)?(名称|内容)?$/],
  ['name', /^三级(指标|目标)?(名称|内容)?$|^(具体|绩效)?指标(名称|内容|项目)?$|^指标名$|^绩效指标(名称|内容)$|^(具体|三级)?绩效指标$/],
  ['indicatorGroup', /^(年度|本年度|当年|实施期|中期|长期)?(绩效)?指标(体系)?$|^(年度|本年度|当年)?绩效指标$/],
  [
    'value',
    /^(年度|本年度|当年|全年|本年|中期|实施期|长期|预期|绩效)?(指标值|目标值|预期值|预期实现值|预期指标值|指标目标值|预期目标值|绩效指标值|绩效目标值|标准值|预期目标|指标值及单位|指标值\/单位|目标值及单位|计划值|预期产出|指标值\(含单位\)|数值|指标数值|目标数值)$|^(年度|本年度|当年|中期|实施期|长期)(指标|目标)值$|^当年预期实现值$|^(年度|中期|实施期)?预期(实现)?值$/,
  ],
  ['explanation', /绩效标准|指标解释|指标说明|指标描述|评分标准|评扣分标准|扣分标准|计算公式|计算方法|数据来源|指标值说明|指标值设定依据|设定依据|考核标准|备注|说明$/],
  ['weight', /^(指标)?(权重|分值|权重分值|分值权重|权重\/分值|标准分值)$/],
  ['index', /^(序号|编号|行次|项次)$/],
  ['projectName', /^(二级|一级)?(项目|项目支出|政策|专项|专项资金)(名称|全称)$|^项目$/],
  ['department', /^(主管部门|主管单位|预算部门|部门名称|部门|主管部门及代码|预算部门名称)$/],
  ['implementer', /^(实施单位|项目实施单位|执行单位|预算单位|项目单位|单位名称|实施主体)$/],
  ['fundsTotal', /^(年度|本年度|当年)?(资金总额|项目资金总额|预算金额|预算数|总金额|资金合计|项目资金)$/],
  ['fundsFiscal', /^(年度|当年|本年度)?(财政拨款|财政资金|本级财政资金|财政拨款资金|一般公共预算)$/],
  ['fundsOther', /^(年度|当年|本年度)?(其他资金|其它资金|自筹资金|其他资金来源)$/],
  ['overallGoal', /^(年度|本年度|当年)?(总体|绩效)?(绩效)?目标$/],
];

/** The role a column header names, or null. */
export function columnRole(text: string): GoalColumnRole | null {
  return text ? memoColumnRole(text) : null;
}

const memoColumnRole = memoByText(20_000, (text): GoalColumnRole | null => {
  let role: GoalColumnRole | null = null;
  const key = labelKey(text);
  const { stem: rawStem } = splitQualifier(key);
  // "预期2022年实现值" is the year's target; "2021年实际实现值" (or 上年实际) is last year's figure, shown for reference.
  const dated = /(?:19|20)\d{2}年度?|上年度?|上一年度?/.test(rawStem);
  const stem = rawStem.replace(/(?:19|20)\d{2}年度?/g, '');
  if (dated && /实际|完成/.test(stem)) role = 'reference';
  else if (key.length <= 24) {
    for (const [r, p] of COLUMN_PATTERNS) {
      if (p.test(stem) || (r === 'value' && p.test(key))) {
        role = r;
        break;
      }
    }
  }
  return role;
});

/** What a label of the header block above the table names. */
export type GoalLabelRole =
  | 'projectName'
  | 'department'
  | 'implementer'
  | 'fundsTotal'
  | 'fundsFiscal'
  | 'fundsOther'
  /** Money the block lists that is not part of total = fiscal + other (上级资金, 中期资金总额 …). */
  | 'fundsAside'
  | 'fundsGroup'
  | 'overallGoal'
  | 'midGoal'
  | 'period'
  | 'departmentDuties'
  /** A label that is something else (项目属性, 项目类别, 立项依据 …): never a value, and it stops a value search. */
  | 'otherLabel';

/** Labels about a goal's results (年度总体目标完成情况, 目标调整说明): labels of something else, never a value. */
const GOAL_RESULT_LABEL = /目标.{0,4}(完成|实现|执行|调整|偏差|自评)(情况|值|程度|说明|原因)?$/;

const LABEL_PATTERNS: readonly [GoalLabelRole, RegExp][] = [
  ['projectName', /^(二级|一级)?(项目|项目支出|政策|专项|专项资金|政策\/项目|项目\/政策)(名称|全称)$|^项目名$/],
  ['department', /^(主管部门|主管单位|预算部门|部门名称|部门|主管部门及代码|预算部门名称|部门\/单位名称|单位\/部门名称)$/],
  ['implementer', /^(实施单位|项目实施单位|执行单位|预算单位|项目单位|单位名称|实施主体|预算单位名称)$/],
  ['fundsAside', /中期|实施期|上级|以前年度|结转|累计/],
  ['fundsTotal', /^(年度|本年度|当年|本年)?(本级)?(项目)?(资金总额|资金总计|预算金额|预算数|预算总额|总金额|资金合计|资金总量|金额合计|资金)$|^(项目|年度)?总(金额|预算|投资额|投资)$|^(年度|本年度|当年|本年)(本级)?预算$|^(年度|本年度|当年|项目)金额$|^(本次|本年|年度)?下达.{0,8}(资金|投资|预算)$|^(中央)?预算内投资$/],
  ['fundsFiscal', /^(年度|当年|本年度|本年)?(本级)?(财政拨款|财政资金|财政拨款资金|一般公共预算(资金|拨款|财政拨款)?|财政性资金|公共财政预算|财政预算资金|财政补助)$/],
  ['fundsOther', /^(年度|当年|本年度|本年)?(其他资金|其它资金|其他资金来源|自筹资金|单位自筹|自有资金|其他|其它)$/],
  ['fundsGroup', /^(项目)?资金(情况|来源|构成)?$|^(项目|年度)?资金\(?万元\)?$|^资金投入$/],
  ['midGoal', /^(实施期|中期|长期|整体|项目期)(总体)?(绩效)?目标$/],
  [
    'overallGoal',
    /^(年度|本年度|当年|本年)?(项目)?(总体)?(绩效)?(总体)?目标$|^(年度|本年度|当年)(绩效)?目标(内容)?$|^(绩效目标)?(总体描述|总体目标描述|目标描述)$|^(项目)?总体情况$|^年度$/,
  ],
  ['period', /^(项目(支出)?)?(实施期|实施周期|项目期|执行期|起止时间|实施时间|项目周期)(限)?$/],
  ['departmentDuties', /^(部门|单位)?(职能|职责|主要职能|职能职责|部门职能|年度主要任务|主要任务|主要工作任务)(概述)?$/],
  ['otherLabel', GOAL_RESULT_LABEL],
  ['otherLabel', /^(项目属性|项目类别|项目类型|项目性质|立项依据|项目概况|资金用途|项目内容|绩效指标|填报单位|编制单位|单位|金额单位|金额|单位信息|项目负责人|项目经办人|项目经办人电话|负责人|联系人|联系电话|项目负责人及电话|资金性质|政策依据|其他依据|基本情况)$/],
];

/** The role a header-block label names, or null when the text is not a label (so it may be a value). */
export function labelRole(text: string): GoalLabelRole | null {
  return text ? memoLabelRole(text) : null;
}

const memoLabelRole = memoByText(20_000, (text): GoalLabelRole | null => {
  let role: GoalLabelRole | null = null;
  const key = labelKey(text);
  if (key.length <= 24) {
    const { stem } = splitQualifier(key);
    for (const [r, p] of LABEL_PATTERNS) {
      if (r === 'fundsAside') {
        if (p.test(stem) && /资金|金额|预算|投资/.test(stem)) {
          role = r;
          break;
        }
        continue;
      }
      if (p.test(stem)) {
        role = r;
        break;
      }
    }
  }
  // A short label-looking text with a money unit in brackets and no figure ("金额(万元)") is a column label.
  if (role === null && key.length <= 16 && !/\d/.test(key) && /\((万元|元|亿元|千元)\)$/.test(key)) role = 'otherLabel';
  return role;
});

/** A form's title: it also starts a new form when several are stacked on one sheet. */
export const TITLE_PATTERN = /(绩效目标(申报|审核|审批|批复)?表|目标申报表|绩效指标表|绩效目标表\(.*\)|绩效目标(申报|批复)?表[一二三四五六七八九十\d]*)$/;

/** A whole-department goal form (部门整体支出绩效目标表 / 整体绩效目标表). */
export const DEPARTMENT_TITLE = /整体(支出)?绩效目标|部门整体/;
