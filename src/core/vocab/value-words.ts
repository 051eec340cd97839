/** Word lists for judging target values and goal texts (domain.md §4). Data, not code. */

export const VAGUE_WORDS: readonly string[] = ['明显提升', '有所增强', '有所提高', '有所提升', '效果明显', '逐步提高', '及时', '较高', '较好', '显著', '进一步'];

export const WORK_AS_GOAL: readonly string[] = ['按计划完成', '完成补助', '顺利完成', '按时完成', '按要求完成', '完成任务'];

export const PLACEHOLDERS: readonly string[] = ['XX', '××', '**', '＊＊', '待定', '请填写', '请输入', '填写'];

export const STANDARD_MARKERS: readonly string[] = ['《', '标准', '规范', '合格', '达标', '等级', '验收'];
