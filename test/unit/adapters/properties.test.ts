import fc from 'fast-check';
import { addressRuns, chunkAddresses, columnSpans, writeRuns } from '../../../src/adapters/office/chunks';
import { toA1 } from '../../../src/core/grid/address';
import type { CellRef } from '../../../src/core/grid/types';
import { FLAG_FILL, type FlagSpec } from '../../../src/adapters/workbook-port';
import { sheet } from '../../helpers/sheet';
import { memoryHarness, type HarnessFactory } from './harness';
import { officeHarness } from './office-harness';

const ref = fc.record({ row: fc.integer({ min: 0, max: 400 }), col: fc.integer({ min: 0, max: 30 }) });

describe('batching helpers', () => {
  test('column spans cover every cell, once, one column each, with no gap longer than allowed inside', () => {
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 200 }), fc.integer({ min: 1, max: 40 }), (refs, gap) => {
        const spans = columnSpans(refs, gap);
        for (const r of refs) expect(spans.filter((s) => s.col === r.col && s.top <= r.row && r.row <= s.bottom)).toHaveLength(1);
        for (const s of spans) {
          const rows = [...new Set(refs.filter((r) => r.col === s.col && r.row >= s.top && r.row <= s.bottom).map((r) => r.row))].sort((a, b) => a - b);
          expect(rows[0]).toBe(s.top);
          expect(rows[rows.length - 1]).toBe(s.bottom);
          for (let i = 1; i < rows.length; i++) expect(rows[i] - rows[i - 1]).toBeLessThanOrEqual(gap);
        }
      }),
    );
  });

  test('address lists keep every run, in order, each list within the limit', () => {
    fc.assert(
      fc.property(fc.array(ref, { maxLength: 300 }), fc.integer({ min: 12, max: 200 }), (refs, max) => {
        const runs = addressRuns(refs);
        const lists = chunkAddresses(runs, max);
        expect(lists.join(',').split(',').filter(Boolean)).toEqual(runs);
        for (const l of lists) expect(l.length).toBeLessThanOrEqual(max);
        // Every cell is inside exactly one run.
        const covered = new Set<string>();
        for (const run of runs) {
          const [a, b = a] = run.split(':');
          const col = a.replace(/\d+/g, '');
          for (let r = Number(a.replace(/\D+/g, '')); r <= Number(b.replace(/\D+/g, '')); r++) covered.add(`${col}${r}`);
        }
        expect(covered).toEqual(new Set(refs.map(toA1)));
      }),
    );
  });

  test('write runs are vertical, contiguous, and hold each cell once (the last write to it)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ ref, value: fc.integer() }), { maxLength: 200 }), (items) => {
        const runs = writeRuns(items);
        const last = new Map<string, number>();
        for (const it of items) last.set(toA1(it.ref), it.value);
        const seen = new Map<string, number>();
        for (const run of runs) {
          run.items.forEach((it, i) => {
            expect(it.ref).toEqual({ row: run.top + i, col: run.col });
            seen.set(toA1(it.ref), it.value);
          });
        }
        expect(seen).toEqual(last);
      }),
    );
  });
});

/**
 * Whatever the user had (fills, notes) and however many times the findings are flagged, 清除标记 brings
 * every cell back exactly as it was. Run against both adapters.
 */
describe.each<[string, HarnessFactory, number]>([
  ['memory', memoryHarness, 100],
  ['office.js (mock Excel)', officeHarness, 25],
])('flag / clear round trip: %s', (_label, make, runs) => {
  const cells = ['A1', 'B1', 'C2', 'C3', 'D4', 'A5', 'B5'];
  const cellRef = (a1: string): CellRef => ({ row: Number(a1.slice(1)) - 1, col: a1.charCodeAt(0) - 65 });
  const userFill = fc.option(fc.constantFrom('#00B050', '#D9D9D9', FLAG_FILL.warning), { nil: null });
  const userNote = fc.option(fc.constantFrom('原有批注', '请核对\n第二行'), { nil: null });
  const flagList = fc.uniqueArray(
    fc.record({ a1: fc.constantFrom(...cells), severity: fc.constantFrom<FlagSpec['severity']>('error', 'warning', 'info'), note: fc.string({ minLength: 1, maxLength: 12 }) }),
    { selector: (f) => f.a1, maxLength: cells.length },
  );

  test('clearing after any sequence of flags restores every fill and note', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(userFill, userNote), { minLength: cells.length, maxLength: cells.length }), fc.array(flagList, { minLength: 1, maxLength: 3 }), async (initial, rounds) => {
        const h = make([sheet('表', [['a', 'b', 'c', 'd'], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]])]);
        cells.forEach((a1, i) => {
          const [fill, note] = initial[i];
          if (fill) h.setFill('表', a1, { color: fill, pattern: 'Solid' });
          if (note) h.setNote('表', a1, note);
        });
        const before = cells.map((a1) => h.cell('表', a1));
        for (const list of rounds) await h.port.flagCells('表', list.map((f) => ({ ref: cellRef(f.a1), severity: f.severity, note: f.note })));
        const last = rounds[rounds.length - 1];
        for (const f of last) expect(h.cell('表', f.a1).fill).toMatchObject({ color: FLAG_FILL[f.severity], pattern: 'Solid' });
        await h.reopen().clearFlags('表');
        expect(cells.map((a1) => h.cell('表', a1))).toEqual(before);
      }),
      { numRuns: runs },
    );
  });
});
