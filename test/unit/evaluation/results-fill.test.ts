import { checkSheet, planSheetFill } from '../../../src/core/check';
import type { CellWrite, FillPlan } from '../../../src/core/fill/plan';
import { summarizeFillPlan } from '../../../src/core/fill/plan';
import { toA1 } from '../../../src/core/grid/address';
import type { CellValue, SheetSnapshot } from '../../../src/core/grid/types';
import { parsePolicy } from '../../../src/core/policy/policy';
import { grid } from '../../helpers/sheet';
import { resultsSheet } from './results-sheet';

function plan(s: SheetSnapshot, options: { overwrite?: boolean; locale?: 'zh' | 'en' } = {}): FillPlan {
  const fill = planSheetFill(s, options);
  if (!fill) throw new Error('no fillable table detected');
  expect(fill.kind).toBe('evaluation');
  return fill.plan;
}

/** Writes as { A1: value } (and formats as { A1: format }) for compact assertions. */
function byCell(writes: Iterable<CellWrite>): Record<string, string | number> {
  return Object.fromEntries([...writes].map((w) => [toA1(w.ref), w.value]));
}
function formats(writes: Iterable<CellWrite>): Record<string, string | undefined> {
  return Object.fromEntries([...writes].map((w) => [toA1(w.ref), w.numberFormat]));
}

const BASE = '上年度年初预算项目经费';

describe('results table fill: outputs, formats and exact amounts', () => {
  // Rows 3–6: the four floating-point traps, one per grade.
  const s = resultsSheet([
    ['城区学校维修', '结果评价', 95, '是', 1.45],
    ['农村道路养护', '过程评价', 85, '否', 2.9],
    ['乡镇图书馆', '过程评价', 70, null, 1.15],
    ['老年食堂', '结果评价', 50, null, 4.35],
  ]);
  const p = plan(s);
  const w = byCell(p.writes);

  it('adds the five missing output columns at the right of the table with the contract headers', () => {
    expect(p.writes.toArray().filter((x) => x.role === 'header').map((x) => `${toA1(x.ref)}=${x.value}`)).toEqual([
      'G2=评价等级',
      'H2=调整比例',
      'I2=调整金额（万元）',
      'J2=本年度年初预算项目经费（万元）',
      'K2=结果应用',
    ]);
  });

  it('grades by the bands and writes ratios and amounts as numbers, rounded half away from zero', () => {
    expect([w.G3, w.G4, w.G5, w.G6]).toEqual(['优秀', '良好', '合格', '差']);
    expect([w.H3, w.H4, w.H5, w.H6]).toEqual([0.1, 0.05, 0, -0.1]);
    // 1.45 × 10% = 0.145 → 0.15; 2.9 × 5% = 0.145 → 0.15; 1.15 × 0 = 0; 4.35 × −10% = −0.435 → −0.44.
    expect([w.I3, w.I4, w.I5, w.I6]).toEqual([0.15, 0.15, 0, -0.44]);
    expect([w.J3, w.J4, w.J5, w.J6]).toEqual([1.6, 3.05, 1.15, 3.91]);
    for (const v of [w.H3, w.I3, w.J3]) expect(typeof v).toBe('number');
  });

  it('formats 调整比例 as a percent and amounts with two decimals', () => {
    const f = formats(p.writes);
    expect([f.H3, f.H6]).toEqual(['0%', '0%']);
    expect([f.I3, f.J3, f.I6, f.J6]).toEqual(['0.00', '0.00', '0.00', '0.00']);
    expect(f.G3).toBeUndefined();
  });

  it('writes the 结果应用 text naming the rule that applied', () => {
    expect(w.K3).toBe(`优秀且绩效突出：按${BASE}的10%调增`);
    expect(w.K4).toBe(`良好：按${BASE}的5%调增`);
    expect(w.K5).toBe('合格：不调整；须整改。过程评价项目：整改意见落实期间暂缓拨款及支付');
    expect(w.K6).toBe(`差：按${BASE}的10%调减`);
  });

  it('summarises the fill: rows, count by grade and total change in 万元', () => {
    expect(p.rowsFilled).toBe(4);
    expect(p.skippedRows).toEqual([]);
    expect(p.findings).toEqual([]);
    expect(p.summary).toEqual({ byGrade: { 优秀: 1, 良好: 1, 合格: 1, 差: 1 }, totalChange: '-0.14' });
  });
});

