import { gradeMismatch } from '../../../src/core/evaluation/rules/grade-mismatch';
import { invalidBase } from '../../../src/core/evaluation/rules/invalid-base';
import { invalidScore } from '../../../src/core/evaluation/rules/invalid-score';
import { noBaseColumn } from '../../../src/core/evaluation/rules/no-base-column';
import { targetTooLow } from '../../../src/core/evaluation/rules/target-too-low';
import { unscorable } from '../../../src/core/evaluation/rules/unscorable';
import { vagueTarget } from '../../../src/core/evaluation/rules/vague-target';
import { weightsTotal } from '../../../src/core/evaluation/rules/weights-total';
import { RULE_IDS } from '../../../src/core/rules/rule-ids';
import { RESULTS_RULES, SELF_EVALUATION_RULES } from '../../../src/core/evaluation/rules';
import { sheet } from '../../helpers/sheet';
import { runEvalRuleTests } from './eval-rule-tester';
import { resultsSheet, RESULTS_HEADER } from './results-sheet';
import { SCHOOL_ROWS, selfForm, type SelfRow } from './self-form';

const withGrade = { header: [...RESULTS_HEADER, '评价等级'] };
const row = (i: number, r: SelfRow) => SCHOOL_ROWS.map((x, j) => (j === i ? r : x));

it('every evaluation rule id is a known id (the policy accepts it)', () => {
  for (const r of [...RESULTS_RULES, ...SELF_EVALUATION_RULES]) expect(RULE_IDS).toContain(r.meta.id);
});

runEvalRuleTests(invalidScore, 'evaluation', {
  valid: [
    { name: 'numbers and numeric text within 0–100', sheet: resultsSheet([['A', '结果评价', 0, null, 1], ['B', '结果评价', '１００', null, 1], ['C', '结果评价', '85分', null, 1]]) },
    { name: 'a blank score beside a typed grade', sheet: resultsSheet([['A', '结果评价', null, null, 1, '良']], withGrade) },
  ],
  invalid: [
    {
      name: 'blank, error value, text, out of range',
      sheet: resultsSheet([['A', '结果评价', null, null, 1], ['B', '结果评价', { error: '#DIV/0!' }, null, 1], ['C', '结果评价', '待定', null, 1], ['D', '结果评价', 105, null, 1], ['E', '结果评价', -3, null, 1]]),
      errors: [
        { cell: 'D3', messageId: 'blank', message: '「A」评价得分为空' },
        { cell: 'D4', messageId: 'error', message: '#DIV/0!' },
        { cell: 'D5', messageId: 'text', message: '「待定」不是数字' },
        { cell: 'D6', messageId: 'range', message: '105 超出 0–100' },
        { cell: 'D7', messageId: 'range' },
      ],
    },
    {
      name: 'a blank score beside a grade nobody can read',
      sheet: resultsSheet([['A', '结果评价', null, null, 1, '待定']], withGrade),
      errors: [{ cell: 'D3', messageId: 'unknownGrade', message: '评价等级「待定」无法识别' }],
    },
  ],
});

runEvalRuleTests(gradeMismatch, 'evaluation', {
  valid: [
    { name: 'a typed grade that agrees, in national spelling', sheet: resultsSheet([['A', '结果评价', 92, null, 1, '优'], ['B', '结果评价', 60, null, 1, '合格']], withGrade) },
    { name: 'no typed grade', sheet: resultsSheet([['A', '结果评价', 92, null, 1, null]], withGrade) },
  ],
  invalid: [
    {
      name: 'a typed grade on the wrong side of a boundary',
      sheet: resultsSheet([['A', '结果评价', 89.99, null, 1, '优秀'], ['B', '结果评价', 80, null, 1, '中']], withGrade),
      errors: [
        { cell: 'G3', messageId: 'default', message: '应为「良好」' },
        { cell: 'G4', messageId: 'default', message: '应为「良好」' },
      ],
    },
    { name: 'a typed grade that names no grade', sheet: resultsSheet([['A', '结果评价', 70, null, 1, '待定']], withGrade), errors: [{ cell: 'G3', messageId: 'unknown' }] },
  ],
});

