/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryWorkbookPort } from '../../../src/adapters/memory';
import { defaultPolicy } from '../../../src/core/policy/policy';
import { opinionSheetRows, reviewWorkbook } from '../../../src/core/review';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { PaneController } from '../../../src/taskpane/state/controller';
import { LAST_OPINIONS_KEY } from '../../../src/taskpane/state/review-receipt';
import { createStore, initialState } from '../../../src/taskpane/state/store';
import { GOOD_ROWS, goalForm } from '../../helpers/goal-form';
import { sheet } from '../../helpers/sheet';
import { renderPane } from './setup-pane';

/**
 * 生成审核意见 over the in-memory workbook (the same adapter as the preview, proven against office.js by the
 * contract suite): the 审核意见 sheet holds the core's review of the workbook's goal sheets, the goal sheets
 * are not touched, a refresh happens only over our own unchanged sheet, and the undo works like a fill's.
 */

function workbook(): SheetSnapshot[] {
  return [
    goalForm({ sheetName: '校舍维修', rows: GOOD_ROWS }),
    goalForm({
      sheetName: '道路养护',
      project: '乡村道路养护项目',
      department: '县交通运输局',
      rows: [...GOOD_ROWS.filter((r) => r[0] !== '满意度指标').slice(0, 5), ['效益指标', '社会效益指标', '群众出行条件', '明显改善']],
    }),
    sheet('填表说明', [['请按项目分别填写']]),
  ];
}

async function setup(locale: 'zh' | 'en' = 'zh') {
  const port = new MemoryWorkbookPort(workbook());
  const store = createStore(initialState(locale, true));
  const controller = new PaneController(port, store);
  await controller.init();
  return { port, store, controller };
}

async function goalSheets(port: MemoryWorkbookPort) {
  return Promise.all(['校舍维修', '道路养护', '填表说明'].map((n) => port.readSheet(n)));
}

describe('生成审核意见 (controller over the in-memory workbook)', () => {
  it('writes the core’s review of every goal project into a new 审核意见 sheet and leaves the goal sheets alone', async () => {
    const { port, store, controller } = await setup();
    const before = await goalSheets(port);
    await controller.generateOpinions();

    expect(port.sheetNames()).toEqual(['校舍维修', '道路养护', '填表说明', '审核意见']);
    const expected = opinionSheetRows(reviewWorkbook(workbook(), { policy: defaultPolicy() }), defaultPolicy(), 'zh');
    expect((await port.readSheet('审核意见')).values).toEqual(expected);
    expect(expected.map((r) => [r[4], r[7]])).toEqual([
      ['项目名称', '审核结论'],
      ['城区学校校舍维修改造项目', '优'],
      ['乡村道路养护项目', '良'],
    ]);
    expect(String(expected[2][13])).toContain('「群众出行条件」指标值「明显改善」无法衡量，请量化');
    expect(await goalSheets(port)).toEqual(before);
    expect(store.getState().message).toMatchObject({ intent: 'success', text: expect.stringContaining('2 个项目的审核意见（优 1，良 1）') });
    expect(await port.loadSettings(LAST_OPINIONS_KEY)).toMatchObject({ sheet: '审核意见', created: true });
  });

  it('refreshes its own unchanged sheet; undo goes back one generation, then removes the sheet', async () => {
    const { port, store, controller } = await setup();
    await controller.generateOpinions();
    const first = (await port.readSheet('审核意见')).values;
    // The clerk replaces the indicator the opinion asked about, and generates again.
    port.setCellValue('道路养护', 'C15', '行政村通客车率');
    port.setCellValue('道路养护', 'D15', '≥95%');
    await controller.generateOpinions();
    expect(store.getState().lastOpinions).toMatchObject({ created: false });
    const second = (await port.readSheet('审核意见')).values;
    expect(second).not.toEqual(first);
    expect(String(second[2][13])).not.toContain('群众出行条件');

    await controller.undoOpinions();
    expect((await port.readSheet('审核意见')).values).toEqual(first);
    expect(store.getState().lastOpinions).toBeNull();
    expect(await port.loadSettings(LAST_OPINIONS_KEY)).toBeNull();
  });

  it('undoes the first generation by deleting the sheet, even after the pane was reopened', async () => {
    const { port, controller } = await setup();
    await controller.generateOpinions();
    const reopened = new PaneController(port, createStore(initialState('zh', true)));
    await reopened.init();
    await reopened.undoOpinions();
    expect(port.sheetNames()).toEqual(['校舍维修', '道路养护', '填表说明']);
  });

  it('does not overwrite a 审核意见 sheet that is not its own, or that a reviewer has edited', async () => {
    const { port, store, controller } = await setup();
    port.addSheet(sheet('审核意见', [['科长批注：请补充满意度指标']]));
    await controller.generateOpinions();
    expect(store.getState().message).toMatchObject({ intent: 'warning', text: expect.stringContaining('未做任何修改') });
    expect((await port.readSheet('审核意见')).values).toEqual([['科长批注：请补充满意度指标']]);

    const other = await setup();
    await other.controller.generateOpinions();
    other.port.setCellValue('审核意见', 'N3', '已与单位沟通，同意修改');
    await other.controller.generateOpinions();
    expect(other.store.getState().message).toMatchObject({ intent: 'warning' });
    expect(other.port.cell('审核意见', 'N3').value).toBe('已与单位沟通，同意修改');
    // Undo refuses too: it would lose the reviewer's text.
    await other.controller.undoOpinions();
    expect(other.port.cell('审核意见', 'N3').value).toBe('已与单位沟通，同意修改');
    expect(other.store.getState().message).toMatchObject({ intent: 'warning', text: expect.stringContaining('N3') });
  });

  it('says so and writes nothing when the workbook has no goal table', async () => {
    const port = new MemoryWorkbookPort([sheet('结果表', [['项目', '评价得分'], ['甲', 92]])]);
    const store = createStore(initialState('zh', true));
    const controller = new PaneController(port, store);
    await controller.generateOpinions();
    expect(port.sheetNames()).toEqual(['结果表']);
    expect(store.getState().message).toMatchObject({ intent: 'info' });
  });

  it('writes English headers and opinions for the English pane', async () => {
    const { port, controller } = await setup('en');
    await controller.generateOpinions();
    const values = (await port.readSheet('审核意见')).values;
    expect(values[0].slice(0, 8)).toEqual(['No.', 'Sheet', 'Cell', 'Department', 'Project', 'Funds (万元)', 'Score', 'Conclusion']);
    expect(values[2][7]).toBe('Good');
    expect(String(values[2][13])).toMatch(/^1\. No satisfaction indicator/);
  });
});

describe('生成审核意见 in the pane', () => {
  it('the button writes the sheet and reports it; 撤销审核意见 removes it', async () => {
    const port = new MemoryWorkbookPort(workbook());
    const { store } = await renderPane(port);
    const undo = screen.getByRole('button', { name: '撤销审核意见' }) as HTMLButtonElement;
    expect(undo.disabled).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '生成审核意见' }));
    });
    await waitFor(() => expect(store.getState().busy).toBeNull());
    expect(screen.getByTestId('pane-message').textContent).toContain('已在工作表「审核意见」写入 2 个项目的审核意见');
    expect(port.sheetNames()).toContain('审核意见');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '撤销审核意见' }));
    });
    await waitFor(() => expect(port.sheetNames()).not.toContain('审核意见'));
  });
});
