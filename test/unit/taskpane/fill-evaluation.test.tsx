/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbookPort } from '../../../src/adapters/memory';
import { planSheetFill } from '../../../src/core/check';
import { display } from '../../../src/preview/SheetGrid';
import { sheet } from '../../helpers/sheet';
import { renderPane } from './setup-pane';

/** A results table as counties keep it: the pane fills it through the real evaluation module and adapter. */
function results() {
  return sheet(
    '评价结果',
    [
      ['2024年度项目绩效评价结果及2025年预算调整表', null, null, null, null],
      ['项目名称', '评价得分', '是否绩效突出', '评价类型', '上年度年初预算项目经费（万元）'],
      ['城区校舍维修', 92, '是', '结果评价', 360],
      ['乡村道路养护', 85, null, '过程评价', 120.5],
      ['体育馆前期工作', 72, null, '过程评价', 1.45],
      ['农村饮水', 55, null, '结果评价', 80],
      ['社区养老', null, null, '结果评价', 50],
    ],
    ['A1:E1'],
  );
}

describe('task pane: fill over the evaluation module and the in-memory adapter', () => {
  test('preview → confirm → the grade, ratio, amount and follow-up are in the workbook; undo empties them', async () => {
    const port = new MemoryWorkbookPort([results()]);
    const expected = planSheetFill(results())!.plan;
    await renderPane(port);
    fireEvent.click(screen.getByRole('tab', { name: '填充' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '预览填充' }));
    });
    await waitFor(() => expect(screen.getByTestId('fill-plan-summary').textContent).toContain(`将写入 ${expected.writes.length} 个单元格（5 个表头），填充 4 行`));
    // The blank score is a row not filled, with the reason, and a finding on its cell.
    const skippedRows = screen.getByRole('table', { name: /未填充的行/ });
    expect(within(skippedRows).getAllByRole('row')[1].textContent).toMatch(/^7/);
    expect(screen.getByText(/B7/).closest('li')!.textContent).toContain('B7');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认填充' }));
    });
    expect(port.cell('评价结果', 'F2').value).toBe('评价等级');
    expect(port.cell('评价结果', 'F3').value).toBe('优秀');
    expect(port.cell('评价结果', 'G3').value).toBe(0.1);
    expect(display(port.cell('评价结果', 'G3').value, port.cell('评价结果', 'G3').numberFormat)).toBe('10%');
    // 1.45 万元 × 0% (合格) and the exact-decimal traps are the core's business; here: what was planned is what is written.
    for (const w of expected.writes) expect(port.cell('评价结果', w.ref).value).toEqual(w.value);
    const summary = screen.getByTestId('fill-summary');
    expect(summary.textContent).toContain(`调整金额合计：${expected.summary!.totalChange} 万元`);
    for (const [grade, n] of Object.entries(expected.summary!.byGrade)) expect(within(summary).getByTestId('grade-chart').textContent).toContain(`${grade}${n}`);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '撤销上次填充' }));
    });
    for (const w of expected.writes) expect(port.cell('评价结果', w.ref).value).toBeNull();
    expect(port.cell('评价结果', 'B3').value).toBe(92);
  });

  test('a cell typed over after the fill: undo refuses and says so, changing nothing', async () => {
    const port = new MemoryWorkbookPort([results()]);
    await renderPane(port);
    fireEvent.click(screen.getByRole('tab', { name: '填充' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '预览填充' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认填充' }));
    });
    port.setCellValue('评价结果', 'F3', '优秀（复核）');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '撤销上次填充' }));
    });
    const msg = screen.getByTestId('pane-message').textContent!;
    expect(msg).toContain('F3');
    expect(msg).toContain('未做任何修改');
    expect(msg).not.toContain('重新点击“检查”');
    expect(port.cell('评价结果', 'F3').value).toBe('优秀（复核）');
    expect(port.cell('评价结果', 'F4').value).toBe('良好');
    // The receipt is kept: once the clerk puts the cell back, undo works.
    expect(screen.getByRole('button', { name: '撤销上次填充' }).hasAttribute('disabled')).toBe(false);
  });
});
