import type { EvalRule } from './types';
import type { SelfEvaluationRuleContext } from './context';
import type { ScoreProblemReport } from '../self/scoring';

const m = (zh: string, en: string, hintZh: string, hintEn: string) => ({ message: { zh, en }, hint: { zh: hintZh, en: hintEn } });

/**
 * eval/unscorable: a self-evaluation item whose score cannot be computed (blank or unreadable 实际完成值,
 * an unmeasurable target, units that do not match, a bad 分值 or budget). The item's 得分 and the form's
 * total and grade are left empty; a score the user types in is used instead.
 */
export const unscorable: EvalRule<SelfEvaluationRuleContext> = {
  meta: {
    id: 'eval/unscorable',
    defaultSeverity: 'error',
    description: 'A self-evaluation item that cannot be scored; its score and the total are not filled.',
    messages: {
      default: m('「{{name}}」无法计分', '"{{name}}" cannot be scored', '检查指标值、实际完成值和分值', 'Check the target, the actual and the weight'),
      actualBlank: m(
        '「{{name}}」实际完成值为空，无法计算得分',
        '"{{name}}": the actual value is blank; no score was computed',
        '填写实际完成值（与年度指标值同一单位），或直接填写得分',
        'Enter the actual value (in the target’s unit), or type the score',
      ),
      actualUnreadable: m(
        '「{{name}}」实际完成值「{{actual}}」无法与年度指标值「{{target}}」比较，无法计算得分',
        '"{{name}}": the actual "{{actual}}" cannot be compared with the target "{{target}}"; no score was computed',
        '填写可比较的实际完成值（数值与单位，或 达成/部分达成/未达成），或直接填写得分',
        'Enter a comparable actual (a number with its unit, or 达成/部分达成/未达成), or type the score',
      ),
      unitMismatch: m(
        '「{{name}}」实际完成值「{{actual}}」与年度指标值「{{target}}」单位不一致，无法计算得分',
        '"{{name}}": the units of the actual "{{actual}}" and the target "{{target}}" differ; no score was computed',
        '按年度指标值的单位填写实际完成值',
        'Write the actual in the target’s unit',
      ),
      targetUnmeasurable: m(
        '「{{name}}」年度指标值「{{target}}」不可衡量，无法自动计分',
        '"{{name}}": the target "{{target}}" is not measurable; it cannot be scored automatically',
        '按评价标准人工打分后填写得分',
        'Score it by judgement and type the score',
      ),
      weightInvalid: m(
        '「{{name}}」分值「{{text}}」不是有效数字，无法计算得分',
        '"{{name}}": the weight "{{text}}" is not a number; no score was computed',
        '填写该项的分值（如 10）',
        'Enter the item’s weight (e.g. 10)',
      ),
      budgetInvalid: m(
        '{{name}}的全年预算数「{{text}}」无效（为空、非数字或为 0），无法计算预算执行率',
        '{{name}}: the annual budget "{{text}}" is blank, not a number or 0; no execution rate was computed',
        '填写全年预算数（万元）',
        'Enter the annual budget (万元)',
      ),
      totalZero: m(
        '{{name}}的全年预算数为 0，而「{{part}}」为 {{partBudget}}：合计行与分项矛盾，无法计算预算执行率',
        '{{name}}: the annual budget is 0 while "{{part}}" holds {{partBudget}}; the total row contradicts its parts and no execution rate was computed',
        '先改正合计行（年度资金总额 = 各项资金之和），再计算执行率和得分',
        'Correct the total row first (the total is the sum of its parts), then fill again',
      ),
      noWeightColumn: m(
        '自评表有得分列而没有分值（权重）列，无法按分值计算各指标得分和总分',
        'The form has a 得分 column but no 分值 (weight) column: no indicator score or total can be computed',
        '补充各指标的分值列（合计 100，含预算执行率 10），或直接填写各项得分',
        'Add a 分值 column (totalling 100 with the execution rate’s 10), or type each score',
      ),
      executedInvalid: m(
        '{{name}}的全年执行数「{{text}}」无效，无法计算预算执行率',
        '{{name}}: the annual execution "{{text}}" is not a valid amount; no execution rate was computed',
        '填写全年执行数（万元）',
        'Enter the annual execution (万元)',
      ),
      noMoneyBlock: m(
        '自评表没有找到项目资金部分（全年预算数 / 全年执行数），无法计算预算执行率得分和总分',
        'No money block (全年预算数 / 全年执行数) was found: no execution score or total was computed',
        '按自评表模板补充项目资金部分',
        'Add the money block of the self-evaluation template',
      ),
      typedScoreInvalid: m(
        '「{{name}}」得分单元格中的「{{text}}」不是数字，未计算总分',
        '"{{name}}": the score cell holds "{{text}}", not a number; no total was computed',
        '清空该单元格或填写数字得分（确认后也可覆盖）',
        'Clear the cell or type a numeric score (or confirm overwrite)',
      ),
    },
  },
  check({ scoring, report }) {
    const problems: ScoreProblemReport[] = [];
    if (scoring.formProblem) problems.push(scoring.formProblem);
    if (scoring.execution?.item.problem) problems.push(scoring.execution.item.problem);
    for (const i of scoring.indicators) if (i.problem) problems.push(i.problem);
    for (const p of problems) report({ cell: p.cell, messageId: p.id, data: p.data });
  },
};
