import { cellText } from '../../grid/grid';
import { vagueGoalWord } from './goal-text';
import type { GoalRule } from '../types';

/** goal/unquantified: a value (or a whole goal) that cannot be measured. */
export const unquantified: GoalRule = {
  meta: {
    id: 'goal/unquantified',
    defaultSeverity: 'error',
    description: 'Reports target values that cannot be measured (明显提升, 有所增强, 及时, 较高, text with no number and no named standard), and overall goals made only of such words.',
    messages: {
      default: {
        message: { zh: '指标值「{{value}}」无法衡量：「{{word}}」没有可检查的标准', en: 'The value "{{value}}" cannot be measured: "{{word}}" has no checkable standard' },
        hint: {
          zh: '改为量化的目标，如 ≥95%、≥3000人次、较上年提高5个百分点；定性指标应对应明确的标准或等级，如 符合《…》标准、达到国家二级标准',
          en: 'Use a quantified target (≥95%, ≥3000 visits, +5 points on last year), or tie a qualitative value to a named standard or grade',
        },
      },
      noNumber: {
        message: { zh: '指标值「{{value}}」没有数字、时限或标准，无法衡量', en: 'The value "{{value}}" has no number, deadline or standard' },
        hint: {
          zh: '写明数量、比率或时限（如 ≥95%、=1台、2025年12月31日前），或对应明确的标准（如 符合《…》标准）',
          en: 'State a quantity, rate or deadline, or a named standard',
        },
      },
      goal: {
        message: { zh: '年度总体目标只有「{{word}}」一类的描述，没有任何可衡量的数字', en: 'The overall goal has only words like "{{word}}" and no measurable figure' },
        hint: { zh: '在总体目标中写出产出数量和效果数字，如：建成后可增加学位600个、普及率达到95%', en: 'Put output quantities and effect figures in the goal' },
      },
    },
  },
  check(context) {
    const { goalSet, vocabulary } = context;
    for (const goal of goalSet.overallGoals) {
      const word = vagueGoalWord(goal.value, vocabulary);
      if (word) context.report({ cell: goal.cell, messageId: 'goal', data: { word } });
    }
    for (const row of goalSet.indicators) {
      const parsed = context.parsedValue(row);
      if (parsed.kind !== 'unmeasurable') continue;
      const value = cellText(row.value.value) || parsed.fragment;
      if (parsed.reason === 'vague') context.report({ cell: row.value.cell, data: { value, word: parsed.fragment } });
      else if (parsed.reason === 'no-number') context.report({ cell: row.value.cell, messageId: 'noNumber', data: { value } });
    }
  },
};
