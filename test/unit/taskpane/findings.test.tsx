/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PortError } from '../../../src/adapters/workbook-port';
import { checkSheet } from '../../../src/core/check';
import { GOOD_ROWS, goalForm } from '../../helpers/goal-form';
import { sheet } from '../../helpers/sheet';
import { FakePort } from './fake-port';
import { renderPane } from './setup-pane';

/** A form with a vague value (D11), a placeholder (D12) and no satisfaction indicator. */
function badForm(name = '目标表') {
  return goalForm({
    sheetName: name,
    rows: [
      ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米'],
      ['产出指标', '质量指标', '工程质量', '明显提升'],
      ['产出指标', '时效指标', '完工时间', 'XX月底前'],
      ['产出指标', '成本指标', '每平方米维修成本', '≤238元'],
      ['效益指标', '社会效益指标', '受益学生人数', '≥3500人'],
    ],
  });
}

async function clickCheck() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
  });
  await waitFor(() => expect(screen.getByTestId('check-summary')).toBeTruthy());
}

function items() {
  return [...document.querySelectorAll<HTMLElement>('li[data-cell]')];
}

describe('task pane: checking and the findings list', () => {
  test('checks the active sheet and lists every finding the core reports, grouped by severity then rule, with counts', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    expect(screen.getByText('点击“检查”检查当前工作表中的绩效目标表、评价结果表、自评表和运行监控表。')).toBeTruthy();
    await clickCheck();

    const expected = checkSheet(badForm())!.findings;
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(items().map((li) => li.dataset.cell).sort()).toEqual(expected.map((f) => `目标表!${f.cell}`).sort());

    // Severity sections in order, with the number of findings in their header.
    const errors = expected.filter((f) => f.severity === 'error').length;
    const errorSection = screen.getByRole('region', { name: '错误' });
    expect(within(errorSection).getByRole('heading', { level: 2 }).textContent).toContain(String(errors));
    // The rule group header names the rule in Chinese and counts its findings.
    const unquantified = expected.filter((f) => f.ruleId === 'goal/unquantified').length;
    expect(unquantified).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 3, name: new RegExp(`无法衡量 · ${unquantified}`) })).toBeTruthy();

    // Each item shows where, what and how to fix.
    const vague = items().find((li) => li.dataset.rule === 'goal/unquantified')!;
    expect(vague.textContent).toContain('目标表!D11');
    expect(vague.textContent).toContain('明显提升');
    expect(vague.textContent).toContain('修改建议：');
    // The summary line counts by severity.
    expect(screen.getByTestId('check-summary').textContent).toMatch(new RegExp(`${errors} 个错误`));
  });

  test('clicking a finding selects its cell in the workbook', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    const vague = items().find((li) => li.dataset.cell === '目标表!D11')!;
    await act(async () => {
      fireEvent.click(within(vague).getByRole('button', { name: /明显提升/ }));
    });
    expect(port.callsOf('selectCell')).toEqual([['目标表', { row: 10, col: 3 }]]);
  });

  test('the rule filter narrows the list to one rule; the chart bars count open findings per rule', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    const all = items().length;
    const chart = screen.getByTestId('findings-chart');
    const bars = [...chart.querySelectorAll<HTMLElement>('[data-bar]')];
    expect(bars.reduce((n, b) => n + Number(b.textContent!.match(/(\d+)$/)![1]), 0)).toBe(all);

    fireEvent.change(screen.getByTestId('rule-filter'), { target: { value: 'goal/placeholder' } });
    expect(items().length).toBeGreaterThan(0);
    expect(items().every((li) => li.dataset.rule === 'goal/placeholder')).toBe(true);
    expect(items().length).toBeLessThan(all);
    fireEvent.change(screen.getByTestId('rule-filter'), { target: { value: '' } });
    expect(items().length).toBe(all);

    // A click on a bar filters by that rule, a second click clears the filter.
    const bar = chart.querySelector<HTMLElement>('[data-bar="goal/unquantified"] button')!;
    fireEvent.click(bar);
    expect(items().every((li) => li.dataset.rule === 'goal/unquantified')).toBe(true);
    fireEvent.click(bar);
    expect(items().length).toBe(all);
  });

  test('an accepted finding is remembered in the workbook and not raised again on the next check', async () => {
    const port = new FakePort([badForm()]);
    const first = await renderPane(port);
    await clickCheck();
    const before = items().length;
    const vague = items().find((li) => li.dataset.cell === '目标表!D11')!;
    await act(async () => {
      fireEvent.click(within(vague).getByRole('button', { name: '接受' }));
    });
    expect(items().length).toBe(before - 1);
    const saved = port.settings.get('goal-lint.accepted') as { entries: Record<string, { cell: string; ruleId: string }> };
    expect(Object.values(saved.entries)).toEqual([expect.objectContaining({ cell: 'D11', ruleId: 'goal/unquantified' })]);
    first.unmount();

    // A new pane (reopened) over the same workbook: the acceptance holds after a re-check.
    await renderPane(port);
    await clickCheck();
    expect(items().length).toBe(before - 1);
    expect(items().some((li) => li.dataset.cell === '目标表!D11' && li.dataset.rule === 'goal/unquantified')).toBe(false);

    // Shown greyed on request, and can be taken back.
    fireEvent.click(screen.getByRole('checkbox', { name: /显示已接受的问题（1）/ }));
    const back = items().find((li) => li.dataset.cell === '目标表!D11' && li.dataset.rule === 'goal/unquantified')!;
    expect(back.textContent).toContain('已接受');
    await act(async () => {
      fireEvent.click(within(back).getByRole('button', { name: '撤销接受' }));
    });
    expect((port.settings.get('goal-lint.accepted') as { entries: object }).entries).toEqual({});
  });

  test('a changed cell is a new finding: the acceptance of the old wording does not hide it', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    const vague = items().find((li) => li.dataset.cell === '目标表!D11')!;
    await act(async () => {
      fireEvent.click(within(vague).getByRole('button', { name: '接受' }));
    });
    port.sheets.get('目标表')!.values[10][3] = '有所增强';
    await clickCheck();
    const again = items().find((li) => li.dataset.cell === '目标表!D11' && li.dataset.rule === 'goal/unquantified');
    expect(again?.textContent).toContain('有所增强');
  });

  test('标记到单元格 flags each cell once with every finding in its note; 清除标记 clears them', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记到单元格' }));
    });
    const [[sheetName, flags, basis]] = port.callsOf('flagCells') as [string, { ref: { row: number; col: number }; severity: string; note: string }[], { name: string; values: unknown[][] }][];
    expect(sheetName).toBe('目标表');
    // The snapshot the findings came from goes along, so the adapter refuses if the sheet changed since.
    expect(basis.name).toBe('目标表');
    expect(basis.values[10][3]).toBe('明显提升');
    const cells = new Set(items().map((li) => li.dataset.cell));
    expect(flags.length).toBe(cells.size);
    const d11 = flags.find((f) => f.ref.row === 10 && f.ref.col === 3)!;
    expect(d11.severity).toBe('error');
    // The problem's name first, the fix, and the rule id last (for whoever maintains the rules).
    expect(d11.note.startsWith('无法衡量：')).toBe(true);
    expect(d11.note).toContain('\n修改建议：');
    expect(d11.note.endsWith('（规则 goal/unquantified）')).toBe(true);
    expect(screen.getByTestId('pane-message').textContent).toContain(`已在 ${cells.size} 个单元格上标记`);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    });
    expect(port.callsOf('clearFlags')).toEqual([['目标表']]);
    expect(port.flags.size).toBe(0);
    expect(screen.getByTestId('pane-message').textContent).toContain(`已清除“目标表”中 ${cells.size} 个单元格的标记`);
  });

  test('accepted findings are not flagged', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    const vague = items().find((li) => li.dataset.cell === '目标表!D11' && li.dataset.rule === 'goal/unquantified')!;
    await act(async () => {
      fireEvent.click(within(vague).getByRole('button', { name: '接受' }));
    });
    const onD11 = checkSheet(badForm())!.findings.filter((f) => f.cell === 'D11');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记到单元格' }));
    });
    const [[, flags]] = port.callsOf('flagCells') as [string, { ref: { row: number; col: number }; note: string }[]][];
    const d11 = flags.find((f) => f.ref.row === 10 && f.ref.col === 3);
    if (onD11.length === 1) expect(d11).toBeUndefined();
    else expect(d11!.note).not.toContain('goal/unquantified');
  });

  test('re-flagging after an accept drops that flag: each checked sheet gets its complete list', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记到单元格' }));
    });
    const flaggedBefore = port.flags.get('目标表')!.length;
    // Accept every finding on the placeholder cell D12, then flag again.
    for (const li of items().filter((x) => x.dataset.cell === '目标表!D12')) {
      await act(async () => {
        fireEvent.click(within(li).getByRole('button', { name: '接受' }));
      });
    }
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记到单元格' }));
    });
    const after = port.flags.get('目标表')!;
    expect(after.length).toBe(flaggedBefore - 1);
    expect(after.some((f) => f.ref.row === 11 && f.ref.col === 3)).toBe(false);
  });

  test('a sheet edited since the check: the adapter refuses and the pane says to check again', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    port.failWith.set('flagCells', new PortError('SheetChanged', '工作表「目标表」在检查后已被修改（如 D11），请重新检查', '目标表', ['D11']));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记到单元格' }));
    });
    const msg = screen.getByTestId('pane-message').textContent!;
    expect(msg).toContain('在检查后已被修改（如 D11），请重新检查');
  });

  test('whole workbook: every sheet is read, unknown sheets are named as skipped, progress shows while running', async () => {
    const notes = sheet('填表说明', [['请按要求填写本表。']]);
    const port = new FakePort([badForm('甲项目'), notes, goalForm({ sheetName: '乙项目', rows: GOOD_ROWS })]);
    const { store } = await renderPane(port);
    fireEvent.click(screen.getByRole('radio', { name: '整个工作簿' }));
    const seen: (number | null)[] = [];
    const off = store.subscribe(() => {
      const b = store.getState().busy;
      if (b?.total) seen.push(b.done);
    });
    await clickCheck();
    off();
    expect(port.callsOf('readSheet').map((a) => a[0])).toEqual(['甲项目', '填表说明', '乙项目']);
    expect(seen).toEqual(expect.arrayContaining([0, 1, 2, 3]));
    expect(screen.getByTestId('check-summary').textContent).toContain('已检查 2 张表');
    expect(screen.getByTestId('check-summary').textContent).toContain('未识别而跳过：“填表说明”');
    expect(items().every((li) => li.dataset.cell!.startsWith('甲项目!'))).toBe(true);
  });

  test('an empty active sheet gets a message naming it; a sheet with no known table says what is expected', async () => {
    const port = new FakePort([sheet('Sheet1', []), sheet('说明', [['本工作簿用于…']])]);
    await renderPane(port);
    await clickCheck().catch(() => undefined);
    await waitFor(() => expect(screen.getByTestId('pane-message').textContent).toContain('工作表“Sheet1”是空的'));
    port.active = '说明';
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '检查' }));
    });
    await waitFor(() => expect(screen.getByTestId('pane-message').textContent).toContain('未识别出绩效目标申报表、评价结果表、自评表或运行监控表'));
  });

  test('a protected sheet: the message says how to unprotect, and the findings stay usable', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port);
    await clickCheck();
    port.failWith.set('flagCells', Object.assign(new Error('The sheet is protected.'), { code: 'AccessDenied' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '标记到单元格' }));
    });
    const msg = screen.getByTestId('pane-message').textContent!;
    expect(msg).toContain('工作表“目标表”受保护');
    expect(msg).toContain('审阅 → 撤销工作表保护');
    expect(items().length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '检查' }).hasAttribute('disabled')).toBe(false);
  });

  test('a long list shows a page per rule and the rest on request; counts stay whole', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => ['效益指标', '社会效益指标', `第${i + 1}类服务覆盖面`, '明显提升']);
    const port = new FakePort([goalForm({ rows: [...GOOD_ROWS, ...rows] })]);
    await renderPane(port);
    await clickCheck();
    const vague = () => items().filter((li) => li.dataset.rule === 'goal/unquantified');
    // More than a screenful: the groups open collapsed, their headers counting every finding.
    expect(vague().length).toBe(0);
    const header = screen.getByRole('heading', { level: 3, name: /无法衡量 · 70/ });
    const toggle = within(header).getByRole('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(vague().length).toBe(50);
    fireEvent.click(screen.getByRole('button', { name: '显示其余 20 条' }));
    expect(vague().length).toBe(70);
  });

  test('English when Office speaks English: the same findings, English texts', async () => {
    const port = new FakePort([badForm()]);
    await renderPane(port, 'en');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    });
    await waitFor(() => expect(screen.getByTestId('check-summary').textContent).toMatch(/^Checked 1 table/));
    expect(screen.getByRole('heading', { level: 3, name: /Not measurable/ })).toBeTruthy();
    const expected = checkSheet(badForm(), { locale: 'en' })!.findings;
    expect(items().length).toBe(expected.length);
    expect(items()[0].textContent).toContain('Fix: ');
  });

  test('an acceptance made in English holds in Chinese (keys use the Chinese wording)', async () => {
    const port = new FakePort([badForm()]);
    const en = await renderPane(port, 'en');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    });
    await waitFor(() => expect(items().length).toBeGreaterThan(0));
    const vague = items().find((li) => li.dataset.cell === '目标表!D11' && li.dataset.rule === 'goal/unquantified')!;
    await act(async () => {
      fireEvent.click(within(vague).getByRole('button', { name: 'Accept' }));
    });
    en.unmount();
    await renderPane(port, 'zh');
    await clickCheck();
    expect(items().some((li) => li.dataset.cell === '目标表!D11' && li.dataset.rule === 'goal/unquantified')).toBe(false);
  });
});
