import type { ConceptTable } from '../concepts';

/**
 * Headers of monitoring tables (绩效运行监控表, domain.md §7), matched with the month taken off
 * (1-8月执行数 → 执行数, 截至8月底执行数 → 执行数, 半年度指标执行情况 → 指标执行情况), so one pattern serves
 * every month and spelling of the range. Within a role, the earlier pattern is preferred (全年预算数 over
 * 年初预算数 as the base of the rate).
 */
export type MonitorRole =
  | 'seq'
  | 'name'
  | 'level1'
  | 'level2'
  | 'indicator'
  | 'budget'
  | 'executed'
  | 'rate'
  | 'timeProgress'
  | 'gap'
  | 'warning'
  | 'target'
  | 'actual'
  | 'projection'
  | 'likelihood'
  | 'deviation'
  /** A forecast of spending (全年预计执行数): read by no rule, but never taken for spending to date. */
  | 'projectedSpending';

export const MONITOR_COLUMNS: ConceptTable<MonitorRole> = [
  ['projectedSpending', /预计.*(执行|支出)(数|金额|额)$/],
  ['projection', /预计/],
  ['likelihood', /可能性$|^能否完成(目标)?$/],
  ['deviation', /偏差原因|原因分析|未完成原因|偏差说明|纠偏措施$/],
  ['warning', /预警/],
  ['timeProgress', /^(时间|序时)进度(率)?$/],
  ['gap', /^(执行|执行进度|进度|执行率)?偏差(率)?$/],
  ['rate', /^(预算|累计|资金)?执行率$/],
  ['budget', /^(全年|调整后|年度|本年|当年)(预算|预算数|预算金额|预算总额)$/],
  ['budget', /^(预算数|预算金额|批复预算数|预算)$/],
  ['budget', /^年初(预算|预算数|预算金额)$/],
  ['executed', /^(累计|预算|实际|已)?(执行数|执行金额|执行额|支出数|支出金额|支出)$|^实际支出数?$/],
  ['actual', /^(累计|实际)?(实际)?完成值$|^实际完成(情况)?$|^指标执行情况$|^(实际)?完成情况$/],
  ['target', /^(年度|全年|本年)?(指标值|目标值|预期指标值)$|^年度预期指标值$/],
  ['level1', /^一级(指标)?$/],
  ['level2', /^二级(指标)?$/],
  ['indicator', /^三级(指标)?(名称)?$|^(具体)?指标名称$|^具体指标$|^绩效指标内容$/],
  ['seq', /^(序号|编号)$/],
  ['name', /^项目(名称)?$|^项目\(单位\)名称$|^(二级)?项目名称$/],
];

/**
 * Every monitoring header contains one of these words; a cell without any (most data cells) is not looked up
 * at all. Keeps detection cheap on big sheets, where the monitoring handler runs first.
 */
export const MONITOR_KEYWORDS = ['序号', '编号', '项目', '指标', '预算', '执行', '支出', '进度', '偏差', '预警', '目标', '完成', '可能', '原因', '能否'];

/** Header spellings seen on real forms, one or more per role (documentation, and the keyword filter's test). */
export const MONITOR_HEADER_EXAMPLES: readonly string[] = [
  '序号', '项目名称', '项目', '一级指标', '二级指标', '三级指标', '指标名称', '全年预算数', '调整后预算数', '年度预算数', '预算数', '年初预算数',
  '执行数', '累计执行数', '预算执行数', '实际支出数', '支出数', '执行率', '预算执行率', '时间进度', '序时进度', '执行偏差', '进度偏差', '预警', '预警信息',
  '年度指标值', '指标值', '目标值', '实际完成值', '完成值', '累计完成值', '指标执行情况', '全年预计完成值', '预计完成值', '预计全年完成情况',
  '完成目标可能性', '能否完成目标', '偏差原因', '偏差原因分析', '偏差原因及纠偏措施', '未完成原因', '全年预计执行数',
];
