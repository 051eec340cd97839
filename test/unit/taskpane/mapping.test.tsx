/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { checkSheet } from '../../../src/core/check';
import { sheet } from '../../helpers/sheet';
import { goalForm } from '../../helpers/goal-form';
import { FakePort } from './fake-port';
import { renderPane } from './setup-pane';

/** A department's home-made template: headers the recogniser cannot read (类 | 项 | 考核内容 | 目标). */
const homeMade = (name = '自制表') =>
  sheet(
    name,
    [
      ['项目名称', '社区养老服务补助'],
      ['年度总体目标', '为改善老年人生活，2025年为1200名老人提供居家养老服务，服务满意度达到90%'],
      ['类', '项', '考核内容', '目标'],
      ['产出指标', '数量指标', '服务老人人数', '≥1200人'],
      [null, '质量指标', '服务合格率', '明显提升'],
      ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
    ],
    ['A4:A5'],
  );

const POLICY = 'goal-lint.policy';

async function check() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查', exact: true } as never));
  });
  await waitFor(() => expect(screen.getByTestId('check-summary')).toBeTruthy());
}

const rules = () => [...document.querySelectorAll<HTMLElement>('li[data-rule]')].map((li) => li.dataset.rule);
const step = () => screen.getByTestId('mapping-step');
const roleSelect = (role: string) => step().querySelector<HTMLSelectElement>(`select[data-role="${role}"]`)!;

/** Opens the step from the layout finding's button; it loads lazily and takes the keyboard. */
async function openFromFinding() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '指定这张表的列' }));
  });
  await screen.findByTestId('mapping-step', {}, { timeout: 5000 });
  await waitFor(() => expect(document.activeElement?.getAttribute('data-focus')).toBe('mapping-step'));
}

function choose(role: string, letter: string) {
  fireEvent.change(roleSelect(role), { target: { value: letter } });
}

async function confirm() {
  await act(async () => {
    fireEvent.click(screen.getByTestId('mapping-confirm'));
  });
  await waitFor(() => expect(screen.queryByTestId('mapping-step')).toBeNull());
}

async function openSettingsLayout(tab = /^设置/, section = /这张表的列（表头与各列）/) {
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  await screen.findByTestId('settings', {}, { timeout: 5000 });
  const header = screen.getByRole('button', { name: section });
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
  return screen.getByTestId('layout-hints');
}

