import { readFileSync } from 'fs';
import path from 'path';
import { readXlsx } from '../../../src/adapters/xlsx/read-workbook';
import { writeXlsxEdits } from '../../../src/adapters/xlsx/write-edits';
import { setNativeCodec } from '../../../src/adapters/xlsx/zip';
import { planSheetFill } from '../../../src/core/check';
import { useNodeZlib } from '../../../src/cli/native-codec';
import { unzipParts } from '../../helpers/xlsx-package';

/**
 * The package reader and writer give the same workbook with fflate (the browser) and with Node's zlib (the
 * CLI): same snapshots read, same part contents written, and each reads the other's output.
 */
const input = new Uint8Array(readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'workbooks', 'libreoffice-results.xlsx')));

function fillWith(native: boolean): { snapshots: unknown; bytes: Uint8Array } {
  if (native) useNodeZlib();
  else setNativeCodec(null);
  const book = readXlsx(input);
  const sheet = book.snapshots.find((s) => s.name === '评价结果')!;
  const { plan } = planSheetFill(sheet)!;
  return { snapshots: book.snapshots, bytes: writeXlsxEdits(book.pkg, [{ sheet: sheet.name, writes: plan.writes }], { recalculateOnOpen: true }).bytes };
}

afterAll(() => setNativeCodec(null));

it('fflate and zlib read and write the same workbook', () => {
  const js = fillWith(false);
  const node = fillWith(true);
  expect(node.snapshots).toEqual(js.snapshots);
  const a = unzipParts(js.bytes);
  const b = unzipParts(node.bytes);
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const k of Object.keys(a)) expect(Buffer.from(b[k]).equals(Buffer.from(a[k]))).toBe(true);
  // Each reads what the other wrote.
  setNativeCodec(null);
  expect(readXlsx(node.bytes).snapshots).toEqual(readXlsx(js.bytes).snapshots);
  useNodeZlib();
  expect(readXlsx(js.bytes).snapshots).toEqual(readXlsx(node.bytes).snapshots);
});
