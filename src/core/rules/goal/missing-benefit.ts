import type { GoalRule } from '../types';
import { hasLevelLabels, isBenefitRow, projectLabel } from './levels';

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
    // Without level labels there is no telling an effect from an output: stay silent rather than guess.
    if (!hasLevelLabels(goalSet)) return;
    if (!goalSet.indicators.some(isBenefitRow)) context.report({ cell: goalSet.anchor, data: { project: projectLabel(goalSet) } });
  },
};
