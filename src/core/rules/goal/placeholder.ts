import { isBlank } from '../../grid/types';
import { cellText } from '../../grid/grid';
import { placeholderIn } from '../../values/parse-target';
import type { GoalRule } from '../types';

const DASH_ONLY = /^[-—–~～/\\_.·…]+$/;

/** goal/placeholder: template text left in place, or a required cell left empty. */
export const placeholder: GoalRule = {
  meta: {
    id: 'goal/placeholder',
    defaultSeverity: 'error',
    description: 'Reports template text (XX, ××, 待定, 请填写) in values, indicator names, the overall goal and the project name, and empty required cells: an indicator without a value (or only "/" or "—"), a value without an indicator, a value cell holding an error.',
    messages: {
      blankGoal: {
        message: { zh: '年度总体目标没有填写', en: 'The overall annual goal is empty' },
        hint: { zh: '按“为了达到什么目的 + 做什么事（绩）+ 做了有什么效果（效）”填写总体目标', en: 'Write the goal as purpose + output + effect' },
      },
      blankProject: {
        message: { zh: '项目名称没有填写', en: 'The project name is empty' },
        hint: { zh: '填写项目库中的项目全称', en: 'Enter the project name as registered' },
      },
      default: {
        message: { zh: '指标值「{{value}}」是未替换的模板文字（{{word}}）', en: 'The value "{{value}}" is template text left in place ({{word}})' },
        hint: { zh: '把「{{word}}」换成实际的数字、单位或时限，例如 ≥3套、2025年10月31日前', en: 'Replace "{{word}}" with a real number, unit or deadline, e.g. ≥3 sets, before 31 Oct 2025' },
      },
      blankValue: {
        message: { zh: '三级指标「{{name}}」没有填写指标值', en: 'The indicator "{{name}}" has no target value' },
        hint: { zh: '填写可衡量的指标值，如 ≥95%、=1台、2025年12月31日前；不需要的指标请整行删除', en: 'Enter a measurable target (≥95%, =1 unit, a deadline), or delete the row' },
      },
      blankName: {
        message: { zh: '指标值「{{value}}」所在行没有填写三级指标', en: 'The value "{{value}}" has no indicator name' },
        hint: { zh: '写明具体考核什么，例如「维修改造校舍面积」', en: 'Name what is measured, e.g. "renovated floor area"' },
      },
      nameTemplate: {
        message: { zh: '三级指标「{{name}}」含未替换的模板文字（{{word}}）', en: 'The indicator "{{name}}" contains template text ({{word}})' },
        hint: { zh: '写明具体的类型、数量或型号，例如把「购置XX装备器材」改为「购置破拆工具组」', en: 'State the actual type, quantity or model' },
      },
      errorValue: {
        message: { zh: '指标值单元格是错误值 {{value}}，无法读取', en: 'The value cell holds the error {{value}}' },
        hint: { zh: '检查该单元格的公式，或直接填写指标值', en: 'Fix the formula or type the target value' },
      },
      goalTemplate: {
        message: { zh: '年度总体目标含未替换的模板文字（{{word}}）', en: 'The overall goal contains template text ({{word}})' },
        hint: { zh: '把「{{word}}」换成实际的数量和效果', en: 'Replace "{{word}}" with real quantities and effects' },
      },
      projectTemplate: {
        message: { zh: '项目名称「{{value}}」是模板文字', en: 'The project name "{{value}}" is template text' },
        hint: { zh: '填写项目库中的项目全称', en: 'Enter the project name as registered' },
      },
    },
  },
  check(context) {
    const { goalSet, vocabulary } = context;
    const project = goalSet.projectName;
    if (project && !project.value && goalSet.layout === 'form') {
      context.report({ cell: project.cell, messageId: 'blankProject' });
    } else if (project) {
      const word = project.value ? placeholderIn(project.value, vocabulary) : undefined;
      if (word) context.report({ cell: project.cell, messageId: 'projectTemplate', data: { value: project.value } });
    }
    for (const goal of goalSet.overallGoals) {
      if (!goal.value) {
        context.report({ cell: goal.cell, messageId: 'blankGoal' });
        continue;
      }
      const word = placeholderIn(goal.value, vocabulary);
      if (word) context.report({ cell: goal.cell, messageId: 'goalTemplate', data: { word } });
    }
    for (const row of goalSet.indicators) {
      const name = row.name.value;
      const raw = row.value.value;
      // The value's text is made only for a message (most rows report nothing).
      if (!name) context.report({ cell: row.name.cell, messageId: 'blankName', data: { value: cellText(raw) } });
      else {
        const word = placeholderIn(name, vocabulary);
        if (word) context.report({ cell: row.name.cell, messageId: 'nameTemplate', data: { name, word } });
      }
      if (isBlank(raw)) {
        if (name) context.report({ cell: row.value.cell, messageId: 'blankValue', data: { name } });
        continue;
      }
      const parsed = context.parsedValue(row);
      if (parsed.kind !== 'unmeasurable') continue;
      // "/" or "—" marks the value as not applicable: to the reviewer that is a missing value, not template text.
      if (parsed.reason === 'placeholder' && DASH_ONLY.test(parsed.fragment)) {
        if (name) context.report({ cell: row.value.cell, messageId: 'blankValue', data: { name } });
      } else if (parsed.reason === 'placeholder') context.report({ cell: row.value.cell, data: { value: cellText(raw), word: parsed.fragment } });
      else if (parsed.reason === 'error-value') context.report({ cell: row.value.cell, messageId: 'errorValue', data: { value: parsed.fragment } });
    }
  },
};
