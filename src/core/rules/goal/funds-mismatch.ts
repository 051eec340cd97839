import Big from 'big.js';
import { cellText } from '../../grid/grid';
import { isBlank, isCellError } from '../../grid/types';
import type { GoalRule } from '../types';
import { fundsInWan } from './value-out-of-range';

/** goal/funds-mismatch: 年度资金总额 must equal 财政拨款 + 其他资金 (exact decimals, to the 万元 cent). */
export const fundsMismatch: GoalRule = {
  meta: {
    id: 'goal/funds-mismatch',
    defaultSeverity: 'error',
    description: 'Reports a project whose annual total (年度资金总额) differs from fiscal appropriation plus other funds, or whose amounts cannot be read.',
    messages: {
      default: {
        message: { zh: '年度资金总额 {{total}} 万元 ≠ 财政拨款 {{fiscal}} + 其他资金 {{other}} = {{sum}} 万元', en: 'Total {{total}} ≠ fiscal {{fiscal}} + other {{other}} = {{sum}} (万元)' },
        hint: { zh: '核对资金来源：年度资金总额应等于财政拨款与其他资金之和（相差 {{diff}} 万元）', en: 'The total must equal the sum of its sources (off by {{diff}})' },
      },
      unreadable: {
        message: { zh: '资金金额「{{value}}」无法读取为数字', en: 'The amount "{{value}}" is not a number' },
        hint: { zh: '填写以万元为单位的数字，如 120 或 120.5；公式出错时请检查公式', en: 'Enter a number in 万元' },
      },
    },
  },
  check(context) {
    const { total, fiscal, other } = context.goalSet.funds;
    if (!total || !fiscal) return; // summary tables often carry only the total: nothing to add up
    const amounts: Big[] = [];
    for (const cell of [total, fiscal, other]) {
      if (!cell || isBlank(cell.value)) {
        amounts.push(new Big(0)); // a blank 其他资金 means none
        continue;
      }
      const n = isCellError(cell.value) ? null : fundsInWan(cell.value);
      if (n === null) {
        context.report({ cell: cell.cell, messageId: 'unreadable', data: { value: cellText(cell.value) } });
        return;
      }
      amounts.push(n);
    }
    if (isBlank(total.value)) return; // an empty total is the placeholder rule's concern
    const [t, f, o] = amounts;
    const sum = f.plus(o);
    const diff = t.minus(sum).abs();
    if (diff.gt(0.005)) {
      context.report({ cell: total.cell, data: { total: t.toString(), fiscal: f.toString(), other: o.toString(), sum: sum.toString(), diff: diff.toString() } });
    }
  },
};
