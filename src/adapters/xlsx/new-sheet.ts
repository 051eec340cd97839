import { columnLetters } from '../../core/grid/address';
import type { PackageEdits } from './package-edits';
import { relativeTarget, type XlsxPackage } from './package';
import { attr, child, children, encodeCellText, escapeXml } from './xml';

/**
 * A worksheet added to a package (the 审核意见 sheet the pane writes): its part, content type, workbook
 * relationship and <sheet> entry. Text goes in as inline strings (the shared-string table is not touched).
 */
export interface NewSheet {
  readonly name: string;
  /** Rows from A1: text, finite numbers, null for an empty cell. */
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Column widths in characters (null keeps the default). */
  readonly columnWidths?: readonly (number | null)[];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${REL_NS}/worksheet`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export function worksheetXml(sheet: NewSheet): string {
  let width = 0;
  let data = '';
  sheet.rows.forEach((row, r) => {
    let cells = '';
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      width = Math.max(width, c + 1);
      const ref = `${columnLetters(c)}${r + 1}`;
      if (typeof v === 'number') cells += `<c r="${ref}"><v>${v}</v></c>`;
      else cells += `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${encodeCellText(v)}</t></is></c>`;
    });
    if (cells) data += `<row r="${r + 1}">${cells}</row>`;
  });
  const dimension = width > 0 && sheet.rows.length > 0 ? `A1:${columnLetters(width - 1)}${sheet.rows.length}` : 'A1';
  const cols = (sheet.columnWidths ?? [])
    .map((w, c) => (w === null || w === undefined || !(w > 0) ? '' : `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`))
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/**
 * Adds the sheets: each part with its content type and workbook relationship; returns the <sheet> elements
 * to insert at the end of the workbook's <sheets> (sheet ids continue after the largest one in use).
 */
export function addSheets(pkg: XlsxPackage, edits: PackageEdits, sheets: readonly NewSheet[]): string {
  const sheetsNode = child(pkg.workbook, 'sheets');
  let nextId = Math.max(0, ...(sheetsNode ? children(sheetsNode, 'sheet') : []).map((s) => Number(attr(s, 'sheetId')) || 0)) + 1;
  const p = pkg.workbook.name.includes(':') ? pkg.workbook.name.slice(0, pkg.workbook.name.indexOf(':') + 1) : '';
  let out = '';
  for (const sheet of sheets) {
    const part = edits.freshPart('xl/worksheets/sheet', '.xml');
    edits.parts.set(part, worksheetXml(sheet));
    edits.addOverride(part, WORKSHEET_TYPE);
    const id = edits.addRel(pkg.workbookPart, WORKSHEET_REL, part, relativeTarget);
    // The relationships prefix is declared on the element itself: not every tool declares r: on the root.
    out += `<${p}sheet xmlns:r="${REL_NS}" name="${escapeXml(sheet.name)}" sheetId="${nextId++}" r:id="${id}"/>`;
  }
  return out;
}
