import { loadCorpus } from '../../fixtures/real/load';
import { corpusFigures, scoreGoalTable } from '../../fixtures/real/score-goal';

/**
 * The main test of goal-table recognition: real tables transcribed from public pages, each with what a
 * reviewer reads from it and the problems a reviewer would raise (test/fixtures/real/REVIEWING.md).
 * `npm run corpus` prints the same figures with every miss and false alarm.
 */
const tables = [...loadCorpus('goal'), ...loadCorpus('department-goal')];
const scores = tables.map(scoreGoalTable);

describe('the real goal-table corpus', () => {
  it('holds tables from many provinces and years, each with its source', () => {
    expect(tables.length).toBeGreaterThanOrEqual(30);
    expect(new Set(tables.map((t) => t.province)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(tables.map((t) => t.year)).size).toBeGreaterThanOrEqual(6);
    for (const t of tables) expect(t.source).toMatch(/^https?:\/\//);
  });

  describe('every table is recognised and read from the right cells', () => {
    for (const s of scores) {
      it(s.id, () => {
        expect(s.recognised).toBe(true);
        expect(s.readErrors).toEqual([]);
      });
    }
  });

  it('finds what a reviewer would raise (recall ≥ 95%) and little else (precision ≥ 95%)', () => {
    const f = corpusFigures(scores);
    expect(f.recall).toBeGreaterThanOrEqual(0.95);
    expect(f.precision).toBeGreaterThanOrEqual(0.95);
  });
});
