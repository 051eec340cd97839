import { labelKey } from '../layout/header-aliases';
import { monthIn, withoutMonth } from './month';
import type { MonitoringPolicy } from './policy';

/**
 * Column headers of monitoring tables (绩效运行监控表), as data. Matching is on labelKey() with the month
 * part taken off ("1-8月执行数" → 执行数), so one alias serves every month and spelling of the range.
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
  | 'deviation';

/** Output columns of the execution part, in the order they are added, with the headers written. */
export type OutputRole = 'rate' | 'timeProgress' | 'gap' | 'warning';
export const OUTPUT_HEADERS: Readonly<Record<OutputRole, string>> = {
  rate: '执行率',
  timeProgress: '时间进度',
  gap: '执行偏差',
  warning: '预警',
};

/** Built-in spellings; within a role, earlier is preferred (全年预算数 over 年初预算数 for the rate's base). */
const BUILT_IN: Readonly<Record<MonitorRole, readonly string[]>> = {
  seq: ['序号', '编号'],
  name: ['项目名称', '项目', '项目(单位)名称'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  indicator: ['三级指标', '三级指标名称', '指标名称', '具体指标', '绩效指标内容'],
  budget: ['全年预算数', '调整后预算数', '年度预算数', '全年预算', '调整后预算', '年度预算', '全年预算金额', '年度预算金额', '预算数', '预算金额', '批复预算数', '年初预算数', '年初预算'],
  executed: ['执行数', '累计执行数', '预算执行数', '实际执行数', '执行金额', '执行额', '已执行数', '支出数', '实际支出数', '实际支出', '累计支出数', '已支出数', '支出金额'],
  rate: ['执行率', '预算执行率', '累计执行率', '资金执行率'],
  timeProgress: ['时间进度', '序时进度', '时间进度率', '序时进度率'],
  gap: ['执行偏差', '进度偏差', '执行进度偏差', '执行率偏差', '偏差率'],
  warning: ['预警', '预警信息', '预警情况', '预警提示', '预警等级', '监控预警', '预警结果', '预警级别'],
  target: ['年度指标值', '全年指标值', '年度目标值', '指标值', '目标值', '预期指标值', '年度预期指标值'],
  actual: ['实际完成值', '完成值', '实际完成', '累计完成值', '实际完成情况', '累计实际完成值'],
  projection: ['全年预计完成值', '预计完成值', '预计全年完成值', '全年预计完成情况', '预计完成情况', '年底预计完成值', '预计全年完成情况'],
  likelihood: ['完成目标可能性', '完成可能性', '目标完成可能性', '完成目标的可能性', '能否完成目标'],
  deviation: [
    '偏差原因',
    '偏差原因分析',
    '偏差原因及改进措施',
    '偏差原因分析及改进措施',
    '偏差原因及纠偏措施',
    '偏差原因分析及纠偏措施',
    '原因分析',
    '未完成原因',
    '未完成原因分析',
    '偏差原因说明',
  ],
};

/**
 * Every built-in header contains one of these words; a cell without any (most data cells) is not looked
 * up at all. Keeps detection cheap on big sheets, where the monitoring handler runs first.
 */
const KEYWORDS = ['序号', '编号', '项目', '指标', '预算', '执行', '支出', '进度', '偏差', '预警', '目标', '完成', '可能', '原因', '能否'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FILTER_CACHE = new WeakMap<MonitoringPolicy['columns'], RegExp>();

/** Whether a cell's text may be a header at all (a cheap test before the alias lookup). */
export function mayBeHeader(text: string, policy: MonitoringPolicy): boolean {
  let re = FILTER_CACHE.get(policy.columns);
  if (!re) {
    const extras = Object.values(policy.columns as Record<string, readonly string[]>).flat().map((a) => escape(labelKey(a)));
    re = new RegExp([...KEYWORDS, ...extras].join('|'));
    FILTER_CACHE.set(policy.columns, re);
  }
  return re.test(text.includes(' ') ? text.replace(/ /g, '') : text);
}

/** The built-in aliases, for tests of the keyword filter. */
export function builtInAliases(): readonly string[] {
  return Object.values(BUILT_IN).flat();
}

export interface RoleHit {
  readonly role: MonitorRole;
  /** Position in the role's alias list (lower is preferred). */
  readonly rank: number;
}

export type AliasIndex = ReadonlyMap<string, RoleHit>;

const INDEX_CACHE = new WeakMap<MonitoringPolicy['columns'], AliasIndex>();

export function aliasIndex(policy: MonitoringPolicy): AliasIndex {
  let index = INDEX_CACHE.get(policy.columns);
  if (!index) {
    const m = new Map<string, RoleHit>();
    for (const [role, aliases] of Object.entries(BUILT_IN) as [MonitorRole, readonly string[]][]) {
      const extra = (policy.columns as Partial<Record<MonitorRole, readonly string[]>>)[role] ?? [];
      [...aliases, ...extra].forEach((a, rank) => {
        const k = labelKey(a);
        if (!m.has(k)) m.set(k, { role, rank });
      });
    }
    index = m;
    INDEX_CACHE.set(policy.columns, index);
  }
  return index;
}

/** What one header text says: its role (if any) and the month it states (1-8月执行数 → 8). */
export interface HeaderReading {
  readonly text: string;
  readonly hit: RoleHit | null;
  readonly month: number | null;
}

export function readHeader(text: string, index: AliasIndex): HeaderReading {
  const key = labelKey(text);
  const month = /月|季度|半年/.test(text) ? monthIn(text) : null;
  let hit = index.get(key) ?? null;
  if (!hit && month !== null) hit = index.get(withoutMonth(key)) ?? null;
  // "全年预计执行数" is a forecast of spending, not spending to date.
  if (hit?.role === 'executed' && /预计/.test(key)) hit = null;
  return { text, hit, month };
}

/** The three answers of 完成目标可能性, as sub-columns of a merged header or as words in one column. */
export type LikelihoodKey = 'certain' | 'possible' | 'impossible';

const canon = (s: string) => labelKey(s).replace(/[“”"'‘’「」]/g, '');

/** The answer a text gives, or null. Exact words first; then 完全不可能 before 有可能 before 确定能 inside longer text. */
export function likelihoodOf(text: string, policy: MonitoringPolicy): LikelihoodKey | null {
  const t = canon(text);
  if (!t) return null;
  const order: LikelihoodKey[] = ['impossible', 'possible', 'certain'];
  for (const k of order) if (policy.likelihood[k].some((w) => canon(w) === t)) return k;
  for (const k of order) if (policy.likelihood[k].some((w) => canon(w).length >= 2 && t.includes(canon(w)))) return k;
  return null;
}
