import { cellText } from '../../grid/grid';
import { displayValue } from '../../grid/display';
import { normalizeText } from '../../text/normalize';
import { judgedGoals, vagueGoalWord } from './goal-text';

/**
 * What a percentage can be a share of: a rate, a proportion, a coverage or completion, a satisfaction, a
 * payout or budget execution. A name with none of these ("齐抓共管", "生活得到改善") has no denominator.
 */
const MEASURE_NOUN =
  /率|比|占|满意|覆盖|达标|合格|知晓|程度|指数|到位|完成|落实|执行|验收|准确|及时|按时|按期|拨付|发放|兑付|兑现|使用|支出|成活|普及|参与|出勤|保有|回收|处理|利用|入学|就业|升学|通过|建成|投运|运行|完好|正常|整改|解决|办结|受理|结案|上线|公开|考核|抽检|检测|监测|达到|实现|控制|下降|降低|提高|增长|增加|减少|节约|%|成本|预算|资金|经费|补助|补贴|工资|报酬|标准|审|确认|核实|核查|认定|申报|受益|满足|提供|供应/;

/** Change words (提高, 改善) measure a rate of change ("收入增长 ≥10%"), but "=100%" on them is a slogan. */
const CHANGE_ONLY = /^[^率比占覆盖达标合格]*(?:提高|提升|改善|增强|加强)[^率比占]*$/;

function percentOfNothing(name: string, percent: number): boolean {
  if (!MEASURE_NOUN.test(name)) return true;
  return percent >= 100 && CHANGE_ONLY.test(name);
}

const AMOUNT_NAME = /^\d+(?:\.\d+)?\s*(?:万元|元|万|亿元)$/;

const YES_NO = /^(是|否)$/;
const QUESTION = /是否|有无|有没有|是不是|能否|可否/;

/** A grade word standing alone as the value. */
const BARE_GRADE = /^(良好|较好|很好|好|高|较高|优|良|优良|优秀)$/;
/** Indicators that name the scale their grade belongs to (质量等级 优良, 空气质量 优良, 考核等次 优秀). */
const NAMED_SCALE = /等级|等次|评级|评定|星级|级别|考核结果|评价结果|空气质量|考评/;
import type { GoalRule } from '../types';

/** goal/unquantified: a value (or a whole goal) that cannot be measured. */
export const unquantified: GoalRule = {
  meta: {
    id: 'goal/unquantified',
    defaultSeverity: 'error',
    description: 'Reports target values that cannot be measured (明显提升, 有所增强, 及时, 较高, text with no number and no named standard), and overall goals made only of such words.',
    messages: {
      default: {
        message: { zh: '指标值「{{value}}」无法衡量：「{{word}}」没有可检查的标准', en: 'The value "{{value}}" cannot be measured: "{{word}}" has no checkable standard' },
        hint: {
          zh: '改为量化的目标，如 ≥95%、≥3000人次、较上年提高5个百分点；定性指标应对应明确的标准或等级，如 符合《…》标准、达到国家二级标准',
          en: 'Use a quantified target (≥95%, ≥3000 visits, +5 points on last year), or tie a qualitative value to a named standard or grade',
        },
      },
      percentOfNothing: {
        message: { zh: '三级指标「{{name}}」配「{{value}}」：说不出是什么的百分比，无法核验', en: '"{{name}}" at {{value}}: a percentage of nothing countable' },
        hint: { zh: '写成可计算的比率，如「隐患整改率 ≥95%」「培训覆盖率 100%」，或改为数量、时限', en: 'Use a countable rate (整改率, 覆盖率), or a quantity or deadline' },
      },
      noNumber: {
        message: { zh: '指标值「{{value}}」没有数字、时限或标准，无法衡量', en: 'The value "{{value}}" has no number, deadline or standard' },
        hint: {
          zh: '写明数量、比率或时限（如 ≥95%、=1台、2025年12月31日前），或对应明确的标准（如 符合《…》标准）',
          en: 'State a quantity, rate or deadline, or a named standard',
        },
      },
      goal: {
        message: { zh: '年度总体目标只有「{{word}}」一类的描述，没有任何可衡量的数字', en: 'The overall goal has only words like "{{word}}" and no measurable figure' },
        hint: { zh: '在总体目标中写出产出数量和效果数字，如：建成后可增加学位600个、普及率达到95%', en: 'Put output quantities and effect figures in the goal' },
      },
    },
  },
  check(context) {
    const { goalSet, vocabulary } = context;
    for (const goal of judgedGoals(goalSet)) {
      const word = vagueGoalWord(goal.value, vocabulary);
      if (word) context.report({ cell: goal.cell, messageId: 'goal', data: { word } });
    }
    for (const row of goalSet.indicators) {
      const parsed = context.parsedValue(row);
      const name = row.name.value;
      // "齐抓共管 100%", "激发为民办事的热情 100%": a percentage of nothing countable.
      // (An amount written as the name is goal/value-format's; an explanation such as 全面覆盖 names the share.)
      if (parsed.kind === 'quantity' && parsed.isPercent && name && !AMOUNT_NAME.test(name) && (percentOfNothing(name, parsed.number) && !MEASURE_NOUN.test(row.standard?.value ?? ''))) {
        context.report({ cell: row.name.cell, messageId: 'percentOfNothing', data: { name, value: displayValue(row.value.value, row.valueNumberFormat) } });
        continue;
      }
      // "项目实施情况 良好": a bare grade word with no scale named by the indicator.
      // "社会效益指标 | 是": yes to no question (是/否 answer a 是否 indicator only).
      const bare = parsed.kind === 'qualitative' ? normalizeText(parsed.standard) : '';
      if ((BARE_GRADE.test(bare) && !NAMED_SCALE.test(name)) || (YES_NO.test(bare) && !QUESTION.test(name))) {
        context.report({ cell: row.value.cell, data: { value: cellText(row.value.value), word: bare } });
        continue;
      }
      if (parsed.kind !== 'unmeasurable') continue;
      const value = cellText(row.value.value) || parsed.fragment;
      if (parsed.reason === 'vague') context.report({ cell: row.value.cell, data: { value, word: parsed.fragment } });
      else if (parsed.reason === 'no-number') context.report({ cell: row.value.cell, messageId: 'noNumber', data: { value } });
    }
  },
};
