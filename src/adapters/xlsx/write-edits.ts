import { CellWrites, type CellWrite } from '../../core/fill/plan';
import type { Severity } from '../../core/findings';
import { toA1 } from '../../core/grid/address';
import type { CellRef } from '../../core/grid/types';
import { addSheets, type NewSheet } from './new-sheet';
import { addNotes, usedVmlBlocks } from './notes';
import { REL, relOfType, relativeTarget, type XlsxPackage } from './package';
import { PackageEdits } from './package-edits';
import { rewriteSheet, sortEdits, type EditSource, type RefusedWrite } from './sheet-writer';
import { MINIMAL_STYLES, StyleEditor } from './styles';
import { attr, child, readPartText, setAttr, splice } from './xml';
import { deflatePart, rewriteZip, type DeflatedPart } from './zip';

/**
 * Writes a copy of a package with our changes and nothing else: the touched sheets (cells written or
 * flagged), styles.xml (new cell formats appended), the notes' parts, the rels and content types they
 * need and, when asked, workbook.xml (recalculate on open). Every other part is copied byte for byte.
 */

/** Excel's light red / light yellow / light blue fills (ARGB), as the pane's flag colours. */
export const FLAG_ARGB: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export interface XlsxFlag {
  readonly ref: CellRef;
  readonly severity: Severity;
  /** The note text for this cell (all its findings). */
  readonly note: string;
}

export interface SheetEdits {
  readonly sheet: string;
  /** A fill plan's writes as they are (CellWrites), or a few written one by one. */
  readonly writes?: CellWrites | readonly CellWrite[];
  readonly flags?: readonly XlsxFlag[];
}

export interface WriteOptions {
  /** Ask Excel to recalculate every formula on open (calcPr fullCalcOnLoad). */
  readonly recalculateOnOpen?: boolean;
  /** Drop the calculation chain (we replaced a formula, so the chain would name a cell that has none). */
  readonly dropCalcChain?: boolean;
  /** Worksheets to add at the end of the workbook (the pane's 审核意见 sheet). */
  readonly newSheets?: readonly NewSheet[];
}

export interface WriteResult {
  readonly bytes: Uint8Array;
  /** Writes the sheet itself refused (array formulas, the first cell of a shared formula). */
  readonly refused: readonly { sheet: string; cell: string; reason: RefusedWrite['reason'] }[];
  /** Flagged cells with a threaded comment, left as they were (colour only). */
  readonly notesKept: readonly { sheet: string; cell: string }[];
  /** Parts whose bytes differ from the input (for tests and the README's guarantee). */
  readonly changedParts: readonly string[];
}

