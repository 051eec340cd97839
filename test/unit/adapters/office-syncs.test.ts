import { SYNCS_PER_CALL } from '../../../src/adapters/office';
import { FakeContext } from './fake-excel';
import { measureSyncs } from './sync-counts';

/**
 * The number of context.sync() calls must not grow with rows: the same small constant for 10 and 5,000
 * indicator rows, and at most 4 for check + flag (issue 4).
 */
describe('office.js adapter: syncs do not grow with rows', () => {
  let spy: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(FakeContext.prototype, 'sync');
  });
  afterEach(() => spy.mockRestore());

  test('10 and 5,000 rows: the same sync counts for check+flag, re-flag, clear, fill and undo', async () => {
    const small = await measureSyncs(10);
    const smallSpied = spy.mock.calls.length;
    spy.mockClear();
    const large = await measureSyncs(5_000);
    const largeSpied = spy.mock.calls.length;

    expect(large.flaggedCells).toBeGreaterThan(1_000); // a real workload: the core's findings on every project
    expect(small.flaggedCells).toBeGreaterThan(0);
    const { rows: _r1, flaggedCells: _f1, largestRequest: _b1, ...smallCounts } = small;
    const { rows: _r2, flaggedCells: _f2, largestRequest: _b2, ...largeCounts } = large;
    expect(largeCounts).toEqual(smallCounts);
    expect(largeSpied).toBe(smallSpied); // the spy on context.sync agrees with the mock's own count

    expect(small.checkAndFlag).toBeLessThanOrEqual(4);
    expect(small.checkAndFlag).toBe(SYNCS_PER_CALL.readSheet + SYNCS_PER_CALL.flagCells);
    // Re-flagging after a fix reads the no-longer-flagged cell once more before restoring it.
    expect(small.recheckAndReflag).toBe(SYNCS_PER_CALL.readSheet + SYNCS_PER_CALL.flagCells + 1);
    expect(small.recheckAndReflag).toBeLessThanOrEqual(4);
    expect(small.clear).toBe(SYNCS_PER_CALL.clearFlags);
    expect(small.listFlagged).toBe(SYNCS_PER_CALL.flaggedSheets);
    expect(small.fill).toBe(SYNCS_PER_CALL.writeCells);
    expect(small.undo).toBe(SYNCS_PER_CALL.undoWrites);
    // Every request of the 5,000-row run stayed under Excel on the web's 5 MB limit (the mock enforces it).
    expect(large.largestRequest).toBeLessThan(5_000_000);
  }, 60_000);
});
