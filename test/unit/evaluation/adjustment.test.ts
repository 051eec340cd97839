import { decideAdjustment, type EvaluationType, type Outstanding } from '../../../src/core/evaluation/adjustment';
import type { GradeKey } from '../../../src/core/evaluation/policy';
import { parsePolicy } from '../../../src/core/policy/policy';

const policy = parsePolicy({}).evaluation;
const BASE = '上年度年初预算项目经费';

const GRADES: GradeKey[] = ['excellent', 'good', 'pass', 'poor'];
const TYPES: EvaluationType[] = ['process', 'result', 'unknown'];
const OUTSTANDING: Outstanding[] = ['yes', 'no', 'unrecorded'];

/** The county's table (domain.md §6) with our documented defaults, written out independently. */
function expected(grade: GradeKey, type: EvaluationType, outstanding: Outstanding): { ratio: string; text: string } {
  switch (grade) {
    case 'excellent':
      if (outstanding === 'yes') return { ratio: '0.1', text: `优秀且绩效突出：按${BASE}的10%调增` };
      if (outstanding === 'no') return { ratio: '0.05', text: `优秀（未评为绩效突出，按良好档调整）：按${BASE}的5%调增` };
      return { ratio: '0.1', text: `优秀（未记录是否绩效突出，按绩效突出处理）：按${BASE}的10%调增` };
    case 'good':
      return { ratio: '0.05', text: `良好：按${BASE}的5%调增` };
    case 'pass': {
      const after = {
        process: '过程评价项目：整改意见落实期间暂缓拨款及支付',
        result: '结果评价项目：安排该部门其他项目资金时，原则上不再具备优先保障资格',
        unknown: '未注明评价类型（过程评价/结果评价），请补充后确定后续措施',
      }[type];
      return { ratio: '0', text: `合格：不调整；须整改。${after}` };
    }
    default:
      return { ratio: '-0.1', text: `差：按${BASE}的10%调减` };
  }
}

describe('decideAdjustment: every grade × 评价类型 × 绩效突出', () => {
  for (const grade of GRADES) {
    for (const evaluationType of TYPES) {
      for (const outstanding of OUTSTANDING) {
        it(`${grade} / ${evaluationType} / 绩效突出 ${outstanding}`, () => {
          const a = decideAdjustment({ grade, evaluationType, outstanding, baseLabel: BASE }, policy);
          const e = expected(grade, evaluationType, outstanding);
          expect(a.ratio.toString()).toBe(e.ratio);
          expect(a.text).toBe(e.text);
        });
      }
    }
  }
});

describe('decideAdjustment: policy choices where the deck is silent', () => {
  it('优秀 without 绩效突出 recorded can follow the 良好 rate or no change, and the text says which', () => {
    const asGood = parsePolicy({ evaluation: { excellentUnrecorded: 'asGood' } }).evaluation;
    const a = decideAdjustment({ grade: 'excellent', outstanding: 'unrecorded', evaluationType: 'unknown', baseLabel: BASE }, asGood);
    expect(a.ratio.toString()).toBe('0.05');
    expect(a.tier).toBe('good');
    expect(a.text).toBe(`优秀（未记录是否绩效突出，按良好档调整）：按${BASE}的5%调增`);

    const none = parsePolicy({ evaluation: { excellentUnrecorded: 'noChange', excellentNotOutstanding: 'noChange' } }).evaluation;
    const b = decideAdjustment({ grade: 'excellent', outstanding: 'no', evaluationType: 'unknown', baseLabel: BASE }, none);
    expect(b.ratio.toString()).toBe('0');
    expect(b.text).toBe('优秀（未评为绩效突出，不予调整）：不调整');
  });

  it('uses rates and texts from the policy', () => {
    const p = parsePolicy({
      evaluation: {
        rates: { excellentOutstanding: 0.08, good: 0.025, pass: -0.02, poor: -0.15 },
        texts: { increase: '调增{{rate}}（基数：{{base}}）', followUp: { poor: '约谈主管部门' } },
      },
    }).evaluation;
    const good = decideAdjustment({ grade: 'good', outstanding: 'unrecorded', evaluationType: 'unknown', baseLabel: '上年预算数' }, p);
    expect(good.ratio.toString()).toBe('0.025');
    expect(good.text).toBe('良好：调增2.5%（基数：上年预算数）');
    const poor = decideAdjustment({ grade: 'poor', outstanding: 'unrecorded', evaluationType: 'unknown', baseLabel: '上年预算数' }, p);
    expect(poor.ratio.toString()).toBe('-0.15');
    expect(poor.text).toBe('差：按上年预算数的15%调减；约谈主管部门');
    const pass = decideAdjustment({ grade: 'pass', outstanding: 'unrecorded', evaluationType: 'process', baseLabel: '上年预算数' }, p);
    expect(pass.ratio.toString()).toBe('-0.02');
    expect(pass.text).toMatch(/^合格：按上年预算数的2%调减；须整改。过程评价项目/);
  });

  it('notes a grade typed without a score', () => {
    const a = decideAdjustment({ grade: 'good', outstanding: 'unrecorded', evaluationType: 'unknown', baseLabel: BASE, gradeNotes: [policy.texts.gradeAsTyped] }, policy);
    expect(a.text).toBe(`良好（无评价得分，按填写的等级）：按${BASE}的5%调增`);
  });
});
