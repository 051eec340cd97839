import Big from 'big.js';
import { checkSheet, planSheetFill } from '../../../src/core/check';
import type { CellWrite, FillPlan } from '../../../src/core/fill/plan';
import { toA1 } from '../../../src/core/grid/address';
import { Grid } from '../../../src/core/grid/grid';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { detectSelfEvaluations } from '../../../src/core/evaluation/self/layout';
import { qualitativeLevel, quantityShare } from '../../../src/core/evaluation/self/scoring';
import { parsePolicy } from '../../../src/core/policy/policy';
import { SCHOOL_ROWS, selfForm, type SelfRow } from './self-form';
import { mergeFromA1 } from '../../helpers/sheet';

const policy = parsePolicy({});

function plan(s: SheetSnapshot, options: { overwrite?: boolean; policy?: unknown } = {}): FillPlan {
  const fill = planSheetFill(s, { overwrite: options.overwrite, policy: parsePolicy(options.policy ?? {}) });
  if (!fill) throw new Error('no fillable table detected');
  expect(fill.kind).toBe('self-evaluation');
  return fill.plan;
}
const byCell = (writes: Iterable<CellWrite>) => Object.fromEntries([...writes].map((w) => [toA1(w.ref), w.value]));

/** SCHOOL_ROWS with row i replaced. Indicator i sits on sheet row 13 + i; its 得分 is H(13 + i). */
function withRow(i: number, row: SelfRow): SelfRow[] {
  return SCHOOL_ROWS.map((r, j) => (j === i ? row : r));
}

describe('self-evaluation layout (published template)', () => {
  const [form, ...rest] = detectSelfEvaluations(new Grid(selfForm({ rows: SCHOOL_ROWS, gradeLabel: true })));
  it('finds the money block, the indicator table and the 总分 row', () => {
    expect(rest).toHaveLength(0);
    expect(form.projectName).toBe('城区中小学校舍维修改造项目');
    expect(form.money?.headerRow).toBe(4);
    expect(form.money?.rows.map((r) => [r.kind, r.label])).toEqual([
      ['total', '年度资金总额'],
      ['fiscal', '其中:当年财政拨款'],
      ['carryover', '上年结转资金'],
      ['other', '其他资金'],
    ]);
    expect(form.headerRow).toBe(11);
    expect(form.columns).toMatchObject({ level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, deviation: 8 });
    expect(form.indicators.map((i) => i.name.value)).toEqual(SCHOOL_ROWS.map((r) => r[2]));
    expect(form.indicators[8].level1).toBe('满意度指标');
    expect(form.totalRow).toBe(21);
    expect(form.gradeCell && toA1(form.gradeCell)).toBe('J22');
  });
});

describe('self-evaluation fill on the template: 执行率 10 · 产出 50 · 效益 30 · 满意度 10', () => {
  const p = plan(selfForm({ rows: SCHOOL_ROWS }));
  const w = byCell(p.writes);

  it('fills 执行率 per money row (percent format) and the execution score on 年度资金总额', () => {
    // 342/360 = 95%; 290/300 = 96.67%; 上年结转 0/0 has no rate; 52/60 = 86.67%.
    expect([w.G6, w.G7, w.G8, w.G9]).toEqual([0.95, 0.9667, undefined, 0.8667]);
    expect(p.writes.toArray().find((x) => toA1(x.ref) === 'G6')?.numberFormat).toBe('0.00%');
    expect(w.H6).toBe(9.5);
  });

  it('scores each indicator: proportional, inverted for lower-is-better, capped, banded', () => {
    expect([w.H13, w.H14, w.H15, w.H16, w.H17, w.H18, w.H19, w.H20, w.H21]).toEqual([
      15, // 4300 ≥ 4200: full
      10, // =3所, 3所: full
      9.8, // 98% of 100%
      0, // finished after the deadline
      9.52, // ≤857元, 900元: 10 × 857 / 900 = 9.5222
      10, // 4300 ≥ 3500: capped at the 分值
      10,
      10, // 达成年度指标: the 'met' band
      9.78, // 88% against ≥90%: 10 × 88 / 90 = 9.7778
    ]);
    expect(p.writes.toArray().find((x) => toA1(x.ref) === 'H17')?.numberFormat).toBe('0.00');
  });

  it('writes the total and the grade (a 评价等级 column is added when the form has no place for it)', () => {
    expect(w.H22).toBe(93.6);
    expect(p.writes.toArray().filter((x) => x.role === 'header').map((x) => `${toA1(x.ref)}=${x.value}`)).toEqual(['J12=评价等级']);
    expect(w.J22).toBe('优秀');
    expect(p.summary).toEqual({ byGrade: { 优秀: 1 }, totalScore: '93.6' });
    expect(p.rowsFilled).toBe(13);
    expect(p.skippedRows).toEqual([]);
  });

  it('advises on a target far exceeded, and nothing else', () => {
    expect(p.findings.map((f) => `${f.cell} ${f.ruleId} ${f.severity}`)).toEqual(['F18 eval/target-too-low info']);
    expect(p.findings[0].message).toBe('「受益师生人数」实际完成值达到年度指标值的 123%，指标值可能设定偏低');
  });

  it('writes the grade next to a 自评等级 label when the form has one', () => {
    const q = plan(selfForm({ rows: SCHOOL_ROWS, gradeLabel: true }));
    expect(byCell(q.writes).J22).toBe('优秀');
    expect(q.writes.toArray().filter((x) => x.role === 'header')).toEqual([]);
  });
});