describe('这张表的列 from a finding', () => {
  test('the unrecognised table gets a button; the step opens on its header row, previews what the core reads, and 确认 stores the hint and re-checks', async () => {
    const port = new FakePort([homeMade()]);
    await renderPane(port);
    await check();
    expect(rules()).toEqual(['layout/goal-table-unrecognised']);
    // Only that finding offers the step.
    expect(screen.getAllByTestId('map-columns')).toHaveLength(1);

    await openFromFinding();
    expect(step().textContent).toContain('工作表“自制表”');
    // The step takes the place of the findings (kept, hidden, for when it closes).
    expect(screen.queryByRole('region', { name: '检查结果' })).toBeNull();
    expect(screen.queryByRole('button', { name: '标记到单元格' })).toBeNull();
    // Prefilled from the finding (the row above 产出指标) and the contents of the columns.
    expect((screen.getByTestId('mapping-row') as HTMLInputElement).value).toBe('3');
    expect(step().textContent).toContain('第 3 行：类 | 项 | 考核内容 | 目标');
    expect(roleSelect('level1').value).toBe('A');
    expect(roleSelect('level2').value).toBe('B');
    expect(roleSelect('name').value).toBe('');
    // Each dropdown offers the header row's columns by letter and header text.
    expect([...roleSelect('name').options].map((o) => o.textContent)).toEqual(['请选择', 'A 列：类', 'B 列：项', 'C 列：考核内容', 'D 列：目标']);
    expect([...roleSelect('unit').options][0].textContent).toBe('（没有这一列）');
    // Nothing to confirm yet: the required columns say so, and the preview waits.
    expect(screen.getByTestId('mapping-confirm').getAttribute('aria-disabled')).toBe('true');
    expect(within(step()).getAllByText('请选择这一列')).toHaveLength(2);
    expect(screen.getByTestId('mapping-preview-status').textContent).toContain('选好表头所在行');

    choose('name', 'C');
    choose('value', 'D');
    expect(screen.getByTestId('mapping-preview-status').textContent).toBe('读到 3 个指标，前 3 个：');
    const preview = [...screen.getByTestId('mapping-preview').querySelectorAll('li')].map((li) => li.textContent);
    expect(preview).toEqual(['C4 服务老人人数 → ≥1200人', 'C5 服务合格率 → 明显提升', 'C6 老人满意度 → ≥90%']);
    expect(screen.getByTestId('mapping-confirm').getAttribute('aria-disabled')).toBeNull();

    const before = JSON.stringify(port.sheets.get('自制表')!.values);
    await confirm();
    // Stored in the workbook's settings, as 保存到工作簿 stores the policy.
    expect(port.settings.get(POLICY)).toEqual({ layout: { goal: [{ sheet: '自制表', headerRow: 3, columns: { level1: 'A', level2: 'B', name: 'C', value: 'D' } }] } });
    // The sheet is checked again: real goal findings replace the layout finding.
    expect(rules()).not.toContain('layout/goal-table-unrecognised');
    expect(rules()).toContain('goal/unquantified');
    const expected = checkSheet(homeMade(), { policy: { ...(await import('../../../src/core/policy/policy')).parsePolicy(port.settings.get(POLICY)) } })!.findings;
    expect([...document.querySelectorAll<HTMLElement>('li[data-cell]')].map((li) => li.dataset.cell).sort()).toEqual(expected.map((f) => `自制表!${f.cell}`).sort());
    expect(screen.getByTestId('pane-message').textContent).toContain('已把工作表“自制表”第 3 行表头的各列保存到工作簿的设置中');
    // The keyboard lands on the new result; nothing was written to the sheet.
    expect(document.activeElement?.getAttribute('data-focus')).toBe('check-summary');
    expect(JSON.stringify(port.sheets.get('自制表')!.values)).toBe(before);
    expect(port.callsOf('writeCells')).toEqual([]);
    expect(port.callsOf('flagCells')).toEqual([]);

    // The next check, and the settings, know the hint.
    await check();
    expect(rules()).not.toContain('layout/goal-table-unrecognised');
    const list = await openSettingsLayout();
    expect(list.textContent).toContain('工作表“自制表”，第 3 行表头');
    expect(list.textContent).toContain('一级指标 A、二级指标 B、三级指标（指标名称） C、指标值 D');
  });

  test('validation: a column cannot be two items, the header row must be a number; confirm stays off', async () => {
    const port = new FakePort([homeMade()]);
    await renderPane(port);
    await check();
    await openFromFinding();
    choose('name', 'C');
    choose('value', 'C');
    expect(step().textContent).toContain('这一列已选作“三级指标（指标名称）”，每一项须在不同的列');
    expect(screen.getByTestId('mapping-confirm').getAttribute('aria-disabled')).toBe('true');
    choose('value', 'D');
    expect(step().textContent).not.toContain('每一项须在不同的列');
    fireEvent.change(screen.getByTestId('mapping-row'), { target: { value: '' } });
    expect(step().textContent).toContain('请输入表头所在的行号，如 3');
    // Without a row there are no headers to show: the choices stay, by letter.
    expect([...roleSelect('name').options].map((o) => o.textContent)).toEqual(['请选择', 'C 列']);
    expect(screen.getByTestId('mapping-confirm').getAttribute('aria-disabled')).toBe('true');
    // A row under which nothing is read: the preview says so and confirm stays off.
    fireEvent.change(screen.getByTestId('mapping-row'), { target: { value: '6' } });
    expect(screen.getByTestId('mapping-preview-status').textContent).toBe('按这样的列读不到任何指标：请检查表头所在行和各列。');
    expect(screen.getByTestId('mapping-confirm').getAttribute('aria-disabled')).toBe('true');
    // Clicking it anyway stores nothing.
    await act(async () => {
      fireEvent.click(screen.getByTestId('mapping-confirm'));
    });
    expect(port.settings.has(POLICY)).toBe(false);
  });

  test('取消 and Esc change nothing and give the keyboard back to the button that opened the step', async () => {
    const port = new FakePort([homeMade()]);
    await renderPane(port);
    await check();
    await openFromFinding();
    choose('name', 'C');
    choose('value', 'D');
    fireEvent.click(screen.getByTestId('mapping-cancel'));
    expect(screen.queryByTestId('mapping-step')).toBeNull();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('map-columns');
    expect(port.callsOf('saveSettings').filter(([key]) => key === POLICY)).toEqual([]);
    expect(rules()).toEqual(['layout/goal-table-unrecognised']);

    await openFromFinding();
    fireEvent.keyDown(roleSelect('name'), { key: 'Escape' });
    expect(screen.queryByTestId('mapping-step')).toBeNull();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('map-columns');
    expect(port.settings.has(POLICY)).toBe(false);
  });

  test('the step is kept when the clerk looks at another tab meanwhile', async () => {
    const port = new FakePort([homeMade()]);
    await renderPane(port);
    await check();
    await openFromFinding();
    choose('name', 'C');
    fireEvent.click(screen.getByRole('tab', { name: '填充' }));
    expect(screen.queryByTestId('mapping-step')).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '检查结果' }));
    expect(roleSelect('name').value).toBe('C');
    // Coming back does not move the keyboard off the tab.
    expect(document.activeElement?.getAttribute('data-focus')).not.toBe('mapping-step');
  });

  test('checking the whole workbook: only that sheet is checked again, the others keep their findings', async () => {
    const other = goalForm({ sheetName: '规范表', rows: [['产出指标', '质量指标', '工程质量', '明显提升']] });
    const port = new FakePort([homeMade(), other]);
    await renderPane(port);
    fireEvent.click(screen.getByRole('radio', { name: '整个工作簿' }));
    await check();
    const otherCells = () => [...document.querySelectorAll<HTMLElement>('li[data-cell^="规范表!"]')].map((li) => `${li.dataset.cell} ${li.dataset.rule}`).sort();
    const before = otherCells();
    expect(before.length).toBeGreaterThan(0);
    await openFromFinding();
    choose('name', 'C');
    choose('value', 'D');
    const reads = port.callsOf('readSheet').length;
    await confirm();
    expect(port.callsOf('readSheet').slice(reads)).toEqual([['自制表']]);
    expect(otherCells()).toEqual(before);
    expect(rules()).not.toContain('layout/goal-table-unrecognised');
    // Sheets keep their order in the list.
    expect([...document.querySelectorAll<HTMLElement>('[data-sheet-group]')].map((e) => e.dataset.sheetGroup)).toEqual(['自制表', '规范表']);
  });
});

