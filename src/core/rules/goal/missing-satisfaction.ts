import type { GoalRule } from '../types';
import { isSatisfactionRow, projectLabel } from './levels';

/** goal/missing-satisfaction: no 满意度 indicator for the people the project serves (the deck's 4th problem). */
export const missingSatisfaction: GoalRule = {
  meta: {
    id: 'goal/missing-satisfaction',
    defaultSeverity: 'error',
    description: 'Reports a project whose goals have no satisfaction indicator (社会公众或服务对象满意度).',
    messages: {
      default: {
        message: { zh: '项目「{{project}}」缺少满意度指标（社会公众或服务对象满意度）', en: 'Project "{{project}}" has no satisfaction indicator' },
        hint: {
          zh: '在“满意度指标 → 服务对象满意度指标”下增加一项，如「受益群众满意度 ≥90%」，并说明面向谁调查',
          en: 'Add one under 满意度指标 → 服务对象满意度指标, e.g. "beneficiary satisfaction ≥90%"',
        },
      },
    },
  },
  check(context) {
    const { goalSet } = context;
    if (goalSet.indicators.length === 0) return;
    // Lenient on sloppy forms: any indicator named …满意度 counts, whatever level it was filed under.
    if (!goalSet.indicators.some(isSatisfactionRow)) context.report({ cell: goalSet.anchor, data: { project: projectLabel(goalSet) } });
  },
};
