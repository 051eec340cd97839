import { readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../../src/core/check';
import { readXlsx } from '../../../src/adapters/xlsx/read-workbook';
import { addFiles, copyKind, copyName, countsOf, listSummary, setState, type FileEntry } from '../../../src/preview/file-list';
import { downloadFor, openWorkbookFile, UnreadableFile, unreadableText } from '../../../src/preview/open-file';
import { PaneController } from '../../../src/taskpane/state/controller';
import { snapshotsToXlsx } from '../../helpers/snapshot-xlsx';
import { changedParts } from '../../helpers/xlsx-package';
import { createStore, initialState } from '../../../src/taskpane/state/store';

/*
 * The browser checker's file route without a browser: the list model, the copy's name, and the bytes a
 * download carries (the command line's writer over the original; read back with ExcelJS).
 */

const SAMPLES = path.join(__dirname, '..', '..', '..', 'assets', 'samples');
const sample = (f: string) => new Uint8Array(readFileSync(path.join(SAMPLES, f)));

describe('copy names', () => {
  test.each([
    ['目标表.xlsx', 'annotated', '目标表-审核.xlsx'],
    ['目标表.xlsx', 'filled', '目标表-已填充.xlsx'],
    ['2025 评价结果.XLSX', 'filled', '2025 评价结果-已填充.xlsx'],
    ['a.b.xlsx', 'annotated', 'a.b-审核.xlsx'],
    ['没有扩展名', 'annotated', '没有扩展名-审核.xlsx'],
    ['.xlsx', 'annotated', 'workbook-审核.xlsx'],
  ] as const)('%s (%s) → %s', (name, kind, expected) => {
    expect(copyName(name, kind)).toBe(expected);
  });

  test('the kind follows what changed: written values make a filled copy, flags or an added sheet an annotated one', () => {
    expect(copyKind({ flagged: 0, written: 0, addedSheets: [] })).toBeNull();
    expect(copyKind({ flagged: 3, written: 0, addedSheets: [] })).toBe('annotated');
    expect(copyKind({ flagged: 0, written: 0, addedSheets: ['审核意见'] })).toBe('annotated');
    expect(copyKind({ flagged: 3, written: 2, addedSheets: [] })).toBe('filled');
  });
});

describe('the file list', () => {
  test('files are added reading, then become ready or unreadable; the summary adds them up', () => {
    let n = 0;
    let list: FileEntry[] = addFiles([], [{ name: 'a.xlsx', size: 10 }, { name: 'b.xlsx', size: 20 }], () => `id${++n}`);
    list = addFiles(list, [{ name: 'c.xls', size: 5 }], () => `id${++n}`);
    expect(list.map((f) => [f.id, f.name, f.state.kind])).toEqual([
      ['id1', 'a.xlsx', 'reading'],
      ['id2', 'b.xlsx', 'reading'],
      ['id3', 'c.xls', 'reading'],
    ]);
    expect(listSummary(list)).toEqual({ files: 3, reading: 3, unreadable: 0, errors: 0, warnings: 0 });
    list = setState(list, 'id1', { kind: 'ready', counts: { errors: 2, warnings: 1, infos: 0, recognised: 1, sheets: 2 } });
    list = setState(list, 'id2', { kind: 'ready', counts: { errors: 1, warnings: 4, infos: 3, recognised: 1, sheets: 1 } });
    list = setState(list, 'id3', { kind: 'unreadable', message: '无法读取：…' });
    expect(listSummary(list)).toEqual({ files: 3, reading: 0, unreadable: 1, errors: 3, warnings: 5 });
  });

  test('counts are what `goal-lint check` finds, by severity, with the sheets it recognises', () => {
    const bytes = sample('goal-multi-sheet.xlsx');
    const { snapshots } = readXlsx(bytes);
    const reports = checkWorkbook(snapshots);
    const counts = countsOf(reports, snapshots.length);
    const all = reports.flatMap((r) => r.findings);
    expect(counts).toEqual({
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
      infos: all.filter((f) => f.severity === 'info').length,
      recognised: reports.length,
      sheets: snapshots.length,
    });
    expect(counts.errors + counts.warnings).toBeGreaterThan(0);
  });
});

describe('opening a file and the download it gives', () => {
  test('an opened file opens on its first recognised sheet, with the counts of the command line', async () => {
    const bytes = sample('goal-multi-sheet.xlsx');
    const progress: string[] = [];
    const opened = await openWorkbookFile(bytes, { locale: 'zh', onProgress: (p) => void progress.push(`${p.done}/${p.total}`) });
    const reports = checkWorkbook(readXlsx(bytes).snapshots);
    expect(await opened.port.activeSheetName()).toBe(reports[0].name);
    expect(opened.counts.recognised).toBe(reports.length);
    expect(progress.at(-1)).toBe(`${opened.counts.sheets}/${opened.counts.sheets}`);
  });

  test('what the add-in saved in the workbook (its settings, accepted findings) is used, and the copy keeps it as it was', async () => {
    const sheets = readXlsx(sample('goal-bad-gym.xlsx')).snapshots;
    const all = checkWorkbook(sheets).flatMap((r) => r.findings);
    const off = 'goal/placeholder';
    expect(all.some((f) => f.ruleId === off)).toBe(true);
    const json = (v: unknown) => JSON.stringify(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const webextension =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5F1E3A2B-0000-4C1D-9E7A-2B3C4D5E6F70}">' +
      '<we:reference id="goal-lint" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>' +
      `<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="goal-lint.policy" value="${json({ rules: { [off]: 'off' } })}"/>` +
      '<we:property name="other" value="not json"/></we:properties><we:bindings/><we:snapshot/></we:webextension>';
    const bytes = snapshotsToXlsx(sheets, { 'xl/webextensions/webextension1.xml': webextension });
    const { port, counts } = await openWorkbookFile(bytes, { locale: 'zh' });
    expect(port.storedSettings().get('goal-lint.policy')).toEqual({ rules: { [off]: 'off' } });
    expect(port.storedSettings().has('other')).toBe(false);
    expect(counts.errors + counts.warnings + counts.infos).toBe(all.filter((f) => f.ruleId !== off).length);
    const c = new PaneController(port, createStore(initialState('zh', true)));
    await c.init();
    expect(c.store.getState().policy.source).toBe('workbook');
    await c.check();
    const found = c.store.getState().check!.findings;
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.ruleId === off)).toBe(false);
    await c.flag();
    const copy = (await downloadFor(port, 'x.xlsx'))!;
    expect(changedParts(bytes, copy.bytes).changed).not.toContain('xl/webextensions/webextension1.xml');
  });

  test('unreadable files get the command line’s message, in the page’s language', async () => {
    const cases: [Uint8Array, RegExp, RegExp][] = [
      [new TextEncoder().encode('项目名称,金额\n'), /^无法读取：不是 \.xlsx 文件/, /^cannot be read: not an \.xlsx file/],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /^无法读取：文件设有打开密码/, /password-protected/],
      [sample('goal-bad-gym.xlsx').slice(0, 3000), /^无法读取：文件已损坏或不完整/, /damaged or incomplete/],
      [new Uint8Array(0), /^无法读取：文件为空/, /empty/],
    ];
    for (const [bytes, zh, en] of cases) {
      await expect(openWorkbookFile(bytes, { locale: 'zh' })).rejects.toBeInstanceOf(UnreadableFile);
      await expect(openWorkbookFile(bytes, { locale: 'zh' })).rejects.toThrow(zh);
      await expect(openWorkbookFile(bytes, { locale: 'en' })).rejects.toThrow(en);
    }
    expect(unreadableText(new Error('boom'), 'zh')).toBe('无法读取：内部错误：boom');
  });

  test('nothing to download before the pane changes anything; after 标记, an annotated copy named after the original', async () => {
    const bytes = sample('goal-bad-gym.xlsx');
    const input = bytes.slice();
    const { port } = await openWorkbookFile(bytes, { locale: 'zh' });
    expect(await downloadFor(port, '体育馆.xlsx')).toBeNull();
    const c = new PaneController(port, createStore(initialState('zh', true)));
    await c.check();
    const findings = c.store.getState().check!.findings;
    await c.flag();
    const copy = (await downloadFor(port, '体育馆.xlsx'))!;
    expect(copy.name).toBe('体育馆-审核.xlsx');
    expect(copy.kind).toBe('annotated');
    expect(Buffer.from(bytes).equals(Buffer.from(input))).toBe(true);
    const [before, after] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await before.xlsx.load(Buffer.from(input) as unknown as ArrayBuffer);
    await after.xlsx.load(Buffer.from(copy.bytes) as unknown as ArrayBuffer);
    const flagged = new Set(findings.map((f) => `${f.sheet}!${f.cell}`));
    before.eachSheet((ws) =>
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const other = after.getWorksheet(ws.name)!.getCell(cell.address);
          expect({ at: `${ws.name}!${cell.address}`, value: other.value }).toEqual({ at: `${ws.name}!${cell.address}`, value: cell.value });
          if (!flagged.has(`${ws.name}!${cell.address}`)) expect(other.note).toEqual(cell.note);
        }),
      ),
    );
    for (const f of findings) expect(JSON.stringify(after.getWorksheet(f.sheet)!.getCell(f.cell).note)).toContain(f.ruleId);
  });

  test('after 确认填充, a filled copy', async () => {
    const { port } = await openWorkbookFile(sample('results-2025.xlsx'), { locale: 'zh' });
    const c = new PaneController(port, createStore(initialState('zh', true)));
    await c.previewFill();
    await c.confirmFill();
    expect(c.store.getState().message?.intent).toBe('success');
    const copy = (await downloadFor(port, 'results-2025.xlsx'))!;
    expect(copy.name).toBe('results-2025-已填充.xlsx');
    expect(copy.refused).toEqual([]);
  });
});
