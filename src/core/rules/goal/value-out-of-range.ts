import Big from 'big.js';
import { cellText } from '../../grid/grid';
import type { CellValue } from '../../grid/types';
import type { GoalRule } from '../types';

// Rates that may legitimately exceed 100%: growth, increase and year-on-year comparisons.
const GROWTH = /增长|增幅|增加|提高|提升|同比|环比|比上年|较上年|倍|超额|产出率|利用率提高/;
const RATE = /率|占比|比例|比重|覆盖|普及|满意度|达标|合格|完成度/;
const COST = /成本|费用|造价|单价|经费|资金|投入|预算|金额|支出/;
const SIGNED = new RegExp(`${GROWTH.source}|下降|降低|减少|变化|变动|温|差值|偏差|差额|盈亏|结余`);
const TEMPERATURE_UNIT = /^(?:°C|°|℃|度|摄氏度)/;

/** Money in 万元 from a funds cell (number, or text such as "100万元" / "1,000,000元"); null when unreadable. */
export function fundsInWan(v: CellValue): Big | null {
  if (typeof v === 'number') return Number.isFinite(v) ? new Big(v) : null;
  if (typeof v !== 'string') return null;
  const t = cellText(v).replace(/,/g, '');
  const m = /^(-?\d+(?:\.\d+)?)\s*(万元|万|元|亿元)?$/.exec(t);
  if (!m) return null;
  const n = new Big(m[1]);
  return m[2] === '元' ? n.div(10000) : m[2] === '亿元' ? n.times(10000) : n;
}

/** The years a 实施期 text spans ("2019-2021", "2023.07-2024.01", "2023年1月至2025年12月"). */
export function periodYears(text: string): { from: number; to: number } | null {
  const years = [...text.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  if (years.length === 0) return null;
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** goal/value-out-of-range: values that cannot be true. */
export const valueOutOfRange: GoalRule = {
  meta: {
    id: 'goal/value-out-of-range',
    defaultSeverity: 'error',
    description: 'Reports impossible values: a rate above 100%, a negative count or amount, a deadline outside the budget year, a cost target above the project’s funds.',
    messages: {
      default: {
        message: { zh: '「{{name}}」的指标值 {{value}} 超过100%，比率不可能达到', en: '"{{name}}" has a rate of {{value}}, above 100%' },
        hint: { zh: '比率类指标应在 0–100% 之间；如要表达增长，请改写为“较上年增长x%”', en: 'Rates lie between 0 and 100%; express growth as "x% more than last year"' },
      },
      negative: {
        message: { zh: '「{{name}}」的指标值 {{value}} 是负数', en: '"{{name}}" has a negative value {{value}}' },
        hint: { zh: '数量和金额不能为负；要表达下降请写“下降x%”或使用 ≤', en: 'Counts and amounts cannot be negative; use ≤ or "decrease by x%"' },
      },
      deadlineYear: {
        message: { zh: '完成时限 {{value}} 不在预算年度 {{year}} 年内', en: 'The deadline {{value}} is outside the budget year {{year}}' },
        hint: { zh: '年度目标的时限应在 {{year}} 年内；跨年度的目标请写在中期目标中', en: 'Annual targets fall within {{year}}; put multi-year ones in the mid-term goal' },
      },
      costAboveFunds: {
        message: { zh: '成本指标「{{name}}」的目标 {{value}} 超过项目年度资金总额 {{total}} 万元', en: 'The cost target {{value}} exceeds the project’s funds of {{total}} 万元' },
        hint: { zh: '核对成本测算与项目资金，两者应一致', en: 'Reconcile the cost estimate with the project’s funds' },
      },
    },
  },
  check(context) {
    const { goalSet } = context;
    const total = goalSet.funds.total ? fundsInWan(goalSet.funds.total.value) : null;
    for (const row of goalSet.indicators) {
      const parsed = context.parsedValue(row);
      const name = row.name.value;
      const shown = typeof row.value.value === 'string' ? cellText(row.value.value) : `${cellText(row.value.value)}${parsed.kind === 'quantity' ? parsed.unit : ''}`;
      if (parsed.kind === 'deadline') {
        const year = context.options.budgetYear;
        // A deadline inside the project's stated 实施期 (项目期 2019-2021) is the plan, not a slip.
        const period = goalSet.period ? periodYears(goalSet.period.value) : null;
        const inPeriod = !!period && !!parsed.year && parsed.year >= period.from && parsed.year <= period.to;
        if (year && parsed.year && parsed.year !== year && !inPeriod && !(parsed.comparator === '>=' && parsed.year < year)) {
          context.report({ cell: row.value.cell, messageId: 'deadlineYear', data: { value: shown, year } });
        }
        continue;
      }
      if (parsed.kind !== 'quantity') continue;
      // Temperatures and changes may be negative (≤-18℃, 同比变化 -5%); counts, amounts and rates may not.
      if (parsed.number < 0 && !SIGNED.test(name) && !TEMPERATURE_UNIT.test(parsed.unit)) {
        context.report({ cell: row.value.cell, messageId: 'negative', data: { name, value: shown } });
        continue;
      }
      const atMost = parsed.comparator === '<=' || parsed.comparator === '<';
      if (parsed.isPercent && parsed.number > 100 && !atMost && !GROWTH.test(name) && (RATE.test(name) || row.level2Def?.name === '服务对象满意度指标')) {
        context.report({ cell: row.value.cell, data: { name, value: shown } });
        continue;
      }
      const isCost = row.level2Def?.dimension === '成本指标' || COST.test(name);
      // Unit costs (每平方米, 人均, 元/人) are not comparable with the project's total.
      if (isCost && total && total.gt(0) && parsed.moneyScale !== undefined && !/单|每|均|标准/.test(name) && !parsed.unit.includes('/')) {
        const wan = new Big(parsed.number).times(parsed.moneyScale);
        if (wan.gt(total.plus(0.005))) {
          context.report({ cell: row.value.cell, messageId: 'costAboveFunds', data: { name, value: shown, total: total.toString() } });
        }
      }
    }
  },
};