describe('self-evaluation fill: missing columns and rows', () => {
  it('adds 得分 columns to the money block and the indicator table, and 评价等级', () => {
    const p = plan(selfForm({ rows: SCHOOL_ROWS, noScoreColumns: true }));
    expect(p.writes.toArray().filter((x) => x.role === 'header').map((x) => `${toA1(x.ref)}=${x.value}`)).toEqual(['H5=得分', 'H12=得分', 'I12=评价等级']);
    const w = byCell(p.writes);
    expect([w.H6, w.H13, w.H22, w.I22]).toEqual([9.5, 15, 93.6, '优秀']);
  });

  it('adds a 总分 row under the table when there is none', () => {
    const p = plan(selfForm({ rows: SCHOOL_ROWS, noTotalRow: true }));
    const w = byCell(p.writes);
    expect(w.B22).toBe('总分');
    expect(w.H22).toBe(93.6);
  });
});

describe('self-evaluation fill: nothing lost', () => {
  const rows = withRow(2, ['产出指标', '质量指标', '工程验收合格率', '100%', '98%', 10, 8]);
  it('keeps a typed score, lists it, and counts it in the total', () => {
    const p = plan(selfForm({ rows }));
    expect(p.skippedCells.map((c) => [toA1(c.ref), c.existing, c.proposed])).toEqual([['H15', 8, 9.8]]);
    expect(byCell(p.writes).H22).toBe(91.8);
  });
  it('replaces it only when asked', () => {
    const p = plan(selfForm({ rows }), { overwrite: true });
    expect(byCell(p.writes).H15).toBe(9.8);
    expect(byCell(p.writes).H22).toBe(93.6);
  });
  it('uses a typed score where the add-in cannot score (a target it cannot measure)', () => {
    const p = plan(selfForm({ rows: withRow(7, ['效益指标', '可持续影响指标', '长效管护机制', '明显提升', '已建立', 10, 9]) }));
    expect(p.findings.filter((f) => f.ruleId === 'eval/unscorable')).toEqual([]);
    expect(byCell(p.writes).H22).toBe(92.6);
  });
  it('does not count text typed in a 得分 cell, and says so', () => {
    const p = plan(selfForm({ rows: withRow(2, ['产出指标', '质量指标', '工程验收合格率', '100%', '98%', 10, '待评']) }));
    expect(byCell(p.writes).H22).toBeUndefined();
    expect(p.findings.map((f) => `${f.cell} ${f.messageId}`)).toContain('H15 typedScoreInvalid');
  });
});

