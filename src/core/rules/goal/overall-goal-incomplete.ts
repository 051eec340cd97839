import type { GoalRule } from '../types';

// The deck's shape: 为了达到什么目的 + 做什么事（绩）+ 做了有什么效果（效）.
const PURPOSE = /为了|为解决|为改善|为提高|为提升|为保障|为满足|为加强|为推进|为促进|为确保|为落实|为实现|为进一步|旨在|以便|用于|^为|，为|,为|围绕|针对|通过/;
const OUTPUT = /\d|[一二两三四五六七八九十百千万]+\s*(?:个|所|台|套|人|次|项|家|户|处|座|辆|份|场|批|名|公里|亩|吨|间|栋|条|平方米)|建设|建成|新建|改造|维修|购置|采购|开展|实施|完成|组织|举办|培训|发放|补助|修建|安装|配备|建立|编制|整治|治理/;
const EFFECT = /建成后|使|提高|提升|达到|实现|保障|满足|改善|减少|降低|增加|缓解|促进|确保|增强|覆盖|普及|受益|惠及|率达|率不低于|不低于|≥|以上|满意/;

/** goal/overall-goal-incomplete: the overall goal should state purpose, output and effect. */
export const overallGoalIncomplete: GoalRule = {
  meta: {
    id: 'goal/overall-goal-incomplete',
    defaultSeverity: 'warning',
    description: 'Reports an overall goal that lacks its purpose, its output (what is done, how much) or its effect (what changes as a result).',
    messages: {
      default: {
        message: { zh: '年度总体目标缺少{{missing}}', en: 'The overall goal lacks {{missingEn}}' },
        hint: {
          zh: '按“为了达到什么目的 + 做什么事（绩）+ 做了有什么效果（效）”写，如：为解决…问题，在…建设/购置…（数量），建成后…（效果，带数字）',
          en: 'Write it as purpose + output (with quantity) + effect (with a figure)',
        },
      },
    },
  },
  check(context) {
    for (const goal of context.goalSet.overallGoals) {
      const text = goal.value;
      // Blank goals are goal/placeholder's; a bare work phrase is goal/work-as-goal's.
      if (!text || text.length < 8) continue;
      const missing: [string, string][] = [];
      if (!PURPOSE.test(text)) missing.push(['目的（为了什么）', 'purpose']);
      if (!OUTPUT.test(text)) missing.push(['产出（做什么、做多少）', 'output']);
      if (!EFFECT.test(text)) missing.push(['效果（带来什么改变）', 'effect']);
      if (missing.length) {
        context.report({ cell: goal.cell, data: { missing: missing.map((m) => m[0]).join('、'), missingEn: missing.map((m) => m[1]).join(', ') } });
      }
    }
  },
};
