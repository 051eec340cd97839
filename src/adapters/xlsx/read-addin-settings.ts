import type { XlsxPackage } from './package';
import { attr, children, parseTree, readPartText, type XmlNode } from './xml';

/**
 * What a task-pane add-in saved in the workbook (Excel's `workbook.settings`, Office's document
 * settings): the <we:property name value> entries of the web-extension parts ([MS-OWEXML]), each value a
 * JSON text. Read-only: a copy keeps these parts byte for byte. Keys are add-in specific, so a caller
 * asks only for its own (goal-lint.*); a property whose value is not JSON is left out.
 */
export function readAddinSettings(pkg: XlsxPackage): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const e of pkg.zip.entries) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/i.test(e.name)) continue;
    const text = readPartText(pkg.zip, e.name);
    if (!text) continue;
    for (const p of properties(parseTree(text, e.name))) {
      const name = attr(p, 'name');
      const value = attr(p, 'value');
      if (name === undefined || value === undefined || out.has(name)) continue;
      try {
        out.set(name, JSON.parse(value));
      } catch {
        // Not JSON: not something Office's settings API wrote.
      }
    }
  }
  return out;
}

function properties(root: XmlNode): XmlNode[] {
  return children(root, 'properties').flatMap((ps) => children(ps, 'property'));
}