describe('results table fill: every band boundary', () => {
  const scores = [100, 90, 89.99, 80, 79.99, 60, 59.99, 0];
  const s = resultsSheet(scores.map((sc, i) => [`项目${i + 1}`, '结果评价', sc, '是', 100]));
  const w = byCell(plan(s).writes);
  it.each(scores.map((sc, i) => [sc, i]))('score %p', (score, i) => {
    const expected = score >= 90 ? '优秀' : score >= 80 ? '良好' : score >= 60 ? '合格' : '差';
    expect(w[`G${3 + i}`]).toBe(expected);
  });
});

describe('results table fill: 评价类型 and 绩效突出 as written in sheets', () => {
  const rows: CellValue[][] = [
    ['A', '结果评价', 95, '√', 100],
    ['B', '结果评价', 95, '否', 100],
    ['C', '结果评价', 95, null, 100],
    ['D', '结果评价', 95, '待定', 100],
    ['E', '过程评价', 65, null, 100],
    ['F', '结果评价', 65, null, 100],
    ['G', null, 65, null, 100],
    ['H', '中期评价', 65, null, 100],
  ];
  const w = byCell(plan(resultsSheet(rows)).writes);
  it('reads 绩效突出 values (√ / 否 / blank / unreadable)', () => {
    expect([w.H3, w.H4, w.H5, w.H6]).toEqual([0.1, 0.05, 0.1, 0.1]);
    expect(w.K3).toMatch(/^优秀且绩效突出/);
    expect(w.K4).toMatch(/^优秀（未评为绩效突出，按良好档调整）/);
    expect(w.K5).toMatch(/^优秀（未记录是否绩效突出，按绩效突出处理）/);
    expect(w.K6).toMatch(/^优秀（未记录是否绩效突出/);
  });
  it('reads 评价类型 for 合格 follow-ups, saying so when it is missing or unknown', () => {
    expect(w.K7).toMatch(/过程评价项目：整改意见落实期间暂缓拨款及支付$/);
    expect(w.K8).toMatch(/结果评价项目：.*不再具备优先保障资格$/);
    expect(w.K9).toMatch(/未注明评价类型/);
    expect(w.K10).toMatch(/未注明评价类型/);
  });
  it('without a 绩效突出 column, 优秀 follows the policy for unrecorded', () => {
    const s = grid('x', [['项目名称', '评价得分', '上年预算数'], ['A', 92, 10]]).snapshot;
    const ww = byCell(plan(s).writes);
    expect(ww.D2).toBe('优秀');
    expect(ww.E2).toBe(0.1);
    expect(ww.H2).toBe('优秀（未记录是否绩效突出，按绩效突出处理）：按上年预算数的10%调增');
    const asGood = planSheetFill(s, { policy: parsePolicy({ evaluation: { excellentUnrecorded: 'asGood' } }) })!;
    expect(byCell(asGood.plan.writes).E2).toBe(0.05);
  });
});

