import { missingDeviationReason } from '../../../../src/core/monitoring/rules/missing-deviation-reason';
import { projectionNotNumber } from '../../../../src/core/monitoring/rules/projection-not-number';
import { runMonitorRuleTests } from '../monitor-rule-tester';
import { sampleSheet } from '../samples';
import { indicatorTable } from '../sheets';

runMonitorRuleTests(projectionNotNumber, {
  valid: [
    { name: 'numbers in the target unit', sheet: indicatorTable([['项目', '面积', '≥4200平方米', '3100平方米', '4300平方米', '确定能', null]]) },
    { name: 'a fraction for a percentage target', sheet: indicatorTable([['项目', '改善率', '≥95%', null, 0.96, '确定能', null]]) },
    { name: 'a qualitative target with a word projection', sheet: indicatorTable([['项目', '水质', '符合《生活饮用水卫生标准》', null, '符合', '确定能', null]]) },
    { name: 'a deadline target with a word projection', sheet: indicatorTable([['项目', '完工时间', '2025年12月31日前', null, '按期完工', '确定能', null]]) },
  ],
  invalid: [
    {
      name: 'text, blank, error and another unit where the target is a number',
      sheet: indicatorTable([
        ['项目', '供应天数', '≥200天', '128天', '基本完成', '确定能', null],
        [null, '受益人数', '≥12000人', null, null, '确定能', null],
        [null, '合格率', '≥95%', null, { error: '#DIV/0!' }, '确定能', null],
        [null, '面积', '≥4200平方米', null, '3所', '确定能', null],
      ]),
      errors: [
        { cell: 'G4', messageId: 'default', message: '「供应天数」的全年预计完成值“基本完成”不是数值' },
        { cell: 'G5', messageId: 'blank' },
        { cell: 'G6', messageId: 'error', message: '#DIV/0!' },
        { cell: 'G7', messageId: 'unitMismatch' },
      ],
    },
  ],
});

runMonitorRuleTests(missingDeviationReason, {
  valid: [
    { name: '确定能 and on target', sheet: indicatorTable([['项目', '面积', '≥4200平方米', null, '4300平方米', '确定能', null]]) },
    { name: '有可能 with a reason', sheet: indicatorTable([['项目', '面积', '≥4200平方米', null, '4300平方米', '有可能', '雨季影响施工']]) },
    { name: 'short of target with a reason', sheet: indicatorTable([['项目', '面积', '≥4200平方米', null, '4000平方米', '有可能', '雨季影响施工']]) },
    { name: 'no likelihood answer and on target', sheet: indicatorTable([['项目', '面积', '≥4200平方米', null, '4300平方米', null, null]]) },
  ],
  invalid: [
    {
      name: '有可能 / 完全不可能 without a reason, and a projection short of target; on the 偏差原因 cell',
      sheet: indicatorTable([
        ['项目', '单位成本', '不超过857元', '880元', '905元', '有可能', null],
        [null, '面积', '≥4200平方米', null, '4300平方米', '完全不可能', '/'],
        [null, '人数', '≥3500人', null, '3400人', '确定能', null],
      ]),
      errors: [
        { cell: 'I4', messageId: 'likelihood', message: '「单位成本」完成目标可能性为“有可能”，但未填写偏差原因' },
        { cell: 'I5', messageId: 'likelihood', message: '完全不可能' },
        { cell: 'I6', messageId: 'default', message: '「人数」预计完成值3400人未达到年度指标值≥3500人' },
      ],
    },
    {
      name: 'the national form: 有可能 ticked, no reason in any of the five 偏差原因分析 columns',
      sheet: sampleSheet('monitoring-national-form.xlsx', '执行监控表'),
      errors: [{ cell: 'G16', messageId: 'likelihood', message: '「新增受益人口」' }],
    },
  ],
});
