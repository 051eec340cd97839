import { cellText } from '../../grid/grid';
import { isWorkCountedOnce, judgedGoals, workGoalPhrase } from './goal-text';
import type { GoalRule } from '../types';

/** goal/work-as-goal: a value or goal that only restates the work (按计划完成, 完成补助). */
export const workAsGoal: GoalRule = {
  meta: {
    id: 'goal/work-as-goal',
    defaultSeverity: 'error',
    description: 'Reports values and overall goals that restate the work itself (按计划完成, 完成补助, 顺利完成) instead of a measurable result.',
    messages: {
      default: {
        message: { zh: '指标值「{{value}}」把工作本身当作目标', en: 'The value "{{value}}" restates the work instead of a result' },
        hint: {
          zh: '写出完成后可检查的结果：数量（≥3所）、完成率（≥95%）或时限（2025年10月31日前），而不是“{{word}}”',
          en: 'State a checkable result: a quantity, a rate or a deadline, not "{{word}}"',
        },
      },
      countedOnce: {
        message: { zh: '三级指标「{{name}}」就是工作本身，指标值「{{value}}」只数了一次', en: 'The indicator "{{name}}" is the work itself, counted once ("{{value}}")' },
        hint: {
          zh: '写成能检查工作做得好不好的指标，如“按月足额发放率 100%”“每月10日前发放”“发放人数 ≥230人”',
          en: 'Measure how well the work is done: an on-time rate, a date, a number of people served',
        },
      },
      goal: {
        message: { zh: '年度总体目标「{{value}}」只是把工作本身当目标', en: 'The overall goal "{{value}}" only restates the work' },
        hint: {
          zh: '按“为了达到什么目的 + 做什么事（绩）+ 做了有什么效果（效）”重写，如：为解决…问题，在…建设…（数量），建成后…（效果，带数字）',
          en: 'Rewrite as purpose + output (with quantity) + effect (with a number)',
        },
      },
    },
  },
  check(context) {
    const { goalSet, vocabulary } = context;
    for (const goal of judgedGoals(goalSet)) {
      if (!goal.value) continue;
      const word = workGoalPhrase(goal.value, vocabulary);
      if (word) context.report({ cell: goal.cell, messageId: 'goal', data: { value: goal.value, word } });
    }
    for (const row of goalSet.indicators) {
      const parsed = context.parsedValue(row);
      if (parsed.kind === 'unmeasurable' && parsed.reason === 'work-as-goal') {
        context.report({ cell: row.value.cell, data: { value: cellText(row.value.value), word: parsed.fragment } });
      } else if (parsed.kind === 'unmeasurable' && (parsed.reason === 'no-number' || parsed.reason === 'vague') && typeof row.value.value === 'string' && row.value.value.length >= 8) {
        // A sentence that opens with the work and names no effect ("按时完成教学任务,顺利完成中考"); short
        // phrases are the word list's, which the policy can edit.
        const phrase = workGoalPhrase(row.value.value, context.vocabulary);
        if (phrase) context.report({ cell: row.value.cell, data: { value: cellText(row.value.value), word: phrase } });
      } else if (parsed.kind === 'quantity' && !parsed.isPercent && isWorkCountedOnce(row.name.value, parsed.number)) {
        context.report({ cell: row.name.cell, messageId: 'countedOnce', data: { name: row.name.value, value: cellText(row.value.value) } });
      }
    }
  },
};
