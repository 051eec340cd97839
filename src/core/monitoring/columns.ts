import { conceptMatcher, type ConceptMatcher } from '../table/concepts';
import { MONITOR_COLUMNS, MONITOR_HEADER_EXAMPLES, MONITOR_KEYWORDS, type MonitorRole } from '../table/concepts/monitoring';
import { labelKey } from '../table/header-text';
import { withoutMonth } from './month';
import type { MonitoringPolicy } from './policy';

export type { MonitorRole } from '../table/concepts/monitoring';

/**
 * Column headers of monitoring tables (绩效运行监控表): the monitoring concepts (table/concepts/monitoring.ts)
 * matched on the header's stem with the month part taken off, plus the policy's own spellings.
 */

/** Output columns of the execution part, in the order they are added, with the headers written. */
export type OutputRole = 'rate' | 'timeProgress' | 'gap' | 'warning';
export const OUTPUT_HEADERS: Readonly<Record<OutputRole, string>> = {
  rate: '执行率',
  timeProgress: '时间进度',
  gap: '执行偏差',
  warning: '预警',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FILTER_CACHE = new WeakMap<MonitoringPolicy['columns'], RegExp>();

/** Whether a cell's text may be a header at all (a cheap test before the concepts are tried). */
export function mayBeHeader(text: string, policy: MonitoringPolicy): boolean {
  let re = FILTER_CACHE.get(policy.columns);
  if (!re) {
    const extras = Object.values(policy.columns as Record<string, readonly string[]>).flat().map((a) => escape(labelKey(a)));
    re = new RegExp([...MONITOR_KEYWORDS, ...extras].join('|'));
    FILTER_CACHE.set(policy.columns, re);
  }
  return re.test(text.includes(' ') ? text.replace(/ /g, '') : text);
}

/** Header spellings seen on real forms, for tests of the keyword filter. */
export function headerExamples(): readonly string[] {
  return MONITOR_HEADER_EXAMPLES;
}

/** The stem as the concepts see it: the month range and a 半年度 prefix taken off. */
export function monthlessStem(stem: string): string {
  return withoutMonth(stem).replace(/^半年度?/, '');
}

const MATCHERS = new WeakMap<MonitoringPolicy['columns'], ConceptMatcher<MonitorRole>>();

/** The concept matcher for a policy: the built-in patterns and the policy's extra spellings, behind the keyword filter. */
export function monitorMatcher(policy: MonitoringPolicy): ConceptMatcher<MonitorRole> {
  let m = MATCHERS.get(policy.columns);
  if (!m) {
    // The keyword filter inside the matcher's memo: a sheet's texts are tested once each, not on every probe.
    m = conceptMatcher(MONITOR_COLUMNS, {
      maxLength: 40,
      prepare: monthlessStem,
      extra: policy.columns as Partial<Record<MonitorRole, readonly string[]>>,
      accepts: (text) => mayBeHeader(text, policy),
    });
    MATCHERS.set(policy.columns, m);
  }
  return m;
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
