import { readFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { openXlsxFile, openXlsxFileSync, type XlsxFilePort } from '../../../src/adapters/file/xlsx-file-port';
import { NOTE_SEPARATOR } from '../../../src/adapters/common/flag-plan';
import { FLAG_ARGB } from '../../../src/adapters/xlsx/write-edits';
import { XlsxError } from '../../../src/adapters/xlsx/errors';
import { fillXlsx } from '../../../src/adapters/xlsx/fill';
import { readXlsx } from '../../../src/adapters/xlsx/read-workbook';
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/findings';
import { toA1 } from '../../../src/core/grid/address';
import { defaultPolicy } from '../../../src/core/policy/policy';
import { PaneController } from '../../../src/taskpane/state/controller';
import { createStore, initialState } from '../../../src/taskpane/state/store';
import { changedParts, excelStyleResults, workbookPackage, sheetData } from '../../helpers/xlsx-package';

/*
 * The browser's file route: a clerk's .xlsx opened from its bytes, checked, flagged and filled through the
 * pane's own controller, and the copy the browser downloads. The copy is written by the command line's
 * package writer, so it is read back here with ExcelJS (an independent reader) and compared part by part
 * with the input and with what `goal-lint fill -o` writes.
 */

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'workbooks');

function file(name: string): Uint8Array {
  if (name === 'excel-style.xlsx') return excelStyleResults();
  const dir = name.startsWith('goal-') || name.startsWith('results-') ? path.join(ROOT, 'assets', 'samples') : FIXTURES;
  return new Uint8Array(readFileSync(path.join(dir, name)));
}

const WORKBOOKS = ['openpyxl-results.xlsx', 'libreoffice-results.xlsx', 'excel-style.xlsx', 'goal-bad-gym.xlsx', 'goal-multi-sheet.xlsx', 'results-2025.xlsx'];

function pane(port: XlsxFilePort): PaneController {
  return new PaneController(port, createStore(initialState('zh', false)));
}

async function exceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** What a reader sees of every non-empty or decorated cell: its value, note and fill colour (ARGB). */
interface CellSight {
  readonly value: unknown;
  readonly note: string | null;
  readonly fill: string | null;
}

/**
 * Every cell of a package as ExcelJS (an independent reader) sees it; ExcelJS cannot open openpyxl's chart
 * drawing, so for a package it refuses the file port's own reader (the command line's) reads it instead.
 */
async function sight(bytes: Uint8Array): Promise<Map<string, CellSight>> {
  const out = new Map<string, CellSight>();
  let wb: ExcelJS.Workbook | null = null;
  try {
    wb = await exceljs(bytes);
  } catch {
    wb = null;
  }
  if (wb) {
    wb.eachSheet((ws) =>
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          const fill = (c.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid' ? ((c.fill as ExcelJS.FillPattern).fgColor?.argb ?? null) : null;
          const value = cellText(c.value);
          if (value !== null || noteOf(c) !== null || fill !== null) out.set(`${ws.name}!${c.address}`, { value, note: noteOf(c), fill });
        }),
      ),
    );
    return out;
  }
  const port = openXlsxFileSync(bytes);
  for (const name of port.sheetNames()) {
    const snap = await port.readSheet(name);
    const where = new Set<string>();
    snap.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && where.add(toA1({ row: snap.origin.row + r, col: snap.origin.col + c }))));
    snap.formulas?.forEach((row, r) => row?.forEach((f, c) => f && where.add(toA1({ row: snap.origin.row + r, col: snap.origin.col + c }))));
    for (const d of port.getCellDecorations(name)) where.add(d.a1);
    for (const a1 of where) {
      const c = port.cell(name, a1);
      const formula = port.formula(name, a1);
      const fill = c.fill.pattern === 'Solid' && c.fill.color ? `FF${c.fill.color.slice(1).toUpperCase()}` : null;
      out.set(`${name}!${a1}`, { value: formula ? { formula: formula.slice(1) } : (c.value ?? null), note: c.note, fill });
    }
  }
  return out;
}

function valuesOf(cells: Map<string, CellSight>): Map<string, unknown> {
  return new Map([...cells].filter(([, c]) => c.value !== null).map(([k, c]) => [k, c.value]));
}

function cellText(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (v && typeof v === 'object' && 'formula' in v) return { formula: v.formula };
  if (v && typeof v === 'object' && 'sharedFormula' in v) return { sharedFormula: v.sharedFormula };
  return v ?? null;
}

function noteOf(c: ExcelJS.Cell): string | null {
  const n = c.note as unknown;
  if (!n) return null;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : null;
}

