import type { GoalRule } from '../types';

/** goal/missing-benefit: outputs only, no effect (the deck's bridge story: an output achieved is not the goal). */
export const missingBenefit: GoalRule = {
  meta: {
    id: 'goal/missing-benefit',
    defaultSeverity: 'error',
    description: 'Reports a project whose goals have no benefit (效益) indicator: economic, social, ecological or sustained impact.',
    messages: {
      default: {
        message: { zh: '项目「{{project}}」缺少效益指标：只写了做什么，没有写带来什么效果', en: 'Project "{{project}}" has no benefit indicator' },
        hint: {
          zh: '在“效益指标”下增加经济效益、社会效益、生态效益或可持续影响指标，如「受益人数 ≥3500人」「设备正常使用率 ≥95%」',
          en: 'Add economic, social, ecological or sustained-impact indicators under 效益指标',
        },
      },
    },
  },
  check(context) {
    const { goalSet } = context;
    if (goalSet.indicators.length === 0) return;
    const has = goalSet.indicators.some((r) => r.level1Canonical === '效益指标' || r.level2Def?.parents.includes('效益指标'));
    if (!has) context.report({ cell: goalSet.anchor, data: { project: goalSet.projectName?.value || '（未命名）' } });
  },
};
