import type { Locale } from '../findings';
import type { CategoryKey } from './categories';

export const CONCLUSION_KEYS = ['excellent', 'good', 'pass', 'poor'] as const;
export type ConclusionKey = (typeof CONCLUSION_KEYS)[number];

/**
 * Every text of a review, per language. Opinion templates are keyed by `ruleId:messageId` (`ruleId` alone for
 * the rule's default message; a message without a template of its own falls back to its finding's text) and filled with the finding's own data ({{value}}, {{name}}, {{word}} …) plus
 * {{indicator}} (the 三级指标 of the finding's row), {{project}}, {{cell}}, {{row}}, {{message}} and {{hint}}.
 * The policy's `review.texts.zh` / `review.texts.en` override any of them.
 */
export interface ReviewTexts {
  readonly opinions: Readonly<Record<string, string>>;
  /** For a finding no template covers (a rule added later): its own message and hint. */
  readonly fallback: string;
  /** The opinion of a project with no finding. */
  readonly noProblems: string;
  /** The closing sentence, per conclusion; {{conclusion}} and {{score}} are filled. 财预〔2015〕88号 decides what each says. */
  readonly conclusions: Readonly<Record<ConclusionKey | 'excellentWithItems', string>>;
  readonly conclusionNames: Readonly<Record<ConclusionKey, string>>;
  readonly categories: Readonly<Record<CategoryKey, string>>;
  /** Short name of each problem type (rule id), for column headers, sheet names and the chart. */
  readonly problems: Readonly<Record<string, string>>;
  /** The project label when the form leaves the name blank. */
  readonly unnamedProject: string;
}

