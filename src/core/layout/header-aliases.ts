import { headerStem } from '../text/normalize';

/**
 * Column headers and header-block labels of goal forms, as data. Matching is on headerStem():
 * no spaces, NFKC, bracketed units dropped, a leading 其中 ignored.
 */
export const GOAL_COLUMN_ALIASES = {
  level1: ['一级指标', '一级指标名称'],
  level2: ['二级指标', '二级指标名称'],
  name: ['三级指标', '三级指标名称', '指标名称', '具体指标', '绩效指标内容'],
  value: ['年度指标值', '指标值', '目标值', '年度目标值', '指标目标值', '预期指标值', '绩效指标值', '全年指标值', '本年指标值', '预期目标值', '年度预期指标值'],
  midTermValue: ['中期指标值', '中期目标值', '预期中期指标值'],
  comparator: ['指标性质', '指标方向', '比较符', '运算符', '符号', '指标值性质', '指标属性'],
  unit: ['度量单位', '计量单位', '单位', '指标值单位'],
  projectName: ['项目名称'],
  department: ['主管部门', '主管单位', '预算部门', '部门名称', '单位名称'],
  implementer: ['实施单位', '项目实施单位', '执行单位', '预算单位'],
  fundsTotal: ['年度资金总额', '资金总额', '项目资金总额', '年度金额', '年度预算数', '项目总金额'],
  fundsFiscal: ['财政拨款', '财政资金', '本级财政资金', '财政拨款资金', '一般公共预算财政拨款'],
  fundsOther: ['其他资金', '其他资金来源', '自筹资金', '其他'],
  overallGoal: ['年度总体目标', '年度目标', '总体目标', '年度绩效目标', '中期目标', '长期目标', '项目总体目标', '实施期总体目标'],
} as const;

export type GoalColumnRole = keyof typeof GOAL_COLUMN_ALIASES;

/** Headers that mean the table tracks results, not goals (monitoring or self-evaluation). */
export const RESULT_HEADERS = ['实际完成值', '全年预计完成值', '预计完成值', '得分', '偏差原因', '偏差原因分析及改进措施', '完成目标可能性'];

/** Texts that end a table: signatures and notes under the form. */
export const FOOTER_PATTERN = /^(填表人|填报人|注[:：]|注\d|说明[:：]|备注[:：]|审核人|联系电话|联系人|单位负责人|财务负责人|填报日期|日期[:：])/;

/** A form title, which also starts a new form when several are stacked on one sheet. */
export const TITLE_PATTERN = /(绩效目标(申报|审核)?表|绩效目标表|目标申报表)$/;

const KEY_CACHE = new Map<string, string>();

/** labelKey(text): the key used for every alias comparison. Memoised: headers repeat, NFKC is not free. */
export function labelKey(text: string): string {
  let k = KEY_CACHE.get(text);
  if (k === undefined) {
    k = headerStem(text).replace(/^其中[:：,，、]?/, '').replace(/[:：]+$/, '');
    if (KEY_CACHE.size > 50_000) KEY_CACHE.clear(); // bound memory in a long-lived task pane
    KEY_CACHE.set(text, k);
  }
  return k;
}

const ROLE_BY_KEY = new Map<string, GoalColumnRole>();
for (const [role, aliases] of Object.entries(GOAL_COLUMN_ALIASES) as [GoalColumnRole, readonly string[]][]) {
  for (const a of aliases) if (!ROLE_BY_KEY.has(labelKey(a))) ROLE_BY_KEY.set(labelKey(a), role);
}

/** The role a header or label text names, if any. */
export function roleOf(text: string): GoalColumnRole | undefined {
  if (!text) return undefined;
  return ROLE_BY_KEY.get(labelKey(text));
}

const RESULT_KEYS = new Set(RESULT_HEADERS.map(labelKey));

export function isResultHeader(text: string): boolean {
  const k = labelKey(text);
  return RESULT_KEYS.has(k) || /^\d+-\d+月(实际)?完成值$/.test(k) || /^\d+-\d+月执行数$/.test(k);
}