runEvalRuleTests(invalidBase, 'evaluation', {
  valid: [
    { name: 'numbers, numeric text and zero', sheet: resultsSheet([['A', '结果评价', 85, null, 0], ['B', '结果评价', 85, null, '1,200.5'], ['C', '结果评价', 85, null, '120万元']]) },
    { name: 'a bad base on a row that is not graded anyway', sheet: resultsSheet([['A', '结果评价', null, null, '待定']]) },
  ],
  invalid: [
    {
      name: 'blank, text, error value, negative',
      sheet: resultsSheet([['A', '结果评价', 85, null, null], ['B', '结果评价', 85, null, '待定'], ['C', '结果评价', 85, null, { error: '#REF!' }], ['D', '结果评价', 85, null, -5]]),
      errors: [
        { cell: 'F3', messageId: 'blank' },
        { cell: 'F4', messageId: 'default' },
        { cell: 'F5', messageId: 'error' },
        { cell: 'F6', messageId: 'negative' },
      ],
    },
  ],
});

runEvalRuleTests(noBaseColumn, 'evaluation', {
  valid: [{ name: 'a table with a base column', sheet: resultsSheet([['A', '结果评价', 85, null, 1]]) }],
  invalid: [
    {
      name: 'a table without one',
      sheet: sheet('x', [['项目名称', '评价得分', '评价类型'], ['A', 85, '结果评价']]),
      errors: [{ cell: 'B1' }],
    },
  ],
});

runEvalRuleTests(unscorable, 'self-evaluation', {
  valid: [
    { name: 'the template, complete', sheet: selfForm({ rows: SCHOOL_ROWS }) },
    { name: 'an unmeasurable target with a typed score', sheet: selfForm({ rows: row(7, ['效益指标', '可持续影响指标', '管护', '明显提升', '已建立', 10, 8]) }) },
  ],
  invalid: [
    {
      name: 'blank actual, unreadable actual, unmeasurable target',
      sheet: selfForm({
        rows: SCHOOL_ROWS.map((r, j) =>
          j === 0 ? ['产出指标', '数量指标', '面积', '≥4200平方米', '', 15] : j === 1 ? ['产出指标', '数量指标', '学校', '=3所', '较好', 10] : j === 7 ? ['效益指标', '可持续影响指标', '管护', '明显提升', '已建立', 10] : r,
        ) as SelfRow[],
      }),
      errors: [
        { cell: 'F13', messageId: 'actualBlank' },
        { cell: 'F14', messageId: 'actualUnreadable', message: '实际完成值「较好」无法与年度指标值「=3所」比较' },
        { cell: 'E20', messageId: 'targetUnmeasurable', message: '年度指标值「明显提升」不可衡量' },
      ],
    },
    {
      // The template's parts (其中：当年财政拨款 300 …) hold money: the total row was left at 0, not a project without money.
      name: 'a total budget of 0 over parts that hold money',
      sheet: selfForm({ money: [0, 0, 0, 10], rows: SCHOOL_ROWS }),
      errors: [{ cell: 'D6', messageId: 'totalZero', message: '而「其中:当年财政拨款」为 300' }],
    },
    { name: 'a blank budget', sheet: selfForm({ money: [360, null, 342, 10], rows: SCHOOL_ROWS }), errors: [{ cell: 'D6', messageId: 'budgetInvalid' }] },
  ],
});

