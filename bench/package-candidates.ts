/**
 * npm run bench:candidates — what each way of writing an .xlsx keeps byte-for-byte, measured on the committed
 * real-tool fixtures (test/fixtures/workbooks). This is how the package writer was chosen (README, design).
 *
 * For each workbook, a read and write with no change at all: how many zip parts come out byte-identical, and
 * which parts are lost or changed. Candidates not installed are skipped: the measured ones are installed
 * without saving (`npm install --no-save xlsx-populate@1.21 fast-xml-parser@5`), they are not dependencies.
 */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { readXlsxPackage } from '../src/adapters/xlsx/package';
import { writeXlsxEdits } from '../src/adapters/xlsx/write-edits';
import { excelStyleResults } from '../test/helpers/xlsx-package';

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'workbooks');

type Parts = Record<string, Uint8Array>;

function same(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function compare(input: Parts, output: Parts): { identical: number; changed: string[]; lost: string[]; added: string[] } {
  const changed: string[] = [];
  const lost: string[] = [];
  let identical = 0;
  for (const [name, bytes] of Object.entries(input)) {
    if (name.endsWith('/')) continue;
    if (!(name in output)) lost.push(name);
    else if (same(bytes, output[name])) identical++;
    else changed.push(name);
  }
  const added = Object.keys(output).filter((n) => !(n in input) && !n.endsWith('/'));
  return { identical, changed, lost, added };
}

function optional<T>(name: string): T | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name) as T;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const candidates: [string, (bytes: Uint8Array) => Promise<Uint8Array>][] = [
    [
      'ExcelJS 4.4 load + writeBuffer',
      async (bytes) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
        return new Uint8Array(await wb.xlsx.writeBuffer());
      },
    ],
  ];
  const populate = optional<{ fromDataAsync(data: Uint8Array): Promise<{ outputAsync(type: string): Promise<Uint8Array> }> }>('xlsx-populate');
  if (populate) candidates.push(['xlsx-populate 1.21 fromDataAsync + outputAsync', async (bytes) => new Uint8Array(await (await populate.fromDataAsync(bytes)).outputAsync('uint8array'))]);
  const fxp = optional<{ XMLParser: new (o: object) => { parse(s: string): unknown }; XMLBuilder: new (o: object) => { build(o: unknown): string } }>('fast-xml-parser');
  candidates.push(['goal-lint package writer, no edits', async (bytes) => writeXlsxEdits(readXlsxPackage(bytes), []).bytes]);

  const books: [string, Uint8Array][] = readdirSync(DIR)
    .filter((f) => f.endsWith('.xlsx') && !f.includes('ods'))
    .map((f) => [f, new Uint8Array(readFileSync(path.join(DIR, f)))]);
  books.push(['excel-style (test/helpers/xlsx-package.ts)', excelStyleResults()]);
  for (const [file, bytes] of books) {
    const input = unzipSync(bytes);
    const total = Object.keys(input).filter((n) => !n.endsWith('/')).length;
    process.stdout.write(`\n## ${file} (${total} parts)\n`);
    for (const [name, run] of candidates) {
      try {
        const r = compare(input, unzipSync(await run(bytes)));
        process.stdout.write(`- ${name}: ${r.identical}/${total} identical; lost ${r.lost.length}${r.lost.length ? ` (${r.lost.join(', ')})` : ''}; changed ${r.changed.length}${r.changed.length ? ` (${r.changed.join(', ')})` : ''}${r.added.length ? `; added ${r.added.join(', ')}` : ''}\n`);
      } catch (e) {
        process.stdout.write(`- ${name}: failed: ${(e as Error).message.split('\n')[0]}\n`);
      }
    }
    if (fxp) {
      // Would a DOM parser/builder keep an edited part's other bytes? Parse + build every XML part unchanged.
      const options = { ignoreAttributes: false, preserveOrder: true, processEntities: false, allowBooleanAttributes: true, suppressEmptyNode: true, commentPropName: '#comment', cdataPropName: '#cdata', ignoreDeclaration: false, ignorePiTags: false, trimValues: false, parseTagValue: false, parseAttributeValue: false };
      const parser = new fxp.XMLParser(options);
      const builder = new fxp.XMLBuilder(options);
      const xml = Object.entries(input).filter(([n]) => /\.(xml|rels|vml)$/.test(n));
      const kept = xml.filter(([, b]) => builder.build(parser.parse(new TextDecoder().decode(b))) === new TextDecoder().decode(b)).length;
      process.stdout.write(`- fast-xml-parser 5 parse + build (preserveOrder), per XML part: ${kept}/${xml.length} identical\n`);
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exitCode = 1;
});
