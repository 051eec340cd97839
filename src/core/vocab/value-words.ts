/**
 * Word lists for judging target values and goal texts (domain.md §4, the deck's §2.4). Data, not code:
 * the policy can add and remove words (goal.vocabulary.*). Longer phrases first: the first match is the
 * one quoted in the message.
 */

/** Words that leave a value unmeasurable when no number or standard comes with them. */
export const VAGUE_WORDS: readonly string[] = [
  '明显提升', '明显提高', '明显改善', '明显增强', '明显减少', '明显下降', '效果明显', '成效明显', '效果显著', '成效显著', '效果良好',
  '显著提升', '显著提高', '显著改善', '有所增强', '有所提高', '有所提升', '有所改善', '有所缓解', '有所减少', '有所下降',
  '有效提升', '有效提高', '有效改善', '有效保障', '有效缓解', '有效遏制', '有效控制', '进一步提高', '进一步提升', '进一步改善', '进一步加强',
  '逐步提高', '逐步提升', '逐步改善', '不断提高', '不断提升', '持续提升', '持续改善', '稳步提升', '稳步提高', '大幅提升', '大幅提高',
  '得到提升', '得到提高', '得到改善', '得到加强', '得到保障', '较大提升', '较大提高',
  '及时', '较高', '较好', '较大', '较强', '较快', '显著', '明显', '进一步', '逐步', '大幅', '一定程度', '基本满足', '基本完成',
  // Comparatives with nothing to compare against: 管理更加规范, 日益完善, 有效.
  '更加', '日益', '日趋', '有效',
  '提升', '提高', '改善', '增强', '加强', '促进', '推动', '保障',
];

/** Phrases that restate the work itself instead of a result (the deck: 按计划完成, 完成补助). */
export const WORK_AS_GOAL: readonly string[] = [
  '按计划完成', '按期完成', '按时完成', '如期完成', '按要求完成', '按规定完成', '顺利完成', '保质保量完成', '完成补助', '完成任务',
  '完成工作', '完成项目', '完成建设', '完成采购', '按计划实施', '按计划推进', '按计划执行', '落实到位', '足额发放', '按时发放', '按规定发放',
];

/** Template text left in place (matched case-insensitively after NFKC). */
export const PLACEHOLDERS: readonly string[] = ['XX', '××', '**', '○○', '△△', '待定', '待填', '请填写', '请输入', '填写说明', '例:', '示例', '某某', 'TBD'];

/** Markers that tie a qualitative value to a named standard or a graded scale. */
export const STANDARD_MARKERS: readonly string[] = [
  '《', '标准', '规范', '规定', '规程', '合格', '达标', '等级', '验收', '优良', '国标', 'GB', '一级', '二级', '三级', '甲级', '乙级', 'A级',
  // The project's own design and contract documents are a named standard too (符合设计要求).
  '设计要求', '设计标准', '合同约定', '合同要求',
];
