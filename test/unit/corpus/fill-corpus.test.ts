import { checkSheet } from '../../../src/core/check';
import { loadCorpus } from '../../fixtures/real/load';
import { blankedSnapshots, FILL_KINDS, scoreFillTable } from '../../fixtures/real/score-fill';

/**
 * The fill corpus (test/fixtures/real/{self-evaluation,results,monitoring}): every real table is recognised
 * as what it is, never as a goal table, and the fill writes exactly what the reviewer worked out by hand from
 * the rule (财预〔2020〕10号, REVIEWING.md), lists the rows it cannot score, and reports the expected findings.
 */
const tables = FILL_KINDS.flatMap((kind) => loadCorpus(kind));

describe('the fill corpus of real tables', () => {
  it('holds tables of every fill kind', () => {
    for (const kind of FILL_KINDS) expect([kind, tables.filter((t) => t.kind === kind).length > 0]).toEqual([kind, true]);
  });

  describe.each(tables.map((t) => [`${t.kind}/${t.id}`, t] as const))('%s', (_name, table) => {
    const score = scoreFillTable(table);

    it('is recognised as its kind, and never as a goal table (check and fill alike)', () => {
      expect(score.recognisedAs.every((k) => k !== 'goal')).toBe(true);
      expect(score.recognised).toBe(true);
      for (const s of blankedSnapshots(table)) expect(checkSheet(s)?.kind).not.toBe('goal');
    });

    it('writes every expected value exactly, and nothing where the reviewer expects none', () => {
      expect(score.writeMisses).toEqual([]);
      expect(score.writesExact).toBe(score.writesExpected);
      expect(score.wrongWrites).toEqual([]);
    });

    it('lists every row it cannot score, with the reason', () => {
      expect(score.unscorableMisses).toEqual([]);
    });

    it('reports the expected findings, and no error or warning the reviewer would not raise', () => {
      expect(score.findingMisses).toEqual([]);
      expect(score.extraFindings).toEqual([]);
    });
  });
});
