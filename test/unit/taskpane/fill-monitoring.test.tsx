/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryWorkbookPort } from '../../../src/adapters/memory';
import { planSheetFill } from '../../../src/core/check';
import { sheet } from '../../helpers/sheet';
import { renderPane } from './setup-pane';

/** A project-level monitoring sheet (1-8月): the pane fills it through the real monitoring module. */
function monitoring() {
  return sheet('资金执行监控', [
    ['2025年项目绩效运行监控表（1-8月）', null, null],
    ['项目名称', '年度预算数（万元）', '1-8月执行数（万元）'],
    ['城区校舍维修改造', 360, 300],
    ['乡村道路养护', 120, 30],
  ]);
}

describe('task pane: monitoring fill', () => {
  test('after the fill, the chart shows execution rate against time progress per project', async () => {
    const port = new MemoryWorkbookPort([monitoring()]);
    const expected = planSheetFill(monitoring())!.plan;
    expect(expected.monitoring?.projects.map((p) => p.name)).toEqual(['城区校舍维修改造', '乡村道路养护']);
    await renderPane(port);
    fireEvent.click(screen.getByRole('tab', { name: '填充' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '预览填充' }));
    });
    await waitFor(() => screen.getByRole('button', { name: '确认填充' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认填充' }));
    });
    const summary = screen.getByTestId('fill-summary');
    expect(summary.textContent).toContain('执行率与时间进度');
    // 30 / 120 = 25% against 8/12 ≈ 66.67%: the lagging project is drawn with its warning.
    expect(summary.textContent).toMatch(/乡村道路养护：执行率25(\.00)?%，时间进度66\.67%，红色预警/);
    for (const w of expected.writes) expect(port.cell('资金执行监控', w.ref).value).toEqual(w.value);
  });
});