export function writeXlsxEdits(pkg: XlsxPackage, sheetEdits: readonly SheetEdits[], options: WriteOptions = {}): WriteResult {
  const edits = new PackageEdits(pkg.zip);
  const needsStyles = sheetEdits.some((e) => (e.flags?.length ?? 0) > 0 || restyles(e.writes));
  let stylesPart = pkg.stylesPart;
  if (!stylesPart && needsStyles) {
    stylesPart = edits.freshPart('xl/styles', '.xml');
    edits.addOverride(stylesPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml');
    edits.addRel(pkg.workbookPart, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', stylesPart, relativeTarget);
  }
  const styles = new StyleEditor(stylesPart ? (readPartText(pkg.zip, stylesPart) ?? MINIMAL_STYLES) : MINIMAL_STYLES, stylesPart ?? undefined);

  let vmlBlock = -1;
  const nextVmlBlock = () => {
    if (vmlBlock < 0) vmlBlock = usedVmlBlocks(pkg.zip.entries.filter((e) => /\.vml$/i.test(e.name)).map((e) => readPartText(pkg.zip, e.name) ?? '')) + 1;
    return vmlBlock++;
  };

  const refused: { sheet: string; cell: string; reason: RefusedWrite['reason'] }[] = [];
  const notesKept: { sheet: string; cell: string }[] = [];
  const sheetParts = new Map<string, DeflatedPart>();
  for (const e of sheetEdits) {
    const entry = pkg.sheets.find((s) => s.name === e.sheet);
    if (!entry?.part) continue;
    // The plan's writes are edits as they are; flags add a fill. Sorted into sheet order in linear time.
    const items = editSource(e.writes, e.flags ?? []);
    const notes = addNotes(
      edits,
      entry.part,
      (e.flags ?? []).map((f) => ({ row: f.ref.row, col: f.ref.col, text: f.note })),
      nextVmlBlock,
    );
    for (const cell of notes.threadedKept) notesKept.push({ sheet: e.sheet, cell });
    if (items.length === 0 && !notes.legacyDrawingRelId) continue;
    const result = { refused: [] as RefusedWrite[] };
    sheetParts.set(entry.part, deflatePart(rewriteSheet(pkg.zip, entry.part, { edits: sortEdits(items), styles, legacyDrawingRelId: notes.legacyDrawingRelId }, result)));
    for (const r of result.refused) refused.push({ sheet: e.sheet, cell: toA1({ row: r.row, col: r.col }), reason: r.reason });
  }

  if (!styles.unchanged && stylesPart) edits.parts.set(stylesPart, styles.toXml());
  const workbook = workbookXml(pkg, edits, options);
  if (workbook !== null) edits.parts.set(pkg.workbookPart, workbook);

  const changes = new Map<string, Uint8Array | DeflatedPart | null>();
  const encoder = new TextEncoder();
  for (const [part, text] of edits.finish()) changes.set(part, text === null ? null : encoder.encode(text));
  for (const [part, deflated] of sheetParts) changes.set(part, deflated);
  return {
    bytes: rewriteZip(pkg.zip, changes),
    refused,
    notesKept,
    changedParts: [...changes.keys()],
  };
}

/** Whether any write sets a number format or is a header (bold): styles.xml then gets new cell formats. */
function restyles(writes: SheetEdits['writes']): boolean {
  if (!writes) return false;
  if (!(writes instanceof CellWrites)) return writes.some((w) => w.numberFormat !== undefined || w.role === 'header');
  for (let i = 0; i < writes.length; i++) if (writes.numberFormat(i) !== undefined || writes.role(i) === 'header') return true;
  return false;
}

/** The writes (in their order), then the flags (a fill each): what the sheet writer reads by index. */
function editSource(given: SheetEdits['writes'], flags: readonly XlsxFlag[]): EditSource {
  const writes = given instanceof CellWrites ? given : CellWrites.from(given ?? []);
  const n = writes.length;
  return {
    length: n + flags.length,
    row: (i) => (i < n ? writes.row(i) : flags[i - n].ref.row),
    col: (i) => (i < n ? writes.col(i) : flags[i - n].ref.col),
    edit: (i) => (i < n ? writes.at(i) : { ref: flags[i - n].ref, fill: FLAG_ARGB[flags[i - n].severity] }),
  };
}

/** workbook.xml with calcPr fullCalcOnLoad="1" (and the calcChain dropped when asked); null when unchanged. */
function workbookXml(pkg: XlsxPackage, edits: PackageEdits, options: WriteOptions): string | null {
  const text = pkg.workbookText;
  const changes: [number, number, string][] = [];
  if (options.newSheets?.length) {
    const sheets = child(pkg.workbook, 'sheets');
    const added = addSheets(pkg, edits, options.newSheets);
    if (sheets) {
      const tag = text.slice(sheets.start, sheets.openEnd);
      if (tag.endsWith('/>')) changes.push([sheets.start, sheets.end, `${tag.slice(0, -2)}>${added}</${sheets.name}>`]);
      else {
        const at = text.lastIndexOf('<', sheets.end - 1);
        changes.push([at, at, added]);
      }
    }
  }
  if (options.recalculateOnOpen) {
    const calcPr = child(pkg.workbook, 'calcPr');
    if (calcPr) {
      if (attr(calcPr, 'fullCalcOnLoad') !== '1' && attr(calcPr, 'fullCalcOnLoad') !== 'true') {
        changes.push([calcPr.start, calcPr.openEnd, setAttr(text.slice(calcPr.start, calcPr.openEnd), 'fullCalcOnLoad', '1')]);
      }
    } else {
      // CT_Workbook: calcPr follows definedNames (or what precedes it) and comes before oleSize, pivotCaches …
      const before = ['definedNames', 'externalReferences', 'functionGroups', 'sheets', 'bookViews', 'workbookProtection', 'workbookPr', 'fileSharing', 'fileVersion'];
      const prev = before.map((l) => child(pkg.workbook, l)).find((n) => n !== undefined);
      const p = pkg.workbook.name.includes(':') ? pkg.workbook.name.slice(0, pkg.workbook.name.indexOf(':') + 1) : '';
      const at = prev ? prev.end : pkg.workbook.openEnd;
      changes.push([at, at, `<${p}calcPr fullCalcOnLoad="1"/>`]);
    }
  }
  if (options.dropCalcChain) {
    const rel = relOfType(pkg.workbookRels, REL.calcChain);
    if (rel?.part) {
      edits.parts.set(rel.part, null);
      edits.removeOverride(rel.part);
      edits.removeRel(pkg.workbookPart, rel.id);
    }
  }
  return changes.length > 0 ? splice(text, changes) : null;
}