describe('results table fill: bad input', () => {
  const s = resultsSheet([
    ['A', '结果评价', null, null, 100],
    ['B', '结果评价', { error: '#DIV/0!' }, null, 100],
    ['C', '结果评价', '待定', null, 100],
    ['D', '结果评价', 105, null, 100],
    ['E', '结果评价', 85, null, 100],
  ]);
  const p = plan(s);

  it('gives invalid-score rows no outputs and fills the others', () => {
    const rows = new Set(p.writes.toArray().filter((w) => w.role === 'value').map((w) => w.ref.row + 1));
    expect([...rows]).toEqual([7]);
    expect(p.rowsFilled).toBe(1);
  });

  it('lists each skipped row with its reason', () => {
    expect(summarizeFillPlan(p).skippedRows).toEqual([
      { row: 3, reason: '评价得分为空' },
      { row: 4, reason: '评价得分是错误值 #DIV/0!' },
      { row: 5, reason: '评价得分「待定」不是数字' },
      { row: 6, reason: '评价得分 105 超出 0–100' },
    ]);
  });

  it('reports eval/invalid-score on each score cell, naming the project', () => {
    expect(p.findings.map((f) => [f.ruleId, f.cell, f.severity])).toEqual([
      ['eval/invalid-score', 'D3', 'error'],
      ['eval/invalid-score', 'D4', 'error'],
      ['eval/invalid-score', 'D5', 'error'],
      ['eval/invalid-score', 'D6', 'error'],
    ]);
    expect(p.findings[1].message).toBe('「B」评价得分是错误值 #DIV/0!（公式出错），本行未填写');
    expect(checkSheet(s)?.findings).toEqual(p.findings);
  });

  it('speaks English when asked', () => {
    const en = plan(s, { locale: 'en' });
    expect(en.findings[0].message).toBe('"A": evaluation score is blank; no grade or adjustment was filled');
    expect(en.skippedRows[0].reason).toBe('the score is blank');
  });

  it('fills grade, ratio and text but no amounts when the base is not a number', () => {
    const bad = plan(resultsSheet([['A', '结果评价', 85, null, '—'], ['B', '结果评价', 85, null, null]]));
    const w = byCell(bad.writes);
    expect([w.G3, w.H3, w.I3, w.J3]).toEqual(['良好', 0.05, undefined, undefined]);
    expect(w.K3).toMatch(/^良好/);
    expect(bad.findings.map((f) => `${f.cell} ${f.ruleId} ${f.messageId}`)).toEqual(['F3 eval/invalid-base default', 'F4 eval/invalid-base blank']);
  });

  it('without a base column fills grade, ratio and text, creates no amount columns, and warns once', () => {
    const s2 = grid('x', [['项目名称', '评价得分', '是否绩效突出'], ['A', 82, null], ['B', 91, '是']]).snapshot;
    const p2 = plan(s2);
    expect(p2.writes.toArray().filter((w) => w.role === 'header').map((w) => w.value)).toEqual(['评价等级', '调整比例', '结果应用']);
    expect(p2.findings.map((f) => `${f.cell} ${f.ruleId} ${f.severity}`)).toEqual(['B1 eval/no-base-column warning']);
    expect(p2.summary?.totalChange).toBe('0.00');
  });

  it('fills nothing on a protected sheet and says why for every row', () => {
    const p3 = plan(resultsSheet([['A', '结果评价', 85, null, 10], ['B', '结果评价', null, null, 10]], { protected: true }));
    expect(p3.writes.toArray()).toEqual([]);
    expect(p3.rowsFilled).toBe(0);
    expect(p3.skippedRows.map((r) => [r.row + 1, r.reason])).toEqual([
      [3, '工作表「评价结果」受保护，无法写入：请先撤销工作表保护'],
      [4, '评价得分为空'],
    ]);
  });
});

describe('results table fill: typed grades', () => {
  const header = ['序号', '项目名称', '评价类型', '评价得分', '是否绩效突出', '上年度年初预算项目经费（万元）', '评价等级'];
  it('uses a grade typed without a score as given, and does not rewrite it', () => {
    const p = plan(resultsSheet([['A', '结果评价', null, '是', 100, '优'], ['B', '过程评价', '', null, 100, '中']], { header }));
    const w = byCell(p.writes);
    expect(w.G3).toBeUndefined();
    expect([w.H3, w.I3, w.J3]).toEqual([0.1, 10, 110]);
    expect(w.K3).toBe(`优秀且绩效突出（无评价得分，按填写的等级）：按${BASE}的10%调增`);
    expect(w.K4).toMatch(/^合格（无评价得分，按填写的等级）：不调整；须整改。过程评价项目/);
    expect(p.findings).toEqual([]);
    expect(p.skippedCells).toEqual([]);
    expect(p.summary?.byGrade).toEqual({ 优秀: 1, 合格: 1 });
  });

  it('warns when a typed grade contradicts the score; the score decides; the typed grade is kept', () => {
    const p = plan(resultsSheet([['A', '结果评价', 85, null, 100, '优秀'], ['B', '结果评价', 85, null, 100, '良']], { header }));
    const w = byCell(p.writes);
    expect(w.H3).toBe(0.05);
    expect(w.G3).toBeUndefined();
    expect(p.skippedCells.map((c) => [toA1(c.ref), c.existing, c.proposed])).toEqual([['G3', '优秀', '良好']]);
    expect(p.findings.map((f) => `${f.cell} ${f.ruleId} ${f.severity}`)).toEqual(['G3 eval/grade-mismatch warning']);
    expect(p.findings[0].message).toContain('应为「良好」');
  });

  it('an unrecognised grade with no score is an invalid score', () => {
    const p = plan(resultsSheet([['A', '结果评价', null, null, 100, '待定']], { header }));
    expect(p.writes.toArray().filter((w) => w.role === 'value')).toEqual([]);
    expect(p.findings.map((f) => `${f.cell} ${f.messageId}`)).toEqual(['D3 unknownGrade']);
    expect(p.skippedRows[0].reason).toBe('评价得分为空，评价等级「待定」无法识别');
  });
});

