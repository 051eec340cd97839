/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { goalForm } from '../../helpers/goal-form';
import { FakePort } from './fake-port';
import { renderPane } from './setup-pane';

const form = () =>
  goalForm({
    rows: [
      ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米'],
      ['产出指标', '质量指标', '工程质量', '明显提升'],
      ['效益指标', '社会效益指标', '受益学生人数', '≥3500人'],
    ],
  });

async function openSettings() {
  fireEvent.click(screen.getByRole('tab', { name: /^设置/ }));
  // The editor is loaded lazily.
  return screen.findByTestId('settings', {}, { timeout: 5000 });
}

/** Opens a collapsed section of the settings (rules, the JSON editor). */
function openSection(name: RegExp) {
  const header = screen.getByRole('button', { name });
  if (header.getAttribute('aria-expanded') !== 'true') fireEvent.click(header);
}

async function openJson() {
  openSection(/高级：完整设置/);
  return screen.getByTestId('policy-json');
}

async function check() {
  fireEvent.click(screen.getByRole('tab', { name: '检查结果' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
  });
  await waitFor(() => expect(screen.getByTestId('check-summary')).toBeTruthy());
}

const ruleIds = () => [...document.querySelectorAll<HTMLElement>('li[data-rule]')].map((li) => li.dataset.rule);

describe('task pane: settings stored in the workbook', () => {
  test('turning a rule off is validated, saved in the workbook, and applies to the next check', async () => {
    const port = new FakePort([form()]);
    await renderPane(port);
    await check();
    expect(ruleIds()).toContain('goal/missing-satisfaction');

    await openSettings();
    openSection(/规则开关与级别/);
    fireEvent.change(screen.getByRole('combobox', { name: /缺少满意度指标/ }), { target: { value: 'off' } });
    expect((await openJson() as HTMLTextAreaElement).value).toContain('"goal/missing-satisfaction": "off"');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存到工作簿' }));
    });
    expect(port.settings.get('goal-lint.policy')).toEqual({ rules: { 'goal/missing-satisfaction': 'off' } });
    expect(screen.getByTestId('pane-message').textContent).toContain('设置已保存到工作簿');

    await check();
    expect(ruleIds()).not.toContain('goal/missing-satisfaction');
    expect(ruleIds()).toContain('goal/unquantified');
  });

  test('a severity change moves findings to another group', async () => {
    const port = new FakePort([form()]);
    port.settings.set('goal-lint.policy', { rules: { 'goal/unquantified': 'info' } });
    await renderPane(port);
    await check();
    const info = screen.getByRole('region', { name: '提示' });
    expect(info.querySelector('li[data-rule="goal/unquantified"]')).not.toBeNull();
  });

  test('bad JSON and unknown fields are shown by field and cannot be saved', async () => {
    const port = new FakePort([form()]);
    await renderPane(port);
    await openSettings();
    const editor = await openJson();
    fireEvent.change(editor, { target: { value: '{ "rules": ' } });
    // In the pane's words, not the browser's raw English.
    expect(screen.getByTestId('policy-issues').textContent).toContain('JSON 格式错误：内容不完整');
    expect(screen.getByRole('button', { name: '保存到工作簿' }).getAttribute('aria-disabled')).toBe('true');

    fireEvent.change(editor, { target: { value: '{ "rules": { "goal/no-such-rule": "off" }, "colour": 1 }' } });
    const issues = screen.getByTestId('policy-issues').textContent!;
    expect(issues).toContain('colour');
    expect(issues).toContain('rules');
    expect(screen.getByRole('button', { name: '保存到工作簿' }).getAttribute('aria-disabled')).toBe('true');
    expect(port.settings.has('goal-lint.policy')).toBe(false);
  });

  test('an invalid policy stored in the workbook: defaults are used and the pane says which fields are wrong', async () => {
    const port = new FakePort([form()]);
    port.settings.set('goal-lint.policy', { rules: { 'goal/unquantified': 'loud' } });
    await renderPane(port);
    await waitFor(() => expect(screen.getByTestId('pane-message').textContent).toContain('工作簿中保存的设置无效'));
    expect(screen.getByTestId('pane-message').textContent).toContain('rules.goal/unquantified');
    await check();
    expect(ruleIds()).toContain('goal/unquantified');
  });

  test('import reads the same JSON the command line takes; export offers it as a file', async () => {
    const port = new FakePort([form()]);
    await renderPane(port);
    await openSettings();
    const json = JSON.stringify({ rules: { 'goal/value-format': 'error' }, goal: { budgetYear: 2025 } });
    const file = new File([json], 'county-policy.json', { type: 'application/json' });
    if (typeof file.text !== 'function') Object.defineProperty(file, 'text', { value: async () => json });
    await act(async () => {
      fireEvent.change(screen.getByTestId('policy-file'), { target: { files: [file] } });
    });
    await waitFor(() => expect(screen.getByTestId('pane-message').textContent).toContain('已导入“county-policy.json”'));
    expect(((await openJson()) as HTMLTextAreaElement).value).toContain('"budgetYear": 2025');
    openSection(/规则开关与级别/);
    expect((screen.getByRole('combobox', { name: /指标值格式/ }) as HTMLSelectElement).value).toBe('error');

    const created: Blob[] = [];
    const urls = URL as unknown as { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void };
    urls.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:policy';
    };
    urls.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
    expect(click).toHaveBeenCalled();
    const exported = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(created[0]);
    });
    expect(JSON.parse(exported)).toEqual(JSON.parse(json));
    click.mockRestore();
  });
});

describe('settings: every rule id', () => {
  test('each id the policy accepts has a name and shows its own default severity', async () => {
    const { RULE_IDS } = await import('../../../src/core/rules/rule-ids');
    const port = new FakePort([form()]);
    await renderPane(port);
    await openSettings();
    openSection(/规则开关与级别/);
    for (const id of RULE_IDS) {
      const row = screen.getByText(id).closest<HTMLElement>('[data-rule-setting]')!;
      // A Chinese name, not the bare id, and a default that names a severity.
      expect(row.textContent!.replace(id, '')).toMatch(/[\u4e00-\u9fff]/);
      const select = row.querySelector('select')!;
      expect(select.options[0].textContent).toMatch(/^默认（(错误|警告|提示)）$/);
    }
  });
});
