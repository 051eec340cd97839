import Big from 'big.js';
import { cellText } from '../../grid/grid';
import { isBlank, isCellError, type CellValue } from '../../grid/types';
import type { Located } from '../../layout/goal-model';
import type { GoalRule } from '../types';

/** An amount read from a funds cell: in 万元 when the cell states a unit, else in the form's own unit. */
interface Amount {
  readonly value: Big;
  /** True when the cell stated its unit (and value was converted to 万元). */
  readonly converted: boolean;
}

const ZERO: Amount = { value: new Big(0), converted: false };

// Written in a funds cell to mean "none": 0, —, /, 无.
const NONE = /^(?:[-—–/\\_]+|无)$/;
const UNIT_SCALE: Readonly<Record<string, number>> = { 元: 0.0001, 千元: 0.1, 万元: 1, 万: 1, 亿元: 10000, 亿: 10000 };
const AMOUNT_TEXT = /^(?:¥|RMB|人民币)?\s*(-?\d+(?:\.\d+)?)\s*(元|千元|万元|万|亿元|亿)?\s*整?$/i;

const LEADING_AMOUNT = /^(\d+(?:\.\d+)?(?:元|千元|万元|万|亿元|亿)?)(.+)$/;

/**
 * Reads a funds cell: a number, or text such as "100", "100万元", "1,000,000元", "¥1,000,000.00", "８０．５";
 * null when it cannot be read (an error value, words, a date).
 */
export function readAmount(v: CellValue): Amount | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: new Big(v), converted: false } : null;
  if (typeof v !== 'string') return null;
  let t = cellText(v).replace(/[,\s]/g, '').replace(/^[¥￥]/, '¥');
  if (NONE.test(t)) return ZERO;
  // "854万(高标准农田建设400万元,…)": the amount, then its breakdown in brackets; "854万854万(…)": the same amount
  // entered twice. The leading amount is the cell's.
  const lead = LEADING_AMOUNT.exec(t);
  if (lead && (lead[2].startsWith('(') || lead[2].startsWith(lead[1]))) t = lead[1];
  const m = AMOUNT_TEXT.exec(t);
  if (!m) return null;
  const n = new Big(m[1]);
  return m[2] ? { value: n.times(UNIT_SCALE[m[2]]), converted: true } : { value: n, converted: false };
}

/** Shown without binary noise: 0.30000000000000004 reads as 0.3. */
function show(n: Big): string {
  return n.round(6).toString();
}

/** goal/funds-mismatch: 年度资金总额 must equal 财政拨款 + 其他资金 (exact decimals). */
export const fundsMismatch: GoalRule = {
  meta: {
    id: 'goal/funds-mismatch',
    defaultSeverity: 'error',
    description: 'Reports a project whose annual total (年度资金总额) differs from fiscal appropriation plus other funds, or whose amounts cannot be read.',
    messages: {
      default: {
        message: {
          zh: '年度资金总额 {{total}}{{unit}} ≠ 财政拨款 {{fiscal}} + 其他资金 {{other}} = {{sum}}{{unit}}',
          en: 'Total {{total}}{{unit}} ≠ fiscal {{fiscal}} + other {{other}} = {{sum}}{{unit}}',
        },
        hint: {
          zh: '核对资金来源：年度资金总额应等于财政拨款与其他资金之和（相差 {{diff}}{{unit}}）',
          en: 'The total must equal the sum of its sources (off by {{diff}}{{unit}})',
        },
      },
      unreadable: {
        message: { zh: '{{label}}「{{value}}」无法读取为金额', en: 'The amount "{{value}}" ({{label}}) is not a number' },
        hint: { zh: '填写数字金额，如 120 或 120.5（单位按表头，一般为万元）；公式出错时请检查公式', en: 'Enter a number (in the form’s unit, usually 万元); if it is a formula, fix it' },
      },
    },
  },
  check(context) {
    const { total, fiscal, other } = context.goalSet.funds;
    // Nothing to add up: no total, or no sources at all (summary tables often carry only the total).
    if (!total || isBlank(total.value) || (!fiscal && !other)) return;
    const cells: [string, Located<CellValue> | null][] = [
      ['年度资金总额', total],
      ['财政拨款', fiscal],
      ['其他资金', other],
    ];
    const amounts: Amount[] = [];
    for (const [label, cell] of cells) {
      if (!cell || isBlank(cell.value)) {
        amounts.push(ZERO); // a blank source means none
        continue;
      }
      const a = isCellError(cell.value) ? null : readAmount(cell.value);
      if (!a) {
        context.report({ cell: cell.cell, messageId: 'unreadable', data: { label, value: cellText(cell.value) } });
        return;
      }
      amounts.push(a);
    }
    const [t, f, o] = amounts.map((a) => a.value);
    const sum = f.plus(o);
    const diff = t.minus(sum).abs();
    // Exact decimals, so 0.1 + 0.2 is 0.3; what is left under half a hundredth of the unit is display rounding.
    if (diff.lt(0.005)) return;
    const unit = amounts.some((a) => a.converted) ? ' 万元' : '';
    context.report({
      cell: total.cell,
      data: { total: show(t), fiscal: show(f), other: show(o), sum: show(sum), diff: show(diff), unit },
    });
  },
};
