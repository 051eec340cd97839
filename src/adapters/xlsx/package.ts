import { XlsxError } from './errors';
import { attr, child, children, parseTree, readPartText, relId, type XmlNode } from './xml';
import { ZipArchive } from './zip';

/**
 * The structure of an .xlsx package (ECMA-376 Part 2, OPC): which part is the workbook, which parts are its
 * sheets, shared strings and styles. Relationship targets are resolved as the standard says — relative to
 * the source part, or absolute from the package root (openpyxl writes "/xl/worksheets/sheet1.xml") — and
 * part names are matched case-insensitively.
 */

export const REL = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  chartsheet: '/chartsheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
  comments: '/comments',
  vmlDrawing: '/vmlDrawing',
  calcChain: '/calcChain',
} as const;

export interface Relationship {
  readonly id: string;
  /** The type URI; compared by its ending, since transitional and strict OOXML use different prefixes. */
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The part the target resolves to (package path without a leading slash), for internal targets. */
  readonly part: string | null;
}

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: string;
  readonly rId: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly kind: 'worksheet' | 'chartsheet' | 'other';
  /** The sheet's part in the package, or null when the workbook points at a part that is not there. */
  readonly part: string | null;
}

export interface XlsxPackage {
  readonly zip: ZipArchive;
  readonly workbookPart: string;
  readonly workbookText: string;
  readonly workbook: XmlNode;
  readonly workbookRels: readonly Relationship[];
  readonly sheets: readonly SheetEntry[];
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  readonly date1904: boolean;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against its source part. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A stray % in a target: use it as written.
  }
  t = t.replace(/\\/g, '/');
  const base = t.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The relationship from `from` to `to`, relative as Excel writes it ("../comments1.xml"). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function readRels(zip: ZipArchive, sourcePart: string): Relationship[] {
  const relsPart = relsPartOf(sourcePart);
  const text = readPartText(zip, relsPart);
  if (text === null) return [];
  return parseRels(text, relsPart, sourcePart, zip);
}

export function parseRels(text: string, relsPart: string, sourcePart: string, zip?: ZipArchive): Relationship[] {
  const root = parseTree(text, relsPart);
  return children(root, 'Relationship').map((r) => {
    const target = attr(r, 'Target') ?? '';
    const external = (attr(r, 'TargetMode') ?? '').toLowerCase() === 'external';
    let part: string | null = null;
    if (!external) {
      const resolved = resolveTarget(sourcePart, target);
      // Keep the archive's own spelling of the name (OPC names are case-insensitive).
      part = zip?.entry(resolved)?.name ?? resolved;
    }
    return { id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target, external, part };
  });
}

export function relOfType(rels: readonly Relationship[], type: string): Relationship | undefined {
  return rels.find((r) => r.type.endsWith(type) && !r.external);
}

/**
 * Opens the package and finds its workbook, telling apart the files people rename to .xlsx: an OLE file
 * (password-protected .xlsx or legacy .xls), an .ods, an .xlsb, a plain zip.
 */
export function readXlsxPackage(bytes: Uint8Array): XlsxPackage {
  if (bytes.length === 0) throw new XlsxError('empty');
  if (bytes.length >= 8 && OLE.every((b, i) => bytes[i] === b)) throw new XlsxError('encrypted-or-xls');
  const zip = ZipArchive.open(bytes);
  const mimetype = zip.has('mimetype') ? new TextDecoder().decode(zip.read('mimetype')).trim() : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument')) throw new XlsxError('ods');

  const rootRels = readRels(zip, '');
  let workbookPart = relOfType(rootRels, REL.officeDocument)?.part ?? null;
  if (!workbookPart && zip.has('xl/workbook.xml')) workbookPart = zip.entry('xl/workbook.xml')!.name;
  if (!workbookPart) throw new XlsxError('no-workbook', { part: 'xl/workbook.xml' });
  if (/\.bin$/i.test(workbookPart)) throw new XlsxError('xlsb');
  const workbookText = readPartText(zip, workbookPart);
  if (workbookText === null) throw new XlsxError('no-workbook', { part: workbookPart });
  const workbook = parseTree(workbookText, workbookPart);
  if (workbook.local !== 'workbook') throw new XlsxError('no-workbook', { part: workbookPart });
  const workbookRels = readRels(zip, workbookPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));

  const sheets: SheetEntry[] = [];
  for (const s of children(child(workbook, 'sheets') ?? workbook, 'sheet')) {
    const rId = relId(s) ?? '';
    const rel = byId.get(rId);
    const kind = rel?.type.endsWith(REL.worksheet) ? 'worksheet' : rel?.type.endsWith(REL.chartsheet) ? 'chartsheet' : 'other';
    const state = attr(s, 'state');
    sheets.push({
      name: attr(s, 'name') ?? '',
      sheetId: attr(s, 'sheetId') ?? '',
      rId,
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      kind,
      part: rel?.part && zip.has(rel.part) ? zip.entry(rel.part)!.name : null,
    });
  }
  const pr = child(workbook, 'workbookPr');
  const date1904 = pr ? isTrue(attr(pr, 'date1904')) : false;
  const sst = relOfType(workbookRels, REL.sharedStrings)?.part ?? null;
  const styles = relOfType(workbookRels, REL.styles)?.part ?? null;
  return {
    zip,
    workbookPart,
    workbookText,
    workbook,
    workbookRels,
    sheets,
    sharedStringsPart: sst && zip.has(sst) ? zip.entry(sst)!.name : null,
    stylesPart: styles && zip.has(styles) ? zip.entry(styles)!.name : null,
    date1904,
  };
}

/** xsd:boolean as Excel ("1") and LibreOffice ("true") write it. */
export function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}
