import { executionOverBudget } from '../../../../src/core/monitoring/rules/execution-over-budget';
import { invalidAmount } from '../../../../src/core/monitoring/rules/invalid-amount';
import { monthUnknown } from '../../../../src/core/monitoring/rules/month-unknown';
import { sheet } from '../../../helpers/sheet';
import { runMonitorRuleTests } from '../monitor-rule-tester';
import { projectTable } from '../sheets';

runMonitorRuleTests(executionOverBudget, {
  valid: [
    { name: 'execution below budget', sheet: projectTable([['甲', 100, 99.99]]) },
    { name: 'execution exactly the budget', sheet: projectTable([['甲', 100, 100]]) },
    { name: 'amounts typed as text with units and separators', sheet: projectTable([['甲', '1,200', '1,199.5']]) },
    { name: 'a 元 column against a 万元 column', sheet: sheet('监控', [['项目名称', '年度预算数（万元）', '1-8月执行数（元）'], ['甲', 100, 999_999]]) },
  ],
  invalid: [
    { name: 'execution above budget, on the execution cell', sheet: projectTable([['甲', 100, 120], ['乙', 50, 10]]), errors: [{ cell: 'D3', message: '「甲」执行数 120 超过年度预算数 100' }] },
    { name: 'money spent against a zero budget', sheet: projectTable([['甲', 0, 5]]), errors: [{ cell: 'D3', message: '超过年度预算数 0' }] },
    { name: 'units reconciled before comparing (元 column)', sheet: sheet('监控', [['项目名称', '年度预算数（万元）', '1-8月执行数（元）'], ['甲', 100, 1_000_001]]), errors: [{ cell: 'C2' }] },
    { name: 'two-row header, merged labels', sheet: projectTable([['甲', 360, 400]], { twoRow: true }), errors: [{ cell: 'D4', message: '「甲」' }] },
  ],
});

runMonitorRuleTests(invalidAmount, {
  valid: [
    { name: 'numbers', sheet: projectTable([['甲', 100, 40]]) },
    { name: 'a spare row with nothing in it', sheet: projectTable([['甲', 100, 40], ['乙', null, null]]) },
    { name: 'a source of funds the project does not have (0 budget, nothing spent)', sheet: projectTable([['甲', 0, 0], ['乙', 0, null]]) },
  ],
  invalid: [
    {
      name: 'text, error values, blanks and negatives, each on its own cell',
      sheet: projectTable([
        ['甲', 100, '待统计'],
        ['乙', { error: '#DIV/0!' }, 10],
        ['丙', 100, null],
        ['丁', null, 10],
        ['戊', 100, -5],
        ['己', '#REF!', 1],
      ]),
      errors: [
        { cell: 'D3', messageId: 'default', message: '「甲」1-8月执行数「待统计」不是数字' },
        { cell: 'C4', messageId: 'error', message: '「乙」年度预算数是错误值 #DIV/0!' },
        { cell: 'D5', messageId: 'blank', message: '「丙」1-8月执行数为空' },
        { cell: 'C6', messageId: 'blank', message: '「丁」年度预算数为空' },
        { cell: 'D7', messageId: 'negative' },
        { cell: 'C8', messageId: 'error' },
      ],
    },
  ],
});

runMonitorRuleTests(monthUnknown, {
  valid: [
    { name: 'month in the header', sheet: projectTable([['甲', 100, 40]]) },
    { name: 'month in the title', sheet: projectTable([['甲', 100, 40]], { executedHeader: '执行数', title: '2025年1-8月绩效运行监控表' }) },
    { name: 'month from the policy', sheet: projectTable([['甲', 100, 40]], { executedHeader: '执行数', title: '绩效运行监控表' }), policy: { monitoring: { month: 8 } } },
    { name: 'an indicator-only table needs no month', sheet: sheet('监控', [['三级指标', '年度指标值', '全年预计完成值'], ['甲', '≥1个', '1个']]) },
    { name: 'no project to compute (all amounts bad) needs no month', sheet: projectTable([['甲', 100, '待统计']], { executedHeader: '执行数', title: '绩效运行监控表' }) },
  ],
  invalid: [
    {
      name: 'nothing states the month: reported once, on the 执行数 header; never guessed',
      sheet: projectTable([['甲', 100, 40], ['乙', 100, 70]], { executedHeader: '执行数', title: '项目支出绩效运行监控表' }),
      errors: [{ cell: 'D2', message: '表头“执行数”未写明 1-N月' }],
    },
  ],
});

runMonitorRuleTests(invalidAmount, {
  valid: [{ name: 'a formula execution with its saved result', sheet: { ...projectTable([['甲', 100, 40]]), formulas: [[], [], [undefined, undefined, undefined, '=SUM(E3:P3)']] } }],
  invalid: [
    {
      name: 'a formula execution without a saved result: said so, not read as blank',
      sheet: { ...projectTable([['甲', 100, null]]), formulas: [[], [], [undefined, undefined, undefined, '=SUM(E3:P3)']] },
      errors: [{ cell: 'D3', messageId: 'formula', message: '「甲」1-8月执行数是公式（=SUM(E3:P3)），文件中没有保存计算结果' }],
    },
  ],
});
