import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import type { SampleSpec } from '../../scripts/samples/xlsx-builder';
import { main } from '../../src/cli/main';

/** Runs the CLI in-process, capturing what it prints and its exit status. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}

/** A file's SHA-256, to prove an input was left byte-identical. */
export async function sha256(file: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(file)).digest('hex');
}

/** Builds each sample workbook into `dir` (as `npm run samples` does); returns file name → path. */
export async function writeSamples(dir: string, specs: readonly SampleSpec[]): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const spec of specs) {
    const wb = new ExcelJS.Workbook();
    spec.build(wb);
    files[spec.file] = path.join(dir, spec.file);
    await wb.xlsx.writeFile(files[spec.file]);
  }
  return files;
}