runEvalRuleTests(weightsTotal, 'self-evaluation', {
  valid: [{ name: '10 + 50 + 30 + 10', sheet: selfForm({ rows: SCHOOL_ROWS }) }],
  invalid: [
    {
      name: '10 + 60 + 30 + 10',
      sheet: selfForm({ rows: row(0, ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米', '4300平方米', 25]) }),
      errors: [{ cell: 'G22', message: '合计为 110' }],
    },
  ],
});

runEvalRuleTests(targetTooLow, 'self-evaluation', {
  valid: [
    { name: 'actuals within 120% of their targets', sheet: selfForm({ rows: row(5, ['效益指标', '社会效益指标', '受益师生人数', '≥3500人', '4000人', 10]) }) },
    { name: 'lower-is-better targets beaten are not advised on', sheet: selfForm({ rows: row(5, ['效益指标', '社会效益指标', '投诉件数', '≤10件', '2件', 10]) }) },
  ],
  invalid: [
    {
      name: 'an actual at 120% exactly',
      sheet: selfForm({ rows: row(5, ['效益指标', '社会效益指标', '受益师生人数', '≥3500人', '4200人', 10]) }),
      errors: [{ cell: 'F18', message: '120%' }],
    },
  ],
});

/** A formula whose result the file does not carry (files written by other tools): said so, not read as blank. */
const withFormula = (s: ReturnType<typeof resultsSheet>, row: number, col: number, formula: string) => {
  const formulas: (string | undefined)[][] = [];
  (formulas[row] ??= [])[col] = formula;
  return { ...s, formulas };
};

runEvalRuleTests(invalidScore, 'evaluation', {
  valid: [{ name: 'a formula score with its saved result', sheet: withFormula(resultsSheet([['A', '结果评价', 91, null, 1]]), 2, 3, '=ROUND((88+94)/2,0)') }],
  invalid: [
    {
      name: 'a formula score without a saved result',
      sheet: withFormula(resultsSheet([['A', '结果评价', null, null, 1]]), 2, 3, '=ROUND((88+93)/2,2)'),
      errors: [{ cell: 'D3', messageId: 'formula', message: '「A」评价得分是公式（=ROUND((88+93)/2,2)），文件中没有保存计算结果' }],
    },
  ],
});

runEvalRuleTests(invalidBase, 'evaluation', {
  valid: [{ name: 'a formula base with its saved result', sheet: withFormula(resultsSheet([['A', '结果评价', 91, null, 88]]), 2, 5, '=40+48') }],
  invalid: [
    {
      name: 'a formula base without a saved result',
      sheet: withFormula(resultsSheet([['A', '结果评价', 91, null, null]]), 2, 5, '=40+48'),
      errors: [{ cell: 'F3', messageId: 'formula', message: '是公式（=40+48），文件中没有保存计算结果' }],
    },
  ],
});

runEvalRuleTests(vagueTarget, 'self-evaluation', {
  valid: [
    { name: 'measurable targets', sheet: selfForm({ rows: SCHOOL_ROWS }) },
    // 合规 is a pass/fail value: answered 达成预期指标, it is scored and needs no advice.
    { name: 'a pass/fail target answered', sheet: selfForm({ rows: row(6, ['效益指标', '社会效益指标', '资金使用', '合规', '达成预期指标', 10]) }) },
    // No defensible reading: 效果明显 against a number is refused (eval/unscorable), not advised on.
    { name: 'a vague target against a number', sheet: selfForm({ rows: row(7, ['效益指标', '可持续影响指标', '管护效果', '效果明显', '95%', 10]) }) },
  ],
  invalid: [
    {
      name: 'vague targets answered 达成预期指标, 已完成, or in their own words: scored, and advised on',
      sheet: selfForm({
        rows: SCHOOL_ROWS.map((r, j) =>
          j === 6
            ? ['效益指标', '社会效益指标', '办学条件改善', '效果明显', '达成预期指标', 10]
            : j === 7
              ? ['效益指标', '可持续影响指标', '管护', '显著提升', '显著提升', 10]
              : j === 3
                ? ['产出指标', '时效指标', '完工及时性', '及时', '已完成', 5]
                : r,
        ) as SelfRow[],
      }),
      errors: [
        { cell: 'E16', message: '年度指标值「及时」无法衡量，本年按实际完成值「已完成」定性计分' },
        { cell: 'E19', message: '「效果明显」' },
        { cell: 'E20', message: '「显著提升」' },
      ],
    },
  ],
});