const ZH: ReviewTexts = {
  opinions: {
    'goal/missing-satisfaction': '缺少满意度指标，请在“满意度指标—服务对象满意度指标”下补充服务对象满意度指标（如「受益群众满意度 ≥90%」）。',
    'goal/missing-benefit': '缺少效益指标，请补充项目实施后带来的经济效益、社会效益、生态效益或可持续影响指标（如「受益人数 ≥3500人」）。',
    'goal/missing-output-dimension': '产出指标缺少{{dimension}}，请补充（{{example}}）。',
    'goal/overall-goal-incomplete': '年度总体目标缺少{{missing}}，请按“为了达到什么目的 + 做什么事 + 做了有什么效果”完善，写明产出数量和效果数字。',
    'goal/work-as-goal': '「{{indicator}}」指标值「{{value}}」是工作本身，不是目标，请改为完成后可检查的结果（数量、完成率或时限）。',
    'goal/work-as-goal:goal': '年度总体目标「{{value}}」只是工作本身，请写明目的、产出数量和预期效果。',
    'goal/work-as-goal:countedOnce': '三级指标「{{name}}」就是工作本身（指标值「{{value}}」），请改为能检查工作成效的指标（如按时足额发放率、完成时限、受益人数）。',
    'goal/unquantified': '「{{indicator}}」指标值「{{value}}」无法衡量，请量化（如 ≥95%、较上年提高5个百分点），或对应明确的标准。',
    'goal/unquantified:noNumber': '「{{indicator}}」指标值「{{value}}」没有数字、时限或标准，请量化。',
    'goal/unquantified:goal': '年度总体目标只有「{{word}}」一类描述，请写明可衡量的产出数量和效果数字。',
    'goal/unquantified:percentOfNothing': '「{{name}}」的指标值「{{value}}」说不出是什么的百分比，请改为可计算的比率（如「隐患整改率 ≥95%」），或改为数量、时限。',
    'goal/placeholder': '「{{indicator}}」指标值「{{value}}」是未替换的模板文字，请填写实际目标值。',
    'goal/placeholder:blankValue': '「{{name}}」未填写指标值，请补充。',
    'goal/placeholder:blankName': '第{{row}}行（指标值「{{value}}」）未填写三级指标名称，请补充。',
    'goal/placeholder:nameTemplate': '三级指标「{{name}}」含未替换的模板文字（{{word}}），请写明具体的类型、数量或型号。',
    'goal/placeholder:errorValue': '「{{indicator}}」指标值单元格为错误值 {{value}}，请填写实际目标值。',
    'goal/placeholder:blankGoal': '未填写年度总体目标，请补充。',
    'goal/placeholder:goalTemplate': '年度总体目标含未替换的模板文字（{{word}}），请填写实际内容。',
    'goal/placeholder:blankProject': '未填写项目名称，请填写项目库中的项目全称。',
    'goal/placeholder:projectTemplate': '项目名称「{{value}}」是模板文字，请填写项目库中的项目全称。',
    'goal/value-format': '「{{indicator}}」指标值「{{value}}」只有数字，请补充比较符号和计量单位。',
    'goal/value-format:missingUnit': '「{{indicator}}」指标值 {{value}} 未填写度量单位，请补充。',
    'goal/value-format:unitConflict': '「{{indicator}}」指标值「{{value}}」与度量单位「{{unit}}」不一致，请核对。',
    'goal/value-format:comparatorConflict': '「{{indicator}}」指标值「{{value}}」与指标性质「{{comparator}}」矛盾，请核对。',
    'goal/value-format:qualitativeNumber': '「{{indicator}}」标为定性指标，但指标值为数字 {{value}}，请核对指标性质。',
    'goal/value-format:costUnit': '成本指标「{{name}}」的单位「{{unit}}」不是金额单位，请写成金额（如 ≤320元/人、≤20万元）。',
    'goal/value-format:amountAsName': '三级指标写成了金额「{{name}}」（指标值「{{value}}」），请写明成本项目和上限（如「人均补贴标准 ≤2000元/人」），不要把预算数当作指标。',
    'goal/value-out-of-range': '「{{name}}」指标值 {{value}} 超过100%，请核实。',
    'goal/value-out-of-range:negative': '「{{name}}」指标值 {{value}} 为负数，请核实。',
    'goal/value-out-of-range:deadlineYear': '「{{indicator}}」完成时限 {{value}} 不在预算年度（{{year}}年）内，请调整；跨年度目标请写入中期目标。',
    'goal/value-out-of-range:costAboveFunds': '成本指标「{{name}}」目标 {{value}} 超过项目年度资金总额 {{total}} 万元，请核实测算依据。',
    'goal/hierarchy': '二级指标「{{level2}}」不应归入一级指标「{{level1}}」，请调整到「{{parent}}」下。',
    'goal/hierarchy:unknownLevel1': '一级指标「{{value}}」不是规定的指标类别，请按产出指标、效益指标、满意度指标填写。',
    'goal/hierarchy:unknownLevel2': '二级指标「{{value}}」不是规定的指标类别，请按规定的二级指标填写，具体内容写入三级指标。',
    'goal/hierarchy:level2AsLevel1': '「{{value}}」是二级指标，请填入二级指标列，一级指标为「{{parent}}」。',
    'goal/hierarchy:level1AsLevel2': '「{{value}}」是一级指标，不能作为二级指标，请调整。',
    'goal/duplicate-indicator': '三级指标「{{name}}」与第{{firstRow}}行重复，请删除或区分考核内容。',
    'goal/funds-mismatch': '年度资金总额 {{total}}{{unit}} 与财政拨款、其他资金之和 {{sum}}{{unit}} 不符（相差 {{diff}}{{unit}}），请核对资金来源。',
    'goal/funds-mismatch:unreadable': '{{label}}「{{value}}」无法识别为金额，请填写数字金额。',
    'goal/irrelevant': '三级指标「{{name}}」属于{{sector}}领域，与本项目关联不大，请删除或改为体现本项目资金和内容的指标。',
    'goal/irrelevant:preConstruction': '「{{name}}」是项目建成后的效果，前期工作项目请改为其自身成果（如「完成可行性研究报告并通过评审」）及完成时限。',
    'goal/irrelevant:preConstructionGoal': '前期工作项目的总体目标写了建成后的效果（{{word}}），请改为前期工作自身的成果和时限。',
  },
  fallback: '{{message}}：{{hint}}。',
  noProblems: '经审核，绩效目标指向明确、细化量化，未发现需要修改的问题。',
  conclusions: {
    excellent: '审核结论：{{conclusion}}（{{score}}分）。绩效目标指向明确、细化量化、合理可行、相应匹配，可进入项目预算安排流程。',
    excellentWithItems: '审核结论：{{conclusion}}（{{score}}分）。绩效目标总体符合要求，可进入项目预算安排流程，上述意见请一并完善。',
    good: '审核结论：{{conclusion}}（{{score}}分）。请预算单位与财政部门协商，按上述意见修改完善绩效目标后进入项目预算安排流程。',
    pass: '审核结论：{{conclusion}}（{{score}}分）。退回预算单位，请按上述意见修改完善绩效目标后重新报送审核。',
    poor: '审核结论：{{conclusion}}（{{score}}分）。绩效目标不符合要求，该项目不进入预算安排流程。',
  },
  conclusionNames: { excellent: '优', good: '良', pass: '中', poor: '差' },
  categories: { completeness: '全面性', relevance: '相关性', measurability: '可衡量性', funds: '资金', form: '形式' },
  problems: {
    'goal/missing-satisfaction': '缺少满意度指标',
    'goal/missing-benefit': '缺少效益指标',
    'goal/missing-output-dimension': '产出指标不全',
    'goal/work-as-goal': '把工作当目标',
    'goal/unquantified': '无法衡量',
    'goal/placeholder': '模板文字或空白',
    'goal/value-format': '指标值格式',
    'goal/value-out-of-range': '数值不合理',
    'goal/hierarchy': '指标层级错误',
    'goal/duplicate-indicator': '重复指标',
    'goal/funds-mismatch': '资金不平衡',
    'goal/overall-goal-incomplete': '总体目标不完整',
    'goal/irrelevant': '目标与项目无关',
  },
  unnamedProject: '（未填写项目名称）',
};