describe('这张表的列 in the settings', () => {
  test('lists stored hints; 修改 replaces the hint for the same sheet and row, keeping the rest of the policy', async () => {
    const port = new FakePort([homeMade()]);
    port.settings.set(POLICY, {
      rules: { 'goal/unquantified': 'info' },
      layout: {
        goal: [
          { sheet: '自制表', headerRow: 3, columns: { name: 'D', value: 'C' } },
          { sheet: '别的表', headerRow: 2, columns: { name: 'B', value: 'C' } },
        ],
      },
    });
    await renderPane(port);
    const list = await openSettingsLayout();
    const items = list.querySelectorAll('li[data-hint]');
    expect([...items].map((li) => li.querySelector('span')?.textContent)).toEqual(['工作表“自制表”，第 3 行表头', '工作表“别的表”，第 2 行表头']);
    await act(async () => {
      fireEvent.click(within(items[0] as HTMLElement).getByRole('button', { name: '修改：工作表“自制表”，第 3 行表头' }));
    });
    await screen.findByTestId('mapping-step', {}, { timeout: 5000 });
    // It starts from the stored hint (a wrong one: the indicator and value swapped), which reads nonsense.
    expect(roleSelect('name').value).toBe('D');
    expect(roleSelect('value').value).toBe('C');
    choose('name', 'C');
    choose('value', 'D');
    await confirm();
    expect(port.settings.get(POLICY)).toEqual({
      rules: { 'goal/unquantified': 'info' },
      layout: {
        goal: [
          { sheet: '别的表', headerRow: 2, columns: { name: 'B', value: 'C' } },
          { sheet: '自制表', headerRow: 3, columns: { name: 'C', value: 'D' } },
        ],
      },
    });
    // The sheet was checked again with the corrected columns (and the stored severities).
    expect(screen.getByRole('tab', { name: '检查结果', selected: true } as never)).toBeTruthy();
    expect(rules()).toContain('goal/unquantified');
    expect(screen.getByRole('region', { name: '提示' }).querySelector('li[data-rule="goal/unquantified"]')).not.toBeNull();
  });

  test('删除 edits the settings like any field: saved with 保存到工作簿; the keyboard stays in the list', async () => {
    const port = new FakePort([homeMade()]);
    port.settings.set(POLICY, {
      layout: {
        goal: [
          { sheet: '自制表', headerRow: 3, columns: { name: 'C', value: 'D' } },
          { sheet: '别的表', headerRow: 2, columns: { name: 'B', value: 'C' } },
        ],
      },
    });
    await renderPane(port);
    const list = await openSettingsLayout();
    fireEvent.click(within(list).getByRole('button', { name: '删除：工作表“自制表”，第 3 行表头' }));
    expect([...list.querySelectorAll('li[data-hint]')].map((li) => li.querySelector('span')?.textContent)).toEqual(['工作表“别的表”，第 2 行表头']);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('删除：工作表“别的表”，第 2 行表头'));
    expect(screen.getByTestId('pane-message').textContent).toContain('已删除这项列设置');
    // Not stored until saved.
    expect((port.settings.get(POLICY) as { layout: { goal: unknown[] } }).layout.goal).toHaveLength(2);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存到工作簿' }));
    });
    expect(port.settings.get(POLICY)).toEqual({ layout: { goal: [{ sheet: '别的表', headerRow: 2, columns: { name: 'B', value: 'C' } }] } });
    fireEvent.click(within(screen.getByTestId('layout-hints')).getByRole('button', { name: '删除：工作表“别的表”，第 2 行表头' }));
    expect(screen.getByTestId('layout-hints').textContent).toContain('还没有为任何表指定过列。');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('hint-add'));
  });

  test('from the settings on the active sheet; unsaved edits in the settings are kept and gain the hint; 取消 returns to the settings as they were', async () => {
    const port = new FakePort([homeMade()]);
    await renderPane(port);
    await openSettingsLayout();
    // An unsaved edit elsewhere in the settings.
    fireEvent.click(screen.getByRole('button', { name: /规则开关与级别/ }));
    fireEvent.change(screen.getByRole('combobox', { name: /缺少满意度指标/ }), { target: { value: 'off' } });

    await act(async () => {
      fireEvent.click(screen.getByTestId('hint-add'));
    });
    await screen.findByTestId('mapping-step', {}, { timeout: 5000 });
    expect((screen.getByTestId('mapping-row') as HTMLInputElement).value).toBe('3');
    fireEvent.click(screen.getByTestId('mapping-cancel'));
    // Back in the settings with its sections as they were, the keyboard on the button that opened the step.
    expect(document.activeElement?.getAttribute('data-testid')).toBe('hint-add');
    expect((screen.getByRole('combobox', { name: /缺少满意度指标/ }) as HTMLSelectElement).value).toBe('off');

    await act(async () => {
      fireEvent.click(screen.getByTestId('hint-add'));
    });
    await screen.findByTestId('mapping-step', {}, { timeout: 5000 });
    choose('name', 'C');
    choose('value', 'D');
    await confirm();
    const hint = { sheet: '自制表', headerRow: 3, columns: { level1: 'A', level2: 'B', name: 'C', value: 'D' } };
    // Stored: the hint only (the settings' edit is not saved behind the clerk's back)…
    expect(port.settings.get(POLICY)).toEqual({ layout: { goal: [hint] } });
    expect(screen.getByTestId('pane-message').textContent).toContain('“设置”中未保存的修改仍然保留');
    // …and the draft keeps the edit and has the hint too, so saving it later keeps both.
    fireEvent.click(screen.getByRole('tab', { name: /^设置/ }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存到工作簿' }));
    });
    expect(port.settings.get(POLICY)).toEqual({ rules: { 'goal/missing-satisfaction': 'off' }, layout: { goal: [hint] } });
  });

  test('English: the step and the list speak English', async () => {
    const port = new FakePort([homeMade()]);
    await renderPane(port, 'en');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    });
    await waitFor(() => expect(screen.getByTestId('check-summary')).toBeTruthy());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: "Set this table's columns" }));
    });
    await screen.findByTestId('mapping-step', {}, { timeout: 5000 });
    const text = step().textContent!;
    for (const words of ["This table's columns", 'Header row', 'Row 3: 类 | 项 | 考核内容 | 目标', 'Level 1 indicator', 'Indicator name (level 3)', 'Target value', 'Confirm', 'Cancel']) {
      expect(text).toContain(words);
    }
    expect([...roleSelect('value').options].map((o) => o.textContent)).toEqual(['Choose a column', 'Column A: 类', 'Column B: 项', 'Column C: 考核内容', 'Column D: 目标']);
    choose('name', 'C');
    choose('value', 'D');
    expect(screen.getByTestId('mapping-preview-status').textContent).toBe('3 indicator(s) read; the first 3:');
    await confirm();
    expect(screen.getByTestId('pane-message').textContent).toBe('Stored the columns of the header in row 3 of sheet "自制表" in the workbook settings, and checked the sheet again.');
    const list = await openSettingsLayout(/^Settings/, /Table columns/);
    expect(list.textContent).toContain('Sheet "自制表", header row 3');
  });

  test('a workbook refusing to store the settings: the step says why and nothing changes', async () => {
    const port = new FakePort([homeMade()]);
    await renderPane(port);
    await check();
    await openFromFinding();
    choose('name', 'C');
    choose('value', 'D');
    port.failWith.set('saveSettings', new Error('文档为只读，无法保存设置'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('mapping-confirm'));
    });
    await waitFor(() => expect(screen.getByTestId('pane-message').textContent).toContain('只读'));
    // The step stays open with the choices, and the policy in force is unchanged.
    expect(roleSelect('name').value).toBe('C');
    expect(port.settings.has(POLICY)).toBe(false);
    expect(rules()).toEqual(['layout/goal-table-unrecognised']);
  });
});
