import type { ConceptTable } from '../concepts';

/**
 * The money block of single-project forms (self-evaluation 项目资金 / 资金情况 / 预算执行情况, monitoring
 * 项目资金（万元）): its column headers and its row labels. Stems are compared with the month taken off
 * (1-6月执行数 → 执行数) by the callers that need it.
 */
export type MoneyColumnRole = 'initial' | 'budget' | 'executed' | 'projectedSpending' | 'weight' | 'rate' | 'score' | 'reason';

export const MONEY_COLUMNS: ConceptTable<MoneyColumnRole> = [
  // A forecast of spending (全年预计执行数): not spending to date.
  ['projectedSpending', /预计/],
  ['rate', /^(预算|资金|累计)?执行率$|^执行进度$/],
  // 全年预算数 / 调整后预算数 are the base of the rate; 年初预算数 only where nothing else is given.
  ['budget', /^(全年|调整后|本年|当年)(预算|预算数|预算金额|预算总额)$/],
  ['budget', /^(年度)?(预算|预算数|预算金额|预算总额|批复预算数?)$/],
  ['initial', /^年初(预算|预算数|预算金额|批复数|安排数?)$/],
  ['executed', /^(全年|年度|本年|当年|实际|累计|预算)?(执行数|执行金额|执行额|支出数|实际支出数?|支出金额)$|^已(执行|支出)数$/],
  ['weight', /^(分值|权重|分数)$/],
  ['score', /^得分$/],
  ['reason', /原因|说明$/],
];

export type MoneyRowKind = 'total' | 'fiscal' | 'carryover' | 'other';

export const MONEY_ROWS: ConceptTable<MoneyRowKind> = [
  ['carryover', /结转|结余/],
  ['other', /^(其他|其它|自筹|单位|社会|县级|市级|乡镇|自有)(资金|资金来源)?$|^财政专户(管理)?资金$/],
  ['fiscal', /财政|拨款|补助|一般公共预算|政府性基金|专项资金$/],
  ['total', /^(年度|本年|当年)?(项目)?(资金)?(总额|合计|总计|总量|总数)$|^(年度)?资金总额$/],
];
