import { comparatorFromColumn, parseTarget } from '../../values/parse-target';
import { normalizeText } from '../../text/normalize';
import type { GoalRule } from '../types';

/** goal/value-format: comparator, number and unit that are missing or contradict each other. */
export const valueFormat: GoalRule = {
  meta: {
    id: 'goal/value-format',
    defaultSeverity: 'warning',
    description: 'Reports target values whose comparator, number or unit is missing or inconsistent: a bare number, a count with no unit where the form has a unit column, a unit or comparator that contradicts its column.',
    messages: {
      default: {
        message: { zh: '指标值「{{value}}」只有数字，没有比较符号和计量单位', en: 'The value "{{value}}" is a bare number with neither comparator nor unit' },
        hint: { zh: '写成带符号和单位的形式，如 ≥{{value}}人、={{value}}台、≥{{value}}%', en: 'Add a comparator and unit, e.g. ≥{{value}} people' },
      },
      missingUnit: {
        message: { zh: '指标值 {{value}} 没有填写度量单位', en: 'The value {{value}} has no unit in the unit column' },
        hint: { zh: '在度量单位列填写单位，如 人、台、%、万元', en: 'Fill the unit column (people, units, %, 万元)' },
      },
      unitConflict: {
        message: { zh: '指标值「{{value}}」的单位与度量单位列「{{unit}}」不一致', en: 'The value "{{value}}" contradicts the unit column "{{unit}}"' },
        hint: { zh: '统一单位：比率用 %，金额用 万元 或 元，并只在一处填写', en: 'Use one unit consistently' },
      },
      comparatorConflict: {
        message: { zh: '指标值「{{value}}」的比较符号与指标性质列「{{comparator}}」矛盾', en: 'The value "{{value}}" contradicts the comparator column "{{comparator}}"' },
        hint: { zh: '比较符号只在指标性质列填写一次，指标值列只填数字', en: 'Put the comparator in one place only' },
      },
      costUnit: {
        message: { zh: '成本指标「{{name}}」的单位「{{unit}}」不是金额单位', en: 'The cost indicator "{{name}}" has the non-money unit "{{unit}}"' },
        hint: { zh: '成本写成金额，如 ≤470元/人·天、≤320元/人、≤20万元', en: 'State costs as money: ≤470 元/person-day, ≤20 万元' },
      },
      amountAsName: {
        message: { zh: '三级指标写成了金额「{{name}}」，指标值却是「{{value}}」', en: 'The indicator is an amount ("{{name}}") but its value is "{{value}}"' },
        hint: { zh: '成本指标写明成本项目和上限，如「人均补贴标准 ≤2000元/人」，不要把预算数当指标', en: 'Name what the cost is for and cap it; the budget is not an indicator' },
      },
      qualitativeNumber: {
        message: { zh: '指标性质为“定性”，但指标值是数字 {{value}}', en: 'The indicator is marked qualitative but its value is the number {{value}}' },
        hint: { zh: '数字指标请把指标性质改为 ≥、≤ 或 =；定性指标请写明达到的标准或等级', en: 'Mark numeric indicators with ≥, ≤ or =; give qualitative ones a standard' },
      },
    },
  },
  check(context) {
    const { vocabulary } = context;
    for (const row of context.goalSet.indicators) {
      const parsed = context.parsedValue(row);
      if (parsed.kind !== 'quantity') continue;
      const raw = row.value.value;
      const text = typeof raw === 'string' ? normalizeText(raw) : String(raw);
      const unitColumn = row.unit ? normalizeText(row.unit.value) : null;
      const name = normalizeText(row.name.value);
      if (AMOUNT_ONLY.test(name) && parsed.isPercent) {
        context.report({ cell: row.value.cell, messageId: 'amountAsName', data: { name, value: text } });
        continue;
      }
      // A cost (差旅费, 培训费 …) counted in people or days: the unit column or the value says what is counted.
      const unit = parsed.unit || unitColumn || '';
      if (isCostRow(row.level2Def?.name, name) && unit && !parsed.isPercent && parsed.moneyScale === undefined && !/元|万|%|百分/.test(`${text}${unitColumn ?? ''}${name}`)) {
        context.report({ cell: row.value.cell, messageId: 'costUnit', data: { name, unit } });
        continue;
      }
      const comparatorColumn = row.comparator ? normalizeText(row.comparator.value) : null;
      if (comparatorColumn === '定性') {
        context.report({ cell: row.value.cell, messageId: 'qualitativeNumber', data: { value: text } });
        continue;
      }
      // What the value cell says by itself, without the columns beside it.
      const own = typeof raw === 'string' ? parseTarget(raw, vocabulary) : null;
      const ownComparator = own?.kind === 'quantity' ? own.comparator : undefined;
      const ownUnit = own?.kind === 'quantity' ? own.unit : '';
      const columnComparator = comparatorFromColumn(comparatorColumn ?? undefined);
      if (columnComparator && ownComparator && !compatible(ownComparator, columnComparator)) {
        context.report({ cell: row.value.cell, messageId: 'comparatorConflict', data: { value: text, comparator: comparatorColumn! } });
        continue;
      }
      if (unitColumn !== null) {
        if (!unitColumn && !ownUnit && parsed.number !== 0) {
          context.report({ cell: row.unit!.cell, messageId: 'missingUnit', data: { value: text } });
        } else if (unitColumn && ownUnit && (isPercent(unitColumn) || isMoney(unitColumn)) && isPercent(unitColumn) !== isPercent(ownUnit)) {
          context.report({ cell: row.value.cell, messageId: 'unitConflict', data: { value: text, unit: unitColumn } });
        }
        continue;
      }
      // Zero needs no unit, and "0" can only mean "none": 安全事故发生率 0.
      if (parsed.comparator || parsed.unit || parsed.number === 0) continue;
      // "250万", "1.2万": the magnitude word is written; what it counts is the indicator's (250万 of 成本 is 万元).
      if (/\d\s*[万亿]\s*$/.test(text)) continue;
      // 0.95 for a rate is 95% (often a percent-formatted cell whose format the snapshot did not carry).
      if (typeof raw === 'number' && raw > 0 && raw <= 1 && RATE_NAME.test(row.name.value)) continue;
      context.report({ cell: row.value.cell, data: { value: text } });
    }
  },
};

const RATE_NAME = /率|占比|比例|比重|满意度/;

/** An indicator named by an amount ("20万元"): the budget written where the indicator belongs. */
const AMOUNT_ONLY = /^\d+(?:\.\d+)?\s*(?:万元|元|万|亿元)$/;

/** A money cost: under 成本指标 / 经济成本指标, and named as a fee or cost (not 社会成本 such as 占地面积). */
function isCostRow(level2: string | undefined, name: string): boolean {
  return (level2 === '成本指标' || level2 === '经济成本指标') && /费|成本|资金|经费|单价|造价|价格|补助|补贴|标准/.test(name);
}

/** Only opposite directions contradict: ≥ against ≤ (or 正向 against ≤). "=95" beside "≥" states the bound. */
function compatible(own: string, column: string): boolean {
  const direction = (c: string) => (c.startsWith('>') ? 1 : c.startsWith('<') ? -1 : 0);
  return direction(own) * direction(column) >= 0;
}

// ‰ is converted to % by the parser; 个百分点 beside a % column is the same scale.
function isPercent(u: string): boolean {
  return /^[(（]?(?:%|‰|百分比|百分率|个?百分点)[)）]?$/.test(u);
}

function isMoney(u: string): boolean {
  return /元$/.test(u);
}
