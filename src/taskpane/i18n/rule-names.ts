import type { Locale } from '../../core/findings';

/**
 * Short names for rule ids, for group headers, the filter and the chart. Ids added later fall back to
 * the id itself, so a new rule shows up (less prettily) without touching the pane.
 */
const NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  'goal/missing-satisfaction': { zh: '缺少满意度指标', en: 'No satisfaction indicator' },
  'goal/missing-benefit': { zh: '缺少效益指标', en: 'No benefit indicator' },
  'goal/missing-output-dimension': { zh: '产出指标不全', en: 'Output dimension missing' },
  'goal/work-as-goal': { zh: '把工作当目标', en: 'Work stated as the goal' },
  'goal/unquantified': { zh: '无法衡量', en: 'Not measurable' },
  'goal/placeholder': { zh: '模板文字或空白', en: 'Template text or blank' },
  'goal/value-format': { zh: '指标值格式', en: 'Value format' },
  'goal/value-out-of-range': { zh: '数值不合理', en: 'Impossible value' },
  'goal/hierarchy': { zh: '指标层级错误', en: 'Wrong indicator level' },
  'goal/duplicate-indicator': { zh: '重复指标', en: 'Duplicate indicator' },
  'goal/funds-mismatch': { zh: '资金不平衡', en: 'Funds do not add up' },
  'goal/overall-goal-incomplete': { zh: '总体目标不完整', en: 'Overall goal incomplete' },
  'goal/irrelevant': { zh: '目标与项目无关', en: 'Unrelated to the project' },
  'eval/invalid-score': { zh: '评价得分无效', en: 'Invalid score' },
  'eval/grade-mismatch': { zh: '等级与得分不符', en: 'Grade contradicts score' },
  'eval/target-too-low': { zh: '目标可能定得过低', en: 'Target possibly too low' },
  'eval/vague-target': { zh: '指标值无法衡量（已按定性计分）', en: 'Vague target (scored as qualitative)' },
  'eval/invalid-base': { zh: '上年预算数无效', en: 'Invalid base amount' },
  'eval/no-base-column': { zh: '缺少上年预算数列', en: 'No base-amount column' },
  'eval/unscorable': { zh: '无法计分', en: 'Cannot be scored' },
  'eval/weights-total': { zh: '分值合计不为100', en: 'Weights do not total 100' },
  'monitor/month-unknown': { zh: '监控月份不明', en: 'Monitoring month unknown' },
  'monitor/invalid-amount': { zh: '金额无效', en: 'Invalid amount' },
  'monitor/execution-over-budget': { zh: '执行数超预算', en: 'Execution over budget' },
  'monitor/projection-not-number': { zh: '预计完成值不是数字', en: 'Projection not a number' },
  'monitor/missing-deviation-reason': { zh: '缺少偏差原因', en: 'Deviation reason missing' },
  'layout/goal-table-unrecognised': { zh: '目标表未读懂', en: 'Goal table not understood' },
};

export function ruleName(ruleId: string, locale: Locale): string {
  return NAMES[ruleId]?.[locale] ?? ruleId;
}
