import { SYNCS_PER_CALL } from '../../../src/adapters/office';
import { FakeContext, FakeExcel } from './fake-excel';
import { officePort } from './office-harness';
import { sheet } from '../../helpers/sheet';

/** writeSheet / undoSheetWrite on office.js: a constant number of syncs, 10 projects or 2,000. */
describe('office.js adapter: whole-sheet writes do not grow in syncs with rows', () => {
  let spy: jest.SpyInstance;
  beforeEach(() => {
    spy = jest.spyOn(FakeContext.prototype, 'sync');
  });
  afterEach(() => spy.mockRestore());

  async function measure(projects: number) {
    const fake = new FakeExcel([sheet('目标表', [['项目名称', '甲']])]);
    const port = officePort(fake);
    const rows = [['序号', '项目名称', '审核意见'], ...Array.from({ length: projects }, (_, i) => [i + 1, `项目${i + 1}`, `1. 缺少满意度指标，请补充。\n审核结论：良（85分）。`])];
    const count = async (f: () => Promise<unknown>) => {
      const before = fake.syncs;
      await f();
      return fake.syncs - before;
    };
    let receipt = await port.writeSheet('审核意见', rows, { columnWidths: [6, 30, 90], wrapColumns: [2] });
    const create = fake.syncs;
    const refresh = await count(async () => {
      receipt = await port.writeSheet('审核意见', rows.slice(0, -1), { replace: true });
    });
    const undo = await count(() => port.undoSheetWrite(receipt));
    return { create, refresh, undo, largest: Math.max(...fake.requests.map((r) => r.bytes)) };
  }

  test('create 2, refresh 3, undo 2 at 10 and 2,000 rows', async () => {
    const small = await measure(10);
    const spied = spy.mock.calls.length;
    const large = await measure(2_000);
    expect({ ...small, largest: 0 }).toEqual({ create: SYNCS_PER_CALL.writeSheet, refresh: SYNCS_PER_CALL.writeSheet + 1, undo: SYNCS_PER_CALL.undoSheetWrite, largest: 0 });
    expect({ ...large, largest: 0 }).toEqual({ ...small, largest: 0 });
    expect(spied).toBe(small.create + small.refresh + small.undo);
    expect(large.largest).toBeLessThan(5_000_000);
  });
});
