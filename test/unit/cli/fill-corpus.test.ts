import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { toA1 } from '../../../src/core/grid/address';
import { loadCorpus } from '../../fixtures/real/load';
import { blankedSnapshots, FILL_KINDS, sameWrite } from '../../fixtures/real/score-fill';
import type { RealTable } from '../../fixtures/real/types';
import { runCli, sha256 } from '../../helpers/cli';
import { writeSnapshotsXlsx } from '../../helpers/real-xlsx';

/**
 * `goal-lint fill` on every real self-evaluation, results and monitoring table of the corpus, written as an
 * .xlsx the way a clerk has it (blank where the unit's own scores were): the CLI, as a black box, writes only
 * empty cells, writes the expected values, and lists every row it could not score with the reason.
 */
const tables = FILL_KINDS.flatMap((kind) => loadCorpus(kind));
let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'goal-lint-fill-corpus-'));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** `fill --format json` (README): one file's result. */
interface FillJson {
  file: string;
  output: string;
  sheets: { name: string; kind: string; skippedRows: { row: number; reason: string }[] }[];
  error?: string | null;
}

function cellValue(ws: ExcelJS.Worksheet, a1: string): string | number | null {
  const v = ws.getCell(a1).value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && 'result' in v) return (v.result as string | number) ?? null;
  return v as string | number;
}

describe.each(tables.map((t) => [`${t.kind}/${t.id}`, t] as const))('goal-lint fill on %s', (_name, table: RealTable) => {
  let input: string;
  let output: string;
  let hash: string;
  let result: { code: number; out: string; err: string };
  let json: FillJson;
  let before: ExcelJS.Worksheet;
  let after: ExcelJS.Worksheet;

  beforeAll(async () => {
    input = path.join(dir, `${table.id}.xlsx`);
    output = path.join(dir, `${table.id}.filled.xlsx`);
    await writeSnapshotsXlsx(blankedSnapshots(table), input);
    hash = await sha256(input);
    result = await runCli(['fill', input, '-o', output, '--format', 'json']);
    json = JSON.parse(result.out) as FillJson;
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(input);
    before = a.worksheets[0];
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(output);
    after = b.worksheets[0];
  });

  it('leaves the input untouched and writes a copy', async () => {
    expect(await sha256(input)).toBe(hash);
    expect(json.error ?? null).toBeNull();
    expect(json.sheets[0].kind).not.toBe('goal');
  });

  it('changes no cell that held something', () => {
    const changed: string[] = [];
    before.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const a1 = toA1({ row: r - 1, col: c - 1 });
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const now = cellValue(after, a1);
        if (now !== cellValue(before, a1)) changed.push(`${a1}: ${String(cellValue(before, a1))} → ${String(now)}`);
      });
    });
    expect(changed).toEqual([]);
  });

  it('writes the expected values into their cells', () => {
    const missing: string[] = [];
    for (const w of table.fill!.writes) {
      if (!w.cell) continue; // by row and header: checked by the core corpus test, where the added column is known
      const got = cellValue(after, w.cell);
      if (got === null || !sameWrite(w, got)) missing.push(`${w.cell}: 应为 ${w.value}，文件中为 ${String(got)}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists every row it could not score, with the reason, and exits 1 when there are such rows', () => {
    const skipped = json.sheets.flatMap((s) => s.skippedRows);
    for (const u of table.fill!.unscorable ?? []) {
      const row = skipped.find((s) => s.row === u.row);
      expect([u.row, (row?.reason.length ?? 0) > 0]).toEqual([u.row, true]);
    }
    if ((table.fill!.unscorable ?? []).length > 0) expect(result.code).toBe(1);
  });
});
