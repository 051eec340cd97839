/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sheet } from '../../helpers/sheet';
import { FakePort } from './fake-port';
import { renderPane } from './setup-pane';

/*
 * The pane's fill workflow (preview, skipped cells, overwrite only after confirmation, write, undo) over
 * the real planSheetFill and guardWrites, with a small results handler standing in for the evaluation
 * module's: score in B → grade in C (header 评价等级 written when missing). The evaluation module's own
 * handler is exercised in the browser test against the bundled results sample.
 */
jest.mock('../../../src/core/handlers', () => {
  const { CellWrites, guardWrites } = jest.requireActual('../../../src/core/fill/plan');
  const handler = {
    kind: 'evaluation',
    detect: (grid: { raw(r: number, c: number): unknown }) => (grid.raw(0, 1) === '评价得分' ? {} : null),
    check: () => [],
    planFill(_d: unknown, grid: { raw(r: number, c: number): unknown; snapshot: { values: unknown[][] } }, options: { overwrite: boolean }) {
      const proposed: { ref: { row: number; col: number }; value: string | number; role: 'header' | 'value' }[] = [];
      const skippedRows: { row: number; reason: string }[] = [];
      proposed.push({ ref: { row: 0, col: 2 }, value: '评价等级', role: 'header' });
      let filled = 0;
      const byGrade: Record<string, number> = {};
      for (let r = 1; r < grid.snapshot.values.length; r++) {
        const score = grid.raw(r, 1);
        if (typeof score !== 'number') {
          skippedRows.push({ row: r, reason: '评价得分无效' });
          continue;
        }
        const grade = score >= 90 ? '优秀' : score >= 80 ? '良好' : score >= 60 ? '合格' : '差';
        byGrade[grade] = (byGrade[grade] ?? 0) + 1;
        proposed.push({ ref: { row: r, col: 2 }, value: grade, role: 'value' });
        filled++;
      }
      const { writes, skipped } = guardWrites(grid, CellWrites.from(proposed), options.overwrite);
      return { sheet: '结果表', writes, skippedCells: skipped, skippedRows, rowsFilled: filled, findings: [], summary: { byGrade, totalChange: '12.35' } };
    },
  };
  return { SHEET_HANDLERS: [handler] };
});

function resultsSheet() {
  return sheet('结果表', [
    ['项目名称', '评价得分', null],
    ['甲', 95, null],
    ['乙', 85, '良'],
    ['丙', '待定', null],
    ['丁', 55, null],
  ]);
}

async function openFillTab() {
  fireEvent.click(screen.getByRole('tab', { name: '填充' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '预览填充' }));
  });
  await waitFor(() => expect(screen.getByTestId('fill-plan')).toBeTruthy());
}

