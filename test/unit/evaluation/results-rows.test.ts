import { detectResultsTables } from '../../../src/core/evaluation/results-table';
import { Grid } from '../../../src/core/grid/grid';
import { parsePolicy } from '../../../src/core/policy/policy';
import { loadCorpus, toSnapshot } from '../../fixtures/real/load';
import { grid } from '../../helpers/sheet';
import { resultsSheet } from './results-sheet';

/**
 * A results table's rows are kept column-wise (ResultsRows): the readings by index must say what the full
 * reading of the row says, for every row, and the full reading must be the row as the sheet has it.
 */
const policy = parsePolicy({}).evaluation;

const HARD_ROWS = [
  ['城区学校维修', '结果评价', 92, '是', 120],
  ['农村道路养护', '过程评价', '８５分', '否', '1,234.50'],
  ['空分', '', null, '', 50],
  ['文字分', '', '待定', '', '3000元'],
  ['超范围', '结果评价', 105, '', -3],
  ['错误值', '', { error: '#DIV/0!' }, '', { error: '#N/A' }],
  ['零分', '过程评价', 0, '是', '无'],
  ['负零', '', -0, '', 0],
];

function everyTable() {
  const grids = [new Grid(resultsSheet(HARD_ROWS)), new Grid(resultsSheet(HARD_ROWS.map((r, i) => [...r, ['优秀', '良', '', '待定', '差', '', '合格', '优'][i]]), { extraHeaders: ['评价等级'] }))];
  for (const t of loadCorpus('results')) for (const s of t.sheets) grids.push(new Grid(toSnapshot(t, s)));
  return grids.flatMap((g) => detectResultsTables(g, policy));
}

describe('ResultsRows', () => {
  it('the readings by index agree with the full reading of each row, on hard rows and on every real results table', () => {
    const tables = everyTable();
    expect(tables.length).toBeGreaterThan(7);
    let rows = 0;
    for (const t of tables) {
      t.rows.toArray().forEach((row, i) => {
        rows++;
        expect(t.rows.row(i)).toBe(row.row);
        expect(t.rows.score(i)).toBe(row.score.ok ? row.score.value : null);
        expect(t.rows.scoreProblem(i)).toBe(row.score.ok ? null : row.score.problem);
        expect(t.rows.hasTypedGrade(i)).toBe(row.typedGrade !== null);
        expect(t.rows.typedGrade(i)).toBe(row.typedGrade?.grade ?? null);
        expect(t.rows.typedGradeText(i)).toBe(row.typedGrade?.text ?? '');
        expect(t.rows.outstanding(i)).toBe(row.outstanding);
        expect(t.rows.evaluationType(i)).toBe(row.evaluationType);
        expect(t.rows.baseOk(i)).toBe(row.base?.ok === true);
        expect(t.rows.baseProblem(i)).toBe(row.base && !row.base.ok ? row.base.problem : null);
        expect(t.rows.baseValue(i)?.toString() ?? null).toBe(row.base?.ok ? row.base.value.toString() : null);
      });
      expect(Array.from(t.rows.rowNumbers())).toEqual(t.rows.toArray().map((r) => r.row));
    }
    expect(rows).toBeGreaterThan(30);
  });

  it('reads the hard rows as the sheet has them', () => {
    const [t] = detectResultsTables(new Grid(resultsSheet(HARD_ROWS)), policy);
    const rows = t.rows;
    expect(rows.length).toBe(HARD_ROWS.length);
    expect([...Array(rows.length).keys()].map((i) => rows.score(i) ?? rows.scoreProblem(i))).toEqual([92, 85, 'blank', 'text', 'range', 'error', 0, -0]);
    expect(Object.is(rows.score(7), -0)).toBe(true);
    expect([...Array(rows.length).keys()].map((i) => rows.baseValue(i)?.toString() ?? rows.baseProblem(i))).toEqual(['120', '1234.5', '50', '0.3', 'negative', 'error', 'text', '0']);
    expect(rows.at(1).base).toMatchObject({ ok: true, text: '1,234.50', cell: { row: 3, col: 5 } });
    expect(rows.at(5).name).toBe('错误值');
  });

  it('keeps the section type a row was read under (一、过程评价项目) for its full reading', () => {
    const g = grid('结果', [
      ['序号', '项目名称', '评价得分', '上年度年初预算项目经费（万元）'],
      ['一、过程评价项目', null, null, null],
      [1, '甲', 95, 10],
      ['二、结果评价项目', null, null, null],
      [2, '乙', 85, 20],
    ], ['A2:D2', 'A4:D4']);
    const [t] = detectResultsTables(g, policy);
    expect(t.rows.toArray().map((r) => [r.name, r.evaluationType])).toEqual([['甲', 'process'], ['乙', 'result']]);
    expect([t.rows.evaluationType(0), t.rows.evaluationType(1)]).toEqual(['process', 'result']);
  });
});
