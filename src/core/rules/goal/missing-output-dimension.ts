import type { IndicatorRow } from '../../layout/goal-model';
import type { ParsedTarget } from '../../values/types';
import type { OutputDimension } from '../../vocab/hierarchy';
import type { GoalRule } from '../types';
import { hasLevelLabels, isBenefitRow, isSatisfactionRow } from './levels';

const DIMENSIONS: readonly OutputDimension[] = ['数量指标', '质量指标', '时效指标', '成本指标'];

const EN: Readonly<Record<OutputDimension, string>> = { 数量指标: 'quantity', 质量指标: 'quality', 时效指标: 'timeliness', 成本指标: 'cost' };

const EXAMPLES: Readonly<Record<OutputDimension, string>> = {
  数量指标: '如「购置设备数量 =1台」「受益人数 ≥3500人」',
  质量指标: '如「验收合格率 100%」「设备正常使用率 ≥95%」',
  时效指标: '如「完成时间 2025年10月31日前」',
  成本指标: '如「单位成本 ≤…元」「项目总成本 ≤…万元」',
};

// What an output indicator measures, read from its name when its 二级 label is blank or not a category name.
const TIME_NAME = /时间|时限|工期|进度|及时|期限|周期|时效|日期|天数|时长|按时|按月|按期|按季|用时|开工率/;
const COST_NAME = /成本|费用|单价|造价|经费|资金|投入|预算|补助标准|补贴标准|金额|支出|概算/;
/** A quality rate by any name: it covers 质量 even when filed under another 二级 (成活率 under 数量指标). */
const QUALITY_RATE = /合格率|达标率|成活率|优良率|准确率|完好率|验收合格/;
const QUALITY_NAME = /合格|达标|验收|质量|准确|完好|正常使用|优良|规范|通过率|成功率|正确率|完成率|覆盖率|足额|办结率/;
const QUANTITY_NAME = /数量|人数|人次|个数|次数|场次|件数|户数|台数|套数|面积|长度|里程|规模/;

/**
 * Every dimension a row's name states, for tables with no level columns at all: "是否按时足额发放" is on
 * time (时效) and in full (质量).
 */
function namedDimensions(row: IndicatorRow, parsed: ParsedTarget): OutputDimension[] {
  const name = row.name.value;
  const out: OutputDimension[] = [];
  if (parsed.kind === 'deadline' || TIME_NAME.test(name)) out.push('时效指标');
  if (COST_NAME.test(name) || (parsed.kind === 'quantity' && parsed.moneyScale !== undefined)) out.push('成本指标');
  if (QUALITY_NAME.test(name)) out.push('质量指标');
  if (QUANTITY_NAME.test(name)) out.push('数量指标');
  return out;
}

/** The dimension a row without a recognised 二级 most likely covers, from its name and its target. */
function inferredDimension(row: IndicatorRow, parsed: ParsedTarget): OutputDimension | undefined {
  const name = row.name.value;
  if (parsed.kind === 'deadline' || TIME_NAME.test(name)) return '时效指标';
  if (COST_NAME.test(name) || (parsed.kind === 'quantity' && parsed.moneyScale !== undefined)) return '成本指标';
  if (QUALITY_NAME.test(name) || parsed.kind === 'qualitative') return '质量指标';
  if (QUANTITY_NAME.test(name) || (parsed.kind === 'quantity' && !parsed.isPercent && parsed.unit !== '')) return '数量指标';
  return undefined;
}

/** goal/missing-output-dimension: 产出 must cover 数量, 质量, 时效 and 成本 (the deck's 全面性). */
export const missingOutputDimension: GoalRule = {
  meta: {
    id: 'goal/missing-output-dimension',
    defaultSeverity: 'warning',
    description: 'Reports each of the four output dimensions (quantity, quality, timeliness, cost) that a project’s output indicators do not cover.',
    messages: {
      default: {
        message: { zh: '产出指标缺少{{dimension}}', en: 'Output indicators lack the {{dimensionEn}} dimension' },
        hint: { zh: '在“产出指标”下增加{{dimension}}，{{example}}', en: 'Add a {{dimensionEn}} indicator under 产出指标' },
      },
    },
  },
  check(context) {
    const { goalSet } = context;
    const covered = new Set<OutputDimension>();
    if (!hasLevelLabels(goalSet)) {
      // A flat list of indicators (no 一级/二级 columns): read each name for the dimensions it states, and
      // speak only when the names show an output list (two dimensions or more): silence beats four guesses.
      for (const row of goalSet.indicators) {
        if (isSatisfactionRow(row)) continue;
        for (const d of namedDimensions(row, context.parsedValue(row))) covered.add(d);
      }
      if (covered.size < 2) return;
      for (const d of DIMENSIONS) {
        if (!covered.has(d)) context.report({ cell: goalSet.anchor, data: { dimension: d, dimensionEn: EN[d], example: EXAMPLES[d] } });
      }
      return;
    }
    for (const row of goalSet.indicators) {
      if (row.processRequirement) {
        // 过程管理 rows state how the work runs: on time (开工率, 用时) and within cost (超概算比例), nothing more.
        const d = inferredDimension(row, context.parsedValue(row));
        if (d === '时效指标' || d === '成本指标') covered.add(d);
        continue;
      }
      if (QUALITY_RATE.test(row.name.value)) covered.add('质量指标');
      // A dimension filed under the wrong 一级 still counts: goal/hierarchy reports the misfiling.
      if (row.level2Def?.dimension) covered.add(row.level2Def.dimension);
      // 成本指标 as a 一级 of its own (财预〔2021〕101号) covers cost whatever its 二级.
      else if (row.level1Canonical === '成本指标') covered.add('成本指标');
      else if (!row.level2Def && (row.level1Canonical === '产出指标' || !row.level1Canonical) && !isSatisfactionRow(row) && !isBenefitRow(row)) {
        // Sloppy forms leave the 二级 blank or put the indicator there: read the dimension from the indicator.
        const d = inferredDimension(row, context.parsedValue(row));
        if (d) covered.add(d);
      }
    }
    // One finding per missing dimension, even when 产出 is absent altogether: each names one thing to add.
    for (const d of DIMENSIONS) {
      if (!covered.has(d)) context.report({ cell: goalSet.anchor, data: { dimension: d, dimensionEn: EN[d], example: EXAMPLES[d] } });
    }
  },
};
