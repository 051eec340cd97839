import { monthIn, withoutMonth } from '../../../src/core/monitoring/month';
import { labelStem } from '../../../src/core/table/header-text';

describe('monthIn: the month N of a year-to-date header or title', () => {
  it.each([
    ['1-8月执行数', 8],
    ['1—8月实际完成值', 8],
    ['１－８月执行数（万元）', 8],
    ['1~8月执行数', 8],
    ['1至8月执行数', 8],
    ['1月-8月执行数', 8],
    ['一至八月执行数', 8],
    ['1-12月执行数', 12],
    ['截至8月底执行数', 8],
    ['截止8月末累计执行数', 8],
    ['截至2025年8月底执行数', 8],
    ['2025年1-8月项目支出绩效运行监控表', 8],
    ['（2025年1-7月）', 7],
    ['1-8月份执行数', 8],
    ['上半年执行数', 6],
    ['前三季度执行数', 9],
  ])('%s → %d', (text, month) => {
    expect(monthIn(text)).toBe(month);
  });

  it.each([
    ['全年执行数'],
    ['执行数'],
    ['7-9月执行数'], // a quarter, not year to date
    ['1-13月执行数'],
    ['2025年度项目支出绩效目标表'],
    [''],
  ])('%s → null', (text) => {
    expect(monthIn(text)).toBeNull();
  });
});

describe('withoutMonth: the header without its month part', () => {
  it.each([
    ['1-8月执行数', '执行数'],
    ['1-8月实际完成值', '实际完成值'],
    ['截至8月底执行数', '执行数'],
    ['1-8月累计执行数', '执行数'],
    ['上半年执行数', '执行数'],
    ['全年预计完成值', '全年预计完成值'],
  ])('%s → %s', (text, rest) => {
    expect(withoutMonth(labelStem(text))).toBe(rest);
  });
});