describe('task pane: fill, overwrite confirmation and undo', () => {
  test('the preview lists what will be written, the cells skipped with their contents, and the rows not filled', async () => {
    const port = new FakePort([resultsSheet()]);
    await renderPane(port);
    await openFillTab();
    expect(screen.getByTestId('fill-plan-summary').textContent).toBe('将写入 3 个单元格（1 个表头），填充 3 行。');
    const row = within(screen.getByTestId('skipped-cells')).getAllByRole('listitem')[0];
    // The cell, its column, what it holds, what the fill would write, and why it is left alone.
    expect(row.textContent).toBe('C3 · 评价等级现有内容良将填写良好单元格已有内容，默认不覆盖');
    // Each row to be filled, with its values under their column names.
    const rowsToFill = within(screen.getByTestId('fill-rows')).getAllByRole('listitem');
    expect(rowsToFill.map((li) => li.dataset.row)).toEqual(['2', '5']);
    expect(rowsToFill[0].textContent).toBe('第 2 行 · 甲评价等级优秀');
    const rows = screen.getByRole('table', { name: /未填充的行/ });
    expect(within(rows).getAllByRole('row')[1].textContent).toContain('4');
    expect(within(rows).getAllByRole('row')[1].textContent).toContain('评价得分无效');
    // Nothing written yet.
    expect(port.callsOf('writeCells')).toEqual([]);
  });

  test('confirm writes only the empty cells; undo restores exactly what was there', async () => {
    const port = new FakePort([resultsSheet()]);
    await renderPane(port);
    await openFillTab();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认填充' }));
    });
    expect(port.value('结果表', { row: 0, col: 2 })).toBe('评价等级');
    expect(port.value('结果表', { row: 1, col: 2 })).toBe('优秀');
    expect(port.value('结果表', { row: 2, col: 2 })).toBe('良'); // typed by the user: kept
    expect(port.value('结果表', { row: 4, col: 2 })).toBe('差');
    // The basis snapshot goes with the writes, so the adapter can refuse if the sheet changed.
    const [[, , basis, options]] = port.callsOf('writeCells') as [string, unknown, { name: string }, { overwrite: boolean }][];
    expect(basis.name).toBe('结果表');
    expect(options).toEqual({ overwrite: false });
    // The fill summary: count by grade and total change.
    const summary = screen.getByTestId('fill-summary');
    expect(summary.textContent).toContain('已填充 3 行，写入 3 个单元格');
    expect(within(summary).getByTestId('grade-chart').textContent).toMatch(/优秀.*1/);
    expect(summary.textContent).toContain('调整金额合计：12.35 万元');
    // Remembered in the workbook for an undo after reopening.
    expect(port.settings.get('goal-lint.lastFill')).toEqual(expect.objectContaining({ cells: 3 }));

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '撤销上次填充' }));
    });
    expect(port.value('结果表', { row: 0, col: 2 })).toBeNull();
    expect(port.value('结果表', { row: 1, col: 2 })).toBeNull();
    expect(port.value('结果表', { row: 2, col: 2 })).toBe('良');
    expect(port.settings.get('goal-lint.lastFill')).toBeNull();
    expect(screen.getByTestId('pane-message').textContent).toContain('已撤销上次填充：3 个单元格恢复原样');
    expect(screen.getByRole('button', { name: '撤销上次填充' }).getAttribute('aria-disabled')).toBe('true');
  });

  test('undo works after the pane is closed and reopened', async () => {
    const port = new FakePort([resultsSheet()]);
    const first = await renderPane(port);
    await openFillTab();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认填充' }));
    });
    first.unmount();
    await renderPane(port);
    fireEvent.click(screen.getByRole('tab', { name: '填充' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '撤销上次填充' }));
    });
    expect(port.value('结果表', { row: 1, col: 2 })).toBeNull();
  });

  test('overwriting a typed cell needs a ticked box and a confirmation; cancelling keeps it', async () => {
    const port = new FakePort([resultsSheet()]);
    await renderPane(port);
    await openFillTab();
    fireEvent.click(screen.getByRole('checkbox', { name: '覆盖这 1 个已有内容的单元格' }));
    // A confirmation dialog; cancel leaves the plan as it was.
    // (Tabster's modalizer can leave the dialog marked aria-hidden in jsdom for a tick: query it as hidden.)
    const dialog = await screen.findByRole('dialog', { hidden: true });
    // The confirmation names the cell, its column, what it holds and what it would get.
    expect(dialog.textContent).toContain('以下 1 个单元格已有内容，将被计算结果覆盖');
    expect(within(dialog).getByTestId('overwrite-cells').textContent).toBe('C3（评价等级）：良 → 良好');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    expect(screen.getByTestId('fill-plan-summary').textContent).toContain('将写入 3 个单元格');

    fireEvent.click(screen.getByRole('checkbox', { name: /覆盖这 1 个/ }));
    const again = await screen.findByRole('dialog', { hidden: true });
    fireEvent.click(within(again).getByRole('button', { name: '确认覆盖', hidden: true }));
    await waitFor(() => expect(screen.getByTestId('fill-plan-summary').textContent).toContain('将写入 4 个单元格'));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认填充' }));
    });
    expect(port.value('结果表', { row: 2, col: 2 })).toBe('良好');
    // The confirmation travels to the adapter, which re-checks at write time.
    expect(port.callsOf('writeCells')[0][3]).toEqual({ overwrite: true });
    // Undo restores the typed value.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '撤销上次填充' }));
    });
    expect(port.value('结果表', { row: 2, col: 2 })).toBe('良');
  });

  test('a sheet without a results table says so; a refused write (protected) changes nothing and says what to do', async () => {
    const other = sheet('说明', [['本工作簿用于…']]);
    const port = new FakePort([other, { ...resultsSheet(), protected: true }]);
    await renderPane(port);
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: '填充' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '预览填充' }));
    });
    expect(screen.getByTestId('pane-message').textContent).toContain('工作表“说明”中没有可填充的表（评价结果表、自评表或运行监控表）');
    port.active = '结果表';
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '预览填充' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认填充' }));
    });
    expect(screen.getByTestId('pane-message').textContent).toContain('撤销工作表保护');
    expect(port.value('结果表', { row: 1, col: 2 })).toBeNull();
    expect(port.settings.get('goal-lint.lastFill')).toBeUndefined();
  });
});
