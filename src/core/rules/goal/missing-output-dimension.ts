import type { OutputDimension } from '../../vocab/hierarchy';
import type { GoalRule } from '../types';

const DIMENSIONS: readonly OutputDimension[] = ['数量指标', '质量指标', '时效指标', '成本指标'];

const EXAMPLES: Readonly<Record<OutputDimension, string>> = {
  数量指标: '如「购置设备数量 =1台」「受益人数 ≥3500人」',
  质量指标: '如「验收合格率 100%」「设备正常使用率 ≥95%」',
  时效指标: '如「完成时间 2025年10月31日前」',
  成本指标: '如「单位成本 ≤…元」「项目总成本 ≤…万元」',
};

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
    if (goalSet.indicators.length === 0) return;
    // One finding per missing dimension, even when 产出 is absent altogether: each names one thing to add.
    const covered = new Set(goalSet.indicators.map((r) => r.level2Def?.dimension).filter(Boolean));
    // 成本指标 as a 一级 of its own (财预〔2021〕101号) also covers cost.
    if (goalSet.indicators.some((r) => r.level1Canonical === '成本指标')) covered.add('成本指标');
    const en: Record<OutputDimension, string> = { 数量指标: 'quantity', 质量指标: 'quality', 时效指标: 'timeliness', 成本指标: 'cost' };
    for (const d of DIMENSIONS) {
      if (!covered.has(d)) context.report({ cell: goalSet.anchor, data: { dimension: d, dimensionEn: en[d], example: EXAMPLES[d] } });
    }
  },
};
