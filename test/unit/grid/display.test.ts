import { displayValue } from '../../../src/core/grid/display';

describe('displayValue: a value as the sheet shows it', () => {
  it.each([
    [1, '0%', '100%'],
    [0.955, '0.0%', '95.5%'],
    [0.5, '0.00%', '50.00%'],
    [1234.5, '#,##0.00', '1,234.50'],
    [12.345, '0.00', '12.35'],
    [95, 'General', '95'],
    [95, null, '95'],
    ['  ≥95%  ', '0%', '≥95%'],
    [null, '0%', ''],
  ])('%p under %p reads %p', (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });
});
