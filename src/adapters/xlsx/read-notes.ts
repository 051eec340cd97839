import { toA1 } from '../../core/grid/address';
import { REL, readRels, relOfType, type XlsxPackage } from './package';
import { parseCellRef } from './sheet-reader';
import { attr, child, children, parseTree, readPartText, type XmlNode } from './xml';

/** The visible text of a rich-text element (runs joined, phonetic guides left out, as Excel shows it). */
function richText(node: XmlNode): string {
  const direct = child(node, 't');
  const runs = children(node, 'r').map((r) => child(r, 't')?.text ?? '');
  return (direct?.text ?? '') + runs.join('');
}

/**
 * The notes (legacy comments) of one worksheet, by A1 address: what a viewer shows on the cell, and what a
 * flag's note is appended to. A cell with an Excel 365 threaded comment has its legacy copy here too.
 */
export function readNotes(pkg: XlsxPackage, sheetPart: string): Map<string, string> {
  const out = new Map<string, string>();
  const rel = relOfType(readRels(pkg.zip, sheetPart), REL.comments);
  const text = rel?.part ? readPartText(pkg.zip, rel.part) : null;
  if (!text) return out;
  const list = child(parseTree(text, rel!.part!), 'commentList');
  for (const c of list ? children(list, 'comment') : []) {
    const at = parseCellRef(attr(c, 'ref') ?? '');
    const body = child(c, 'text');
    if (at && body) out.set(toA1({ row: at[0], col: at[1] }), richText(body));
  }
  return out;
}
