import { promises as fs } from 'fs';
import path from 'path';
import { UsageError } from '../policy-file';

/**
 * Spreadsheet files a folder may hold. .xlsx/.xlsm are reviewed; .xls, .et (WPS) and .ods are collected too,
 * so the summary lists them with the reason they could not be read instead of leaving them out silently.
 */
const SPREADSHEET = /\.(xlsx|xlsm|xls|et|ods)$/i;

/** Excel's lock files (~$x.xlsx), LibreOffice's (.~lock.x#) and other hidden files, our temp files among them. */
function isHiddenOrLock(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  // Code-point order: the same folder gives the same order (and the same summary) on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (isHiddenOrLock(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && SPREADSHEET.test(e.name)) out.push(p);
  }
}

/**
 * The files to review: each FILE as given (a missing one is kept, to be reported as unreadable), and every
 * spreadsheet under each DIR, recursively. `exclude` (the output) is never reviewed: an earlier summary in the
 * same folder must not be reviewed as a submission. Duplicates are dropped.
 */
export async function collectFiles(inputs: readonly string[], exclude: string): Promise<string[]> {
  const out: string[] = [];
  const excluded = path.resolve(exclude);
  for (const input of inputs) {
    let stat;
    try {
      stat = await fs.stat(input);
    } catch {
      stat = null;
    }
    if (stat?.isDirectory()) {
      await walk(input, out);
    } else {
      if (path.resolve(input) === excluded) throw new UsageError(`输出文件不能是输入文件（输入文件不会被修改）: ${input}`);
      out.push(input);
    }
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = path.resolve(f);
    if (key === excluded || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