describe('results table fill: nothing lost', () => {
  const header = ['序号', '项目名称', '评价类型', '评价得分', '是否绩效突出', '上年度年初预算项目经费（万元）', '评价等级', '调整比例', '调整金额（万元）', '本年度年初预算项目经费（万元）', '结果应用'];
  const rows: CellValue[][] = [
    ['A', '结果评价', 85, null, 100, null, '8%', null, null, '已与主管部门沟通'],
    ['B', '结果评价', 85, null, 100, '良好', 0.05, 5, 105, null],
  ];
  const s = resultsSheet(rows, { header });

  it('keeps pre-filled output cells and lists each one with what it would have written', () => {
    const p = plan(s);
    expect(p.writes.toArray().filter((w) => w.role === 'header')).toEqual([]);
    const w = byCell(p.writes);
    expect(w.G3).toBe('良好');
    expect(w.H3).toBeUndefined();
    expect(w.K3).toBeUndefined();
    expect(w.I3).toBe(5);
    expect(p.skippedCells.map((c) => [toA1(c.ref), c.existing, c.proposed])).toEqual([
      ['H3', '8%', 0.05],
      ['K3', '已与主管部门沟通', `良好：按${BASE}的5%调增`],
    ]);
    // Row 4 already holds exactly what would be written: nothing written, nothing listed, only 结果应用 added.
    expect(Object.keys(w).filter((k) => k.endsWith('4'))).toEqual(['K4']);
    expect(summarizeFillPlan(p).skippedCells).toEqual([
      { cell: 'H3', existing: '8%', proposed: 0.05, reason: '单元格已有内容，默认不覆盖' },
      { cell: 'K3', existing: '已与主管部门沟通', proposed: `良好：按${BASE}的5%调增`, reason: '单元格已有内容，默认不覆盖' },
    ]);
  });

  it('overwrites them only when asked', () => {
    const p = plan(s, { overwrite: true });
    const w = byCell(p.writes);
    expect(w.H3).toBe(0.05);
    expect(w.K3).toBe(`良好：按${BASE}的5%调增`);
    expect(p.skippedCells).toEqual([]);
  });

  it('puts missing columns after every header and past data typed right of the table', () => {
    const s2 = grid('x', [
      ['项目名称', '评价得分', '上年预算数', '备注'],
      ['A', 91, 10, null, '复核中'],
      ['B', 75, 10, null, null],
    ]).snapshot;
    const p = plan(s2);
    // E holds a clerk's note in row 2: the new columns start at F.
    expect(p.writes.toArray().filter((w) => w.role === 'header').map((w) => toA1(w.ref))).toEqual(['F1', 'G1', 'H1', 'I1', 'J1']);
    expect(p.writes.toArray().some((w) => toA1(w.ref) === 'E2')).toBe(false);
  });

  it('summarises a plan as JSON with 1-based rows and A1 cells', () => {
    const j = summarizeFillPlan(plan(s));
    expect(j).toMatchObject({ sheet: '评价结果', rowsFilled: 2, summary: { byGrade: { 良好: 2 }, totalChange: '10.00' } });
    expect(j.cellsWritten).toBe(plan(s).writes.length);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});
