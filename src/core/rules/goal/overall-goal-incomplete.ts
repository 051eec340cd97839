import { placeholderIn } from '../../values/parse-target';
import { EFFECT, judgedGoals, vagueGoalWord, workGoalPhrase } from './goal-text';
import type { GoalRule } from '../types';

// The deck's shape: 为了达到什么目的 + 做什么事（绩）+ 做了有什么效果（效）.

/** 为了…, 为解决…, 旨在…; a clause opening with 为 (but not 为期 / 为主 / 为准 / 为止, which are not purposes). */
const PURPOSE = /为了|旨在|以便|以利于|目的|针对|围绕|通过|用于|(?:^|[,;。:])\s*为(?![期主准止])|[^成作认行因]为(?:解决|改善|提高|提升|保障|满足|加强|推进|促进|确保|落实|实现|进一步|推动|巩固|完善|保护|防止|减轻|缓解)/;

/** The purpose clause that opens a goal ("为改善群众就医条件，"): its words are the aim, not a stated effect. */
const PURPOSE_CLAUSE = /(?:^|[;。])\s*(?:为了|为(?![期主准止])|针对|围绕)[^,;。]*[,;]/g;

/** Years, dates and list numbers are not output figures: "2025年度…" states no quantity. */
const NOT_A_FIGURE = /\d{4}\s*年(?:度)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|(?:^|[\s;。,:])\(?\d{1,2}\s*[.、)](?!\d)/g;
/** Figures of an effect (产值80万元, 受益脱贫户10户, 增加收入80万元): they measure the effect, not the output. */
const EFFECT_FIGURE = /(?:产值|收入|增收|受益|惠及|带动|满意度|效益|利润|税收)[^,;。]{0,12}?\d+(?:\.\d+)?\s*(?:万元|亿元|元|%|户|人次|人)?/g;

const OUTPUT =
  /\d|[一二两三四五六七八九十百千万]+\s*(?:个|所|台|套|人|次|项|家|户|处|座|辆|份|场|批|名|公里|亩|吨|间|栋|条|平方米|座|本|册|期|班)|建设|建成|新建|改建|扩建|改造|维修|修缮|修建|购置|采购|开展|实施|完成|组织|举办|培训|发放|补助|补贴|安装|配备|建立|编制|整治|治理|新增|招聘|聘用|保障.{0,8}运转|打造|举办|承办|扶助|资助|救助|慰问|养护|维护|运维|开设|提供|送戏|送医|送教/;

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
    const { vocabulary } = context;
    for (const goal of judgedGoals(context.goalSet)) {
      const text = goal.value; // the grid's text: already NFKC (，→,), so the patterns see ASCII punctuation
      // Blank or a word or two ("见附件"): nothing to analyse.
      if (text.length < 8) continue;
      // Already reported whole by another rule: template text (goal/placeholder), the work itself (goal/work-as-goal).
      if (placeholderIn(text, vocabulary)) continue;
      if (workGoalPhrase(goal.value, vocabulary)) continue; // goal/work-as-goal says it
      if (vagueGoalWord(goal.value, vocabulary)) continue; // goal/unquantified says it: vague, no figure
      const hasEffect = EFFECT.test(text.replace(PURPOSE_CLAUSE, ' '));
      const missing: [string, string][] = [];
      // A stated effect also says what the work is for ("…，保障老年人基本生活"): most real goals put their
      // purpose that way, and asking for a 为了… clause on top would flag nearly every goal.
      if (!hasEffect && !PURPOSE.test(text)) missing.push(['目的（为了什么）', 'purpose']);
      if (!OUTPUT.test(text.replace(NOT_A_FIGURE, ' ').replace(EFFECT_FIGURE, ' '))) missing.push(['产出（做什么、做多少）', 'output']);
      if (!hasEffect) missing.push(['效果（带来什么改变）', 'effect']);
      if (missing.length) {
        context.report({ cell: goal.cell, data: { missing: missing.map((m) => m[0]).join('、'), missingEn: missing.map((m) => m[1]).join(', ') } });
      }
    }
  },
};