describe('self-evaluation fill: bad input', () => {
  it('an indicator without an actual gets no score, the form no total or grade; the rest is filled', () => {
    const p = plan(selfForm({ rows: withRow(0, ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米', null, 15]) }));
    const w = byCell(p.writes);
    expect(w.H13).toBeUndefined();
    expect(w.H14).toBe(10);
    expect(w.H22).toBeUndefined();
    expect(w.J22).toBeUndefined();
    expect(p.skippedRows.map((r) => [r.row + 1, r.reason])).toEqual([
      [13, '无法计算得分：实际完成值为空'],
      [22, '有指标未能计分，未计算总分和评价等级'],
    ]);
    expect(p.findings.map((f) => `${f.cell} ${f.ruleId} ${f.messageId}`)).toContain('F13 eval/unscorable actualBlank');
  });

  it('names the cell of a bad budget, an error value in 全年执行数, a non-numeric 分值, units that differ', () => {
    const s = selfForm({ money: [360, { error: '#DIV/0!' }, 342, 10], rows: withRow(1, ['产出指标', '数量指标', '维修改造学校数量', '=3所', '3台', '十']) });
    const f = checkSheet(s)!.findings.map((x) => `${x.cell} ${x.messageId}`);
    expect(f).toEqual(expect.arrayContaining(['D6 budgetInvalid', 'G14 weightInvalid']));
    const s2 = selfForm({ money: [360, 360, '待定', 10], rows: withRow(1, ['产出指标', '数量指标', '维修改造学校数量', '=3所', '3台', 10]) });
    const f2 = checkSheet(s2)!.findings.map((x) => `${x.cell} ${x.messageId}`);
    expect(f2).toEqual(expect.arrayContaining(['E6 executedInvalid', 'F14 unitMismatch']));
  });

  it('warns when the 分值 do not add up to 100', () => {
    const p = plan(selfForm({ rows: withRow(0, ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米', '4300平方米', 10]) }));
    expect(p.findings.map((f) => `${f.cell} ${f.ruleId} ${f.message}`)).toContain('G22 eval/weights-total 各项分值合计为 95，不等于满分 100');
  });

  it('without a money block: no total unless the indicators carry the full weight', () => {
    const p = plan(selfForm({ money: null, rows: SCHOOL_ROWS }));
    expect(p.findings.map((f) => `${f.cell} ${f.messageId}`)).toContain('B12 noMoneyBlock');
    expect(byCell(p.writes).H22).toBeUndefined();
    const full = withRow(0, ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米', '4300平方米', 25]);
    const q = plan(selfForm({ money: null, rows: full }));
    expect(q.findings.filter((f) => f.ruleId === 'eval/unscorable')).toEqual([]);
    expect(byCell(q.writes).H22).toBe(94.1);
  });

  it('caps the execution score at its 分值 when more was spent than budgeted', () => {
    const w = byCell(plan(selfForm({ money: [360, 360, 378, 10], rows: SCHOOL_ROWS })).writes);
    expect(w.G6).toBe(1.05);
    expect(w.H6).toBe(10);
  });

  it('writes nothing on a protected sheet', () => {
    const p = plan(selfForm({ rows: SCHOOL_ROWS, protected: true }));
    expect(p.writes.toArray()).toEqual([]);
    expect(p.skippedRows.length).toBeGreaterThan(0);
    expect(p.skippedRows[0].reason).toContain('受保护');
  });
});

describe('self-evaluation: policy settings', () => {
  it('rounds the execution score to whole points when set', () => {
    const w = byCell(plan(selfForm({ rows: SCHOOL_ROWS }), { policy: { evaluation: { selfEvaluation: { executionScoreDecimals: 0 } } } }).writes);
    expect(w.H6).toBe(10); // 9.5 rounds half away from zero
    expect(w.H22).toBe(94.1);
  });
  it('uses a linear penalty for overshot lower-is-better targets when set', () => {
    const w = byCell(plan(selfForm({ rows: SCHOOL_ROWS }), { policy: { evaluation: { selfEvaluation: { overshoot: 'linearPenalty' } } } }).writes);
    expect(w.H17).toBe(9.5); // 10 × (2 × 857 − 900) / 857 = 9.498
  });
  it('gives part of the 分值 for a missed deadline when set', () => {
    const w = byCell(plan(selfForm({ rows: SCHOOL_ROWS }), { policy: { evaluation: { selfEvaluation: { missedDeadlineShare: 0.5 } } } }).writes);
    expect(w.H16).toBe(2.5);
  });
  it('moves the advisory threshold, or turns the advice off', () => {
    const raised = plan(selfForm({ rows: SCHOOL_ROWS }), { policy: { evaluation: { selfEvaluation: { targetTooLowRatio: 1.3 } } } });
    expect(raised.findings).toEqual([]);
    const off = plan(selfForm({ rows: SCHOOL_ROWS }), { policy: { rules: { 'eval/target-too-low': 'off' } } });
    expect(off.findings).toEqual([]);
  });
  it('uses its own bands for the grade', () => {
    const w = byCell(plan(selfForm({ rows: SCHOOL_ROWS }), { policy: { evaluation: { bands: { excellent: 95, good: 85, pass: 60 } } } }).writes);
    expect(w.J22).toBe('良好');
  });
});

describe('self-evaluation: indicator kinds', () => {
  const score = (row: SelfRow) => byCell(plan(selfForm({ rows: withRow(1, row) })).writes).H14;
  it.each<[string, SelfRow, number]>([
    ['a percent cell stored as a fraction', ['产出指标', '质量指标', '合格率', '≥95%', 0.98, 10], 10],
    ['a fraction short of a percent target', ['产出指标', '质量指标', '合格率', '100%', 0.9, 10], 9],
    ['money in another unit (0.09万元 = 900元)', ['产出指标', '成本指标', '单位成本', '≤857元', '0.09万元', 10], 9.52],
    ['a date cell before the deadline', ['产出指标', '时效指标', '完工时间', '2025年10月31日前', new Date(Date.UTC(2025, 9, 20)), 10], 10],
    ['a date after the deadline', ['产出指标', '时效指标', '完工时间', '2025年10月31日前', '2025年11月1日', 10], 0],
    ['a relative deadline overshot (三个月内, 4个月)', ['产出指标', '时效指标', '办理时限', '三个月内', '4个月', 10], 7.5],
    ['"按期完成" for a deadline', ['产出指标', '时效指标', '完工时间', '2025年10月31日前', '按期完成', 10], 10],
    ['zero accidents reached', ['效益指标', '社会效益指标', '安全事故', '=0起', '0起', 10], 10],
    ['zero accidents missed', ['效益指标', '社会效益指标', '安全事故', '=0起', '2起', 10], 0],
    ['无安全事故 against 无', ['效益指标', '社会效益指标', '安全生产', '无安全事故', '无', 10], 10],
    ['无安全事故 against 1起', ['效益指标', '社会效益指标', '安全生产', '无安全事故', '1起', 10], 0],
    ['a standard met (same text)', ['产出指标', '质量指标', '施工质量', '符合《建筑工程施工质量验收统一标准》', '符合《建筑工程施工质量验收统一标准》', 10], 10],
    ['部分达成并具有一定效果', ['效益指标', '社会效益指标', '办学条件', '达到省定标准', '部分达成并具有一定效果', 10], 7],
    ['未达成且效果较差', ['效益指标', '社会效益指标', '办学条件', '达到省定标准', '未达成且效果较差', 10], 3],
    ['a count reached, unit written as 10台 vs 10台', ['产出指标', '数量指标', '购置设备', '10台', '10台', 10], 10],
    ['a count short, ≥ comparator', ['产出指标', '数量指标', '购置设备', '不少于10台', '8台', 10], 8],
  ])('%s', (_name, row, expected) => {
    expect(score(row)).toBe(expected);
  });
});

describe('quantityShare and qualitativeLevel', () => {
  const b = (n: number) => new Big(n);
  it.each<[string, '>=' | '<=' | '=' | undefined, number, number, 'proportional' | 'linearPenalty', string]>([
    ['higher is better, reached', '>=', 100, 120, 'proportional', '1'],
    ['higher is better, short', '>=', 100, 80, 'proportional', '0.8'],
    ['no comparator reads as higher is better', undefined, 4, 3, 'proportional', '0.75'],
    ['lower is better, within', '<=', 100, 90, 'proportional', '1'],
    ['lower is better, over: target ÷ actual', '<=', 100, 125, 'proportional', '0.8'],
    ['lower is better, over: linear penalty', '<=', 100, 125, 'linearPenalty', '0.75'],
    ['linear penalty bottoms out at 0', '<=', 100, 250, 'linearPenalty', '0'],
    ['= 0 reached', '=', 0, 0, 'proportional', '1'],
    ['= 0 missed', '=', 0, 1, 'proportional', '0'],
    ['≤ 0 missed', '<=', 0, 3, 'proportional', '0'],
  ])('%s', (_n, comparator, target, actual, overshoot, share) => {
    expect(quantityShare({ comparator, number: b(target) }, b(actual), overshoot).share.toString()).toBe(share);
  });

  it('reads bands from words, 未达成 before 达成, one-character answers only whole', () => {
    const sp = policy.evaluation.selfEvaluation;
    expect(qualitativeLevel('达成年度指标', 'X', sp)).toBe('met');
    expect(qualitativeLevel('部分达成并具有一定效果', 'X', sp)).toBe('partial');
    expect(qualitativeLevel('未达成且效果较差', 'X', sp)).toBe('notMet');
    expect(qualitativeLevel('尚未完成', 'X', sp)).toBe('notMet');
    expect(qualitativeLevel('是', '是', sp)).toBe('met');
    expect(qualitativeLevel('否', '是', sp)).toBe('notMet');
    expect(qualitativeLevel('不是很好说', '是', sp)).toBeNull();
    expect(qualitativeLevel('', '是', sp)).toBeNull();
  });
});

describe('self-evaluation: the provinces’ variants of the form', () => {
  const values = (s: SheetSnapshot) => byCell(plan(s).writes);

  it('分值 before 年度指标值, 全年实际值, 产出指标(50分), an ASCII comparator copied into the actual, a 其中 breakdown row', () => {
    const s = sheetOf(
      [
        ['绩效目标自评表'],
        ['项目名称', '水标尺安装'],
        ['资金情况(万元)', null, '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
        [null, '年度资金总额:', 20, 16, 10, null, null],
        ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施'],
        ['产出指标(90分)', '数量指标', '★安装水标尺', 50, '>=266米', '≥266米', null, null],
        [null, null, '其中坡面水标尺', null, '200米', '200米', null, null],
        [null, '质量指标', '验收合格率', 40, '100%', '90%', null, null],
        ['总分', null, null, 100, null, null, null, null],
      ],
      ['A3:B3', 'A6:A8', 'A9:C9'],
    );
    const w = values(s);
    expect([w.F4, w.G4]).toEqual([0.8, 8]);
    expect([w.G6, w.G7, w.G8]).toEqual([50, undefined, 36]);
    expect(w.G9).toBe(94);
    expect(w.I9).toBe('优秀');
  });

  it('a two-row header (年度指标值 over 指标性质 · 指标值 · 度量单位) and a 总分 row shared with 其他需要说明事项', () => {
    const s = sheetOf(
      [
        ['项目支出绩效自评表'],
        ['项目资金 (元)', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [null, '年度资金总额', null, 1000, 1000, 10, null, null],
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', null, null, null, null],
        ['产出指标', '数量指标', '受助人数', '≧', 735, '人次', 735, 40, null, null],
        ['效益指标', '社会效益指标', '政策知晓率', '═', 100, '%', '98%', 50, null, null],
        ['其他需要说明事项', '无', null, null, null, null, '总分', 100, null, null],
      ],
      ['A4:C4', 'D4:F4', 'G4:G5', 'H4:H5', 'I4:I5', 'J4:J5', 'B8:F8'],
    );
    const w = values(s);
    expect([w.I6, w.I7]).toEqual([40, 49]);
    expect([w.I8, w.J8]).toEqual([99, '优秀']); // the grade closes the 总分 row, as on the published form
  });

  it('a form without 分值 or 得分 (transfer-payment form): only 执行率 is filled, nothing is reported', () => {
    const s = sheetOf([
      ['中央、市级专项转移支付绩效目标自评表'],
      ['项目资金(万元)', null, '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'],
      [null, '年度资金总额:', '372.29万元', '372.29万元', null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'],
      ['产出指标', '数量指标', '新建道路', '524m', '524m', null],
    ]);
    const p = plan(s);
    expect(byCell(p.writes)).toEqual({ E3: 1 });
    expect(p.findings).toEqual([]);
    expect(p.skippedRows).toEqual([]);
  });

  it('得分 without 分值: reported once, the typed scores count', () => {
    const s = sheetOf([
      ['项目资金（万元）', null, '全年预算数', '全年执行数', '执行率', '得分'],
      [null, '年度资金总额', 10, 10, null, null],
      ['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值', '得分'],
      ['产出指标', '质量指标', '监测数据合格率', '100%', '100%', null],
    ]);
    const p = plan(s);
    expect(p.findings.map((f) => `${f.cell} ${f.messageId}`)).toEqual(['F3 noWeightColumn']);
  });

  it('no 总分 row and 分值 that do not add up to 100 (a table cut short): no total, and says why', () => {
    const p = plan(selfForm({ rows: SCHOOL_ROWS.slice(0, 4), noTotalRow: true }));
    expect(p.writes.toArray().some((x) => x.value === '总分')).toBe(false);
    expect(p.skippedRows.map((r) => r.reason)).toContainEqual(expect.stringContaining('分值合计 50 不等于 100'));
    expect(p.findings.filter((f) => f.ruleId === 'eval/weights-total')).toEqual([]);
  });
});

function sheetOf(rows: unknown[][], merges: string[] = []): SheetSnapshot {
  return { name: '自评表', origin: { row: 0, col: 0 }, values: rows as SheetSnapshot['values'], merges: merges.map(mergeFromA1) };
}