describe('a workbook opened from its bytes (the browser file route)', () => {
  test.each(WORKBOOKS)('%s: the pane finds what `goal-lint check` finds', async (name) => {
    const bytes = file(name);
    const port = openXlsxFileSync(bytes);
    const cli = checkWorkbook(readXlsx(bytes).snapshots);
    const snaps = await Promise.all(port.sheetNames().map((s) => port.readSheet(s)));
    const ours = checkWorkbook(snaps);
    expect(ours.map((r) => [r.name, r.kind, r.findings.map((f) => `${f.cell} ${f.ruleId}`)])).toEqual(cli.map((r) => [r.name, r.kind, r.findings.map((f) => `${f.cell} ${f.ruleId}`)]));
  });

  test.each(WORKBOOKS)('%s: check + 标记到单元格 through the pane; the copy carries the flags and notes, and nothing else changed', async (name) => {
    const bytes = file(name);
    const input = bytes.slice();
    const port = openXlsxFileSync(bytes);
    const c = pane(port);
    // Sheet by sheet, leaving out protected sheets (标记 refuses them, as in Excel, and changes nothing).
    c.setScope('active');
    const findings: Finding[] = [];
    for (const s of await port.listSheets()) {
      if (s.protected) continue;
      port.setActiveSheet(s.name);
      await c.check();
      const found = c.store.getState().check!.findings;
      if (found.length === 0) continue;
      findings.push(...found);
      await c.flag();
      expect(c.store.getState().message?.intent).toBe('success');
    }
    expect(findings.length).toBeGreaterThan(0);
    const copy = await port.copy();
    expect(Buffer.from(bytes).equals(Buffer.from(input))).toBe(true);

    const [before, after] = [await sight(bytes), await sight(copy.bytes)];
    // Every cell keeps its value; the flagged ones gain a fill and a note naming the finding.
    expect(valuesOf(after)).toEqual(valuesOf(before));
    const flagged = new Map<string, Finding[]>();
    for (const f of findings) flagged.set(`${f.sheet}!${f.cell}`, [...(flagged.get(`${f.sheet}!${f.cell}`) ?? []), f]);
    for (const [where, list] of flagged) {
      const cell = after.get(where)!;
      const worst = list.some((f) => f.severity === 'error') ? 'error' : list.some((f) => f.severity === 'warning') ? 'warning' : 'info';
      expect({ where, fill: cell.fill }).toEqual({ where, fill: FLAG_ARGB[worst] });
      const note = cell.note!;
      for (const f of list) expect(note).toContain(f.message);
      const earlier = before.get(where)?.note;
      if (earlier) expect(note.startsWith(earlier + NOTE_SEPARATOR)).toBe(true);
    }
    // Cells not flagged keep their notes and fills.
    for (const [where, was] of before) if (!flagged.has(where)) expect({ where, note: after.get(where)?.note, fill: after.get(where)?.fill }).toEqual({ where, note: was.note, fill: was.fill });
    // Only the parts a flag touches changed (sheets, styles, notes and their bookkeeping).
    const { changed, removed, added } = changedParts(bytes, copy.bytes);
    expect(removed).toEqual([]);
    for (const p of [...changed, ...added]) expect(p).toMatch(/^xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?$|^xl\/styles\.xml$|(^|\/)comments?\d*\.xml$|\.vml$|^\[Content_Types\]\.xml$/);
  });

  test.each(WORKBOOKS)('%s: 标记 then 清除标记: the copy is the input, byte for byte', async (name) => {
    const bytes = file(name);
    const port = openXlsxFileSync(bytes);
    const c = pane(port);
    c.setScope('workbook');
    await c.check();
    await c.flag();
    await c.clearFlags();
    expect(await port.changes()).toEqual({ flagged: 0, written: 0, addedSheets: [] });
    expect(Buffer.from((await port.copy()).bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  test.each(['openpyxl-results.xlsx', 'libreoffice-results.xlsx', 'excel-style.xlsx', 'results-2025.xlsx'])(
    '%s: 确认填充 through the pane writes the same copy as `goal-lint fill -o`, byte for byte',
    async (name) => {
      const bytes = file(name);
      const cli = fillXlsx(() => readXlsx(bytes), { policy: defaultPolicy(), locale: 'zh', overwrite: false });
      const filled = cli.sheets.filter((s) => s.plan.writes.length > 0);
      expect(filled.length).toBeGreaterThan(0);
      const port = openXlsxFileSync(bytes);
      const c = pane(port);
      for (const s of filled) {
        port.setActiveSheet(s.name);
        await c.previewFill();
        await c.confirmFill();
        expect(c.store.getState().message?.intent).toBe('success');
      }
      const copy = (await port.copy()).bytes;
      expect(changedParts(cli.written!.bytes, copy)).toEqual({ changed: [], removed: [], added: [] });
      expect(Buffer.from(copy).equals(Buffer.from(cli.written!.bytes))).toBe(true);
      // 撤销上次填充 takes the last sheet's values back out of the copy.
      await c.undoFill();
      if (filled.length === 1) expect(Buffer.from((await port.copy()).bytes).equals(Buffer.from(bytes))).toBe(true);
    },
  );

  test('生成审核意见 adds the 审核意见 sheet to the copy; 撤销 takes it out again', async () => {
    const bytes = file('goal-multi-sheet.xlsx');
    const port = openXlsxFileSync(bytes);
    const c = pane(port);
    await c.generateOpinions();
    expect(c.store.getState().message?.intent).toBe('success');
    const sheet = c.store.getState().lastOpinions!.sheet;
    const copy = await port.copy();
    const wb = await exceljs(copy.bytes);
    const ws = wb.getWorksheet(sheet)!;
    const live = await port.readSheet(sheet);
    expect(ws.rowCount).toBe(live.values.length);
    live.values.forEach((row, r) => row.forEach((v, col) => expect(cellText(ws.getCell(r + 1, col + 1).value)).toEqual(v ?? null)));
    // The other sheets are untouched.
    expect(readXlsx(copy.bytes).snapshots.slice(0, -1)).toEqual(readXlsx(bytes).snapshots);
    await c.undoOpinions();
    expect(Buffer.from((await port.copy()).bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  test('the file’s own fills and notes are shown; a flag appends to a note, and clearing gives the note back', async () => {
    const bytes = file('libreoffice-results.xlsx');
    const port = openXlsxFileSync(bytes);
    const wb = await exceljs(bytes);
    const notes: [string, string, string][] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => noteOf(cell) && notes.push([ws.name, cell.address, noteOf(cell)!]))));
    expect(notes.length).toBeGreaterThan(0);
    for (const [sheet, a1, text] of notes) expect(port.cell(sheet, a1).note).toBe(text);
    const c = pane(port);
    c.setScope('active');
    port.setActiveSheet(notes[0][0]);
    await c.check();
    const onNote = c.store.getState().check!.findings.find((f) => notes.some(([s, a]) => s === f.sheet && a === f.cell));
    expect(onNote).toBeDefined();
    await c.flag();
    const text = notes.find(([s, a]) => s === onNote!.sheet && a === onNote!.cell)![2];
    expect(port.cell(onNote!.sheet, onNote!.cell).note!.startsWith(text + NOTE_SEPARATOR)).toBe(true);
    await c.clearFlags();
    expect(port.cell(onNote!.sheet, onNote!.cell).note).toBe(text);
  });

  test('fills from the file (rgb and indexed colours) reach the grid', () => {
    const styles =
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<fonts count="1"><font/></fonts><fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FF92D050"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor indexed="13"/></patternFill></fill></fills>' +
      '<borders count="1"><border/></borders><cellXfs count="3"><xf fillId="0"/><xf fillId="2" applyFill="1"/><xf fillId="3" applyFill="1"/></cellXfs></styleSheet>';
    const xml = sheetData([['表头', null]]).replace('<c r="A1"', '<c r="A1" s="1"').replace('</row>', '<c r="B1" s="2"/></row>');
    const port = openXlsxFileSync(workbookPackage([{ name: '表', xml: `<cols><col min="1" max="1" width="30" customWidth="1"/></cols>${xml}` }], { 'xl/styles.xml': styles }));
    expect(port.cell('表', 'A1').fill).toEqual({ color: '#92D050', pattern: 'Solid' });
    expect(port.cell('表', 'B1').fill).toEqual({ color: '#FFFF00', pattern: 'Solid' });
    expect(port.looks('表').widths[0]).toBe(30);
  });

  test('progress is reported sheet by sheet, and an unreadable file gets the command line’s message', async () => {
    const seen: string[] = [];
    await openXlsxFile(file('goal-multi-sheet.xlsx'), { onProgress: (p) => void seen.push(`${p.done}/${p.total} ${p.sheet ?? '完成'}`) });
    const names = readXlsx(file('goal-multi-sheet.xlsx')).snapshots.map((s) => s.name);
    expect(seen).toEqual([...names.map((n, i) => `${i}/${names.length} ${n}`), `${names.length}/${names.length} 完成`]);

    const refuse = async (bytes: Uint8Array) => {
      try {
        await openXlsxFile(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(XlsxError);
        return (e as XlsxError).problem;
      }
      throw new Error('expected a refusal');
    };
    const good = file('goal-bad-gym.xlsx');
    await expect(refuse(new TextEncoder().encode('项目名称,金额\n'))).resolves.toBe('not-zip');
    await expect(refuse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).resolves.toBe('encrypted-or-xls');
    await expect(refuse(good.slice(0, Math.floor(good.length / 2)))).resolves.toBe('truncated');
    await expect(refuse(file('libreoffice-saved-as-ods.xlsx'))).resolves.toBe('ods');
  });

  test('an added sheet may not take the name of a sheet the grid does not show', async () => {
    const bytes = workbookPackage([
      { name: '目标表', xml: sheetData([['项目名称', '甲']]) },
      { name: '审核意见', xml: sheetData([['旧']]), state: 'veryHidden' },
    ]);
    const port = openXlsxFileSync(bytes);
    expect(port.sheetNames()).toEqual(['目标表']);
    await expect(port.writeSheet('审核意见', [['新']])).rejects.toThrow('隐藏工作表');
    expect(await port.changes()).toEqual({ flagged: 0, written: 0, addedSheets: [] });
  });
});
