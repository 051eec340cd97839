import { MemoryWorkbookPort } from '../../../src/adapters/memory';
import { fillActiveSheetWith } from '../../../src/commands/fill-command';
import { planSheetFill } from '../../../src/core/check';
import { LAST_FILL_KEY, POLICY_KEY } from '../../../src/taskpane/state/controller';
import { goalForm, GOOD_ROWS } from '../../helpers/goal-form';
import { sheet } from '../../helpers/sheet';

const results = () =>
  sheet('评价结果', [
    ['项目名称', '评价得分', '评价类型', '上年度年初预算项目经费（万元）', '评价等级'],
    ['城区校舍维修', 92, '结果评价', 360, null],
    ['乡村道路养护', 85, '过程评价', 120.5, '良好（复核）'],
    ['社区养老', '待定', '结果评价', 50, null],
  ]);

describe('ribbon 填充评价结果 (the command behind the button)', () => {
  test('fills the empty output cells of the active sheet, never a typed one, and remembers the receipt for undo', async () => {
    const port = new MemoryWorkbookPort([results()]);
    const plan = planSheetFill(results())!.plan;
    const notice = await fillActiveSheetWith(port, 'zh');
    expect(notice).toContain(`已写入 ${plan.writes.length} 个单元格`);
    expect(notice).toContain('跳过的单元格（已有内容或位于合并区域，未写入）：1');
    expect(notice).toMatch(/行 4：/);
    expect(port.cell('评价结果', 'E2').value).toBe('优秀');
    expect(port.cell('评价结果', 'E3').value).toBe('良好（复核）');
    const stored = (await port.loadSettings(LAST_FILL_KEY)) as { receipt: { cells: unknown[] } };
    expect(stored.receipt.cells).toHaveLength(plan.writes.length);
    // The pane's undo (same controller, same stored receipt) puts the sheet back.
    await port.undoWrites(stored.receipt as never);
    expect(port.cell('评价结果', 'E2').value).toBeNull();
  });

  test('a goal sheet has nothing to fill: says so, writes nothing', async () => {
    const port = new MemoryWorkbookPort([goalForm({ rows: GOOD_ROWS })]);
    const notice = await fillActiveSheetWith(port, 'zh');
    expect(notice).toContain('没有可填充的表（评价结果表、自评表或运行监控表）');
    expect(await port.loadSettings(LAST_FILL_KEY)).toBeNull();
  });

  test('a protected sheet: the notice says how to unprotect, nothing is written', async () => {
    const port = new MemoryWorkbookPort([{ ...results(), protected: true }]);
    const notice = await fillActiveSheetWith(port, 'zh');
    expect(notice).toContain('撤销工作表保护');
    expect(port.cell('评价结果', 'E2').value).toBeNull();
  });

  test('the workbook\'s policy applies; an invalid stored policy is named in the notice', async () => {
    const port = new MemoryWorkbookPort([results()]);
    await port.saveSettings(POLICY_KEY, { rules: { 'eval/invalid-score': 'loud' } });
    const notice = await fillActiveSheetWith(port, 'en');
    expect(notice).toContain('The settings stored in this workbook are invalid');
    expect(notice).toContain('rules.eval/invalid-score');
    expect(notice).toMatch(/Wrote \d+ cell/);
  });
});