const EN: ReviewTexts = {
  opinions: {
    'goal/missing-satisfaction': 'No satisfaction indicator: add one under 满意度指标 → 服务对象满意度指标 (e.g. "beneficiary satisfaction ≥90%").',
    'goal/missing-benefit': 'No benefit indicator: add the economic, social, ecological or lasting effects the project brings (e.g. "people served ≥3500").',
    'goal/missing-output-dimension': 'The output indicators lack the {{dimensionEn}} dimension: add one.',
    'goal/overall-goal-incomplete': 'The overall goal lacks {{missingEn}}: state the purpose, what is done (with quantities) and the effect (with figures).',
    'goal/work-as-goal': 'The value "{{value}}" of "{{indicator}}" restates the work: give a checkable result (quantity, completion rate or deadline).',
    'goal/work-as-goal:goal': 'The overall goal "{{value}}" only restates the work: state the purpose, output quantities and expected effect.',
    'goal/work-as-goal:countedOnce': 'The indicator "{{name}}" is the work itself, counted once ("{{value}}"): measure how well it is done (an on-time rate, a deadline, people served).',
    'goal/unquantified': 'The value "{{value}}" of "{{indicator}}" cannot be measured: quantify it (e.g. ≥95%, +5 points on last year) or tie it to a named standard.',
    'goal/unquantified:noNumber': 'The value "{{value}}" of "{{indicator}}" has no number, deadline or standard: quantify it.',
    'goal/unquantified:goal': 'The overall goal has only words like "{{word}}": state measurable output quantities and effect figures.',
    'goal/unquantified:percentOfNothing': '"{{name}}" at {{value}} is a percentage of nothing countable: use a countable rate (e.g. hazards fixed ≥95%) or a quantity or deadline.',
    'goal/placeholder': 'The value "{{value}}" of "{{indicator}}" is template text left in place: enter the real target.',
    'goal/placeholder:blankValue': '"{{name}}" has no target value: fill it in.',
    'goal/placeholder:blankName': 'Row {{row}} (value "{{value}}") has no indicator name: fill it in.',
    'goal/placeholder:nameTemplate': 'The indicator "{{name}}" contains template text ({{word}}): state the type, quantity or model.',
    'goal/placeholder:errorValue': 'The value cell of "{{indicator}}" holds the error {{value}}: enter the real target.',
    'goal/placeholder:blankGoal': 'The overall annual goal is empty: fill it in.',
    'goal/placeholder:goalTemplate': 'The overall goal contains template text ({{word}}): enter the real content.',
    'goal/placeholder:blankProject': 'The project name is empty: enter the name as registered.',
    'goal/placeholder:projectTemplate': 'The project name "{{value}}" is template text: enter the name as registered.',
    'goal/value-format': 'The value "{{value}}" of "{{indicator}}" is a bare number: add a comparator and a unit.',
    'goal/value-format:missingUnit': 'The value {{value}} of "{{indicator}}" has no unit: fill in the unit column.',
    'goal/value-format:unitConflict': 'The value "{{value}}" of "{{indicator}}" contradicts the unit "{{unit}}": reconcile them.',
    'goal/value-format:comparatorConflict': 'The value "{{value}}" of "{{indicator}}" contradicts the comparator "{{comparator}}": reconcile them.',
    'goal/value-format:qualitativeNumber': '"{{indicator}}" is marked qualitative but its value is the number {{value}}: check the indicator type.',
    'goal/value-format:costUnit': 'The cost indicator "{{name}}" has the non-money unit "{{unit}}": state it as money (≤320 元/person, ≤20 万元).',
    'goal/value-format:amountAsName': 'The indicator is an amount ("{{name}}", value "{{value}}"): name what the cost is for and cap it; the budget is not an indicator.',
    'goal/value-out-of-range': 'The value {{value}} of "{{name}}" is above 100%: check it.',
    'goal/value-out-of-range:negative': 'The value {{value}} of "{{name}}" is negative: check it.',
    'goal/value-out-of-range:deadlineYear': 'The deadline {{value}} of "{{indicator}}" is outside the budget year {{year}}: move it, or put it in the mid-term goal.',
    'goal/value-out-of-range:costAboveFunds': 'The cost target {{value}} of "{{name}}" exceeds the project’s funds of {{total}} 万元: check the estimate.',
    'goal/hierarchy': '"{{level2}}" does not belong under "{{level1}}": move it under "{{parent}}".',
    'goal/hierarchy:unknownLevel1': '"{{value}}" is not a first-level category: use 产出指标, 效益指标 or 满意度指标.',
    'goal/hierarchy:unknownLevel2': '"{{value}}" is not a second-level category: use a listed one and put the content in the third level.',
    'goal/hierarchy:level2AsLevel1': '"{{value}}" is a second-level category: move it to that column, under "{{parent}}".',
    'goal/hierarchy:level1AsLevel2': '"{{value}}" is a first-level category and cannot be a second-level one: fix the level.',
    'goal/duplicate-indicator': 'The indicator "{{name}}" repeats row {{firstRow}}: remove it or tell the two apart.',
    'goal/funds-mismatch': 'The annual total {{total}}{{unit}} differs from fiscal plus other funds {{sum}}{{unit}} (by {{diff}}{{unit}}): check the sources.',
    'goal/funds-mismatch:unreadable': 'The amount "{{value}}" ({{label}}) is not a number: enter a number.',
    'goal/irrelevant': '"{{name}}" belongs to {{sector}}, unrelated to this project: remove it or use an indicator of this project’s money and work.',
    'goal/irrelevant:preConstruction': '"{{name}}" is an effect of the finished facility: a pre-construction project should state its own results (e.g. feasibility study approved) and deadlines.',
    'goal/irrelevant:preConstructionGoal': 'The goal of this pre-construction project claims an effect of the finished facility ({{word}}): state the preparatory work’s own results and deadlines.',
  },
  fallback: '{{message}}: {{hint}}.',
  noProblems: 'The goals are specific and quantified; nothing needs to change.',
  conclusions: {
    excellent: 'Conclusion: {{conclusion}} ({{score}}). The goals are specific, quantified, feasible and matched to the funds; the project goes on to budget arrangement.',
    excellentWithItems: 'Conclusion: {{conclusion}} ({{score}}). The goals meet the requirements; the project goes on to budget arrangement, with the points above to be improved.',
    good: 'Conclusion: {{conclusion}} ({{score}}). The unit corrects the goals as above in consultation with the finance bureau; the project then goes on to budget arrangement.',
    pass: 'Conclusion: {{conclusion}} ({{score}}). Returned to the unit: revise the goals as above and resubmit them for review.',
    poor: 'Conclusion: {{conclusion}} ({{score}}). The goals do not meet the requirements; the project does not enter budget arrangement.',
  },
  conclusionNames: { excellent: 'Excellent', good: 'Good', pass: 'Fair', poor: 'Poor' },
  categories: { completeness: 'Completeness', relevance: 'Relevance', measurability: 'Measurability', funds: 'Funds', form: 'Form' },
  problems: {
    'goal/missing-satisfaction': 'No satisfaction indicator',
    'goal/missing-benefit': 'No benefit indicator',
    'goal/missing-output-dimension': 'Output dimension missing',
    'goal/work-as-goal': 'Work stated as the goal',
    'goal/unquantified': 'Not measurable',
    'goal/placeholder': 'Template text or blank',
    'goal/value-format': 'Value format',
    'goal/value-out-of-range': 'Impossible value',
    'goal/hierarchy': 'Wrong indicator level',
    'goal/duplicate-indicator': 'Duplicate indicator',
    'goal/funds-mismatch': 'Funds do not add up',
    'goal/overall-goal-incomplete': 'Overall goal incomplete',
    'goal/irrelevant': 'Unrelated to the project',
  },
  unnamedProject: '(project name not filled in)',
};

export const DEFAULT_REVIEW_TEXTS: Readonly<Record<Locale, ReviewTexts>> = { zh: ZH, en: EN };

/** Keys an opinion template may have: those with a built-in text (the policy validator accepts exactly these, plus rule ids). */
export const OPINION_KEYS: readonly string[] = Object.keys(ZH.opinions);
