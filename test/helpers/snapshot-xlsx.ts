import { columnLetters } from '../../src/core/grid/address';
import { isCellError, type SheetSnapshot } from '../../src/core/grid/types';
import { workbookPackage, STYLES } from './xlsx-package';

/**
 * An .xlsx package holding these snapshots as Excel would store them — values at their origin, formulas
 * with their cached results, number formats, merges, protection — so a test can open "the same workbook"
 * through the file-backed port that it gives the in-memory one. Built part by part (no ExcelJS: synchronous).
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const DATE_BASE = Date.UTC(1899, 11, 30);

/** `extra`: more parts by name (an add-in's web-extension part, say). */
export function snapshotsToXlsx(sheets: readonly SheetSnapshot[], extra: Readonly<Record<string, string>> = {}): Uint8Array {
  // One cell format per distinct number format, appended after the fixture styles' five.
  const codes: string[] = [];
  const xfOf = (code: string): number => {
    let i = codes.indexOf(code);
    if (i < 0) i = codes.push(code) - 1;
    return 5 + i;
  };
  const specs = sheets.map((s) => {
    let data = '';
    s.values.forEach((row, i) => {
      const r = s.origin.row + i;
      let cells = '';
      const width = Math.max(row.length, s.formulas?.[i]?.length ?? 0);
      for (let j = 0; j < width; j++) {
        const v = row[j] ?? null;
        const c = s.origin.col + j;
        const ref = `${columnLetters(c)}${r + 1}`;
        const formula = s.formulas?.[i]?.[j];
        const code = s.numberFormats?.[i]?.[j] ?? (v instanceof Date ? 'yyyy-mm-dd' : null);
        const style = code ? ` s="${xfOf(code)}"` : '';
        const f = formula ? `<f>${esc(formula.replace(/^=/, ''))}</f>` : '';
        if (v === null || v === undefined) {
          if (f) cells += `<c r="${ref}"${style}>${f}</c>`;
        } else if (typeof v === 'number') cells += `<c r="${ref}"${style}>${f}<v>${v}</v></c>`;
        else if (typeof v === 'boolean') cells += `<c r="${ref}"${style} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
        else if (v instanceof Date) cells += `<c r="${ref}"${style}>${f}<v>${(v.getTime() - DATE_BASE) / 86_400_000}</v></c>`;
        else if (isCellError(v)) cells += `<c r="${ref}"${style} t="e">${f}<v>${esc(v.error)}</v></c>`;
        else if (f) cells += `<c r="${ref}"${style} t="str">${f}<v>${esc(v)}</v></c>`;
        else cells += `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
      }
      if (cells) data += `<row r="${r + 1}">${cells}</row>`;
    });
    const protection = s.protected ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : '';
    const merges = s.merges.length
      ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}"/>`).join('')}</mergeCells>`
      : '';
    return { name: s.name, xml: `<sheetData>${data}</sheetData>${protection}${merges}` };
  });
  const styles = codes.length
    ? STYLES.replace(/<numFmts count="1">(.*?)<\/numFmts>/, (_, inner: string) => `<numFmts count="${1 + codes.length}">${inner}${codes.map((c, i) => `<numFmt numFmtId="${200 + i}" formatCode="${esc(c)}"/>`).join('')}</numFmts>`).replace(
        /<cellXfs count="5">(.*?)<\/cellXfs>/,
        (_, inner: string) => `<cellXfs count="${5 + codes.length}">${inner}${codes.map((_c, i) => `<xf numFmtId="${200 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs>`,
      )
    : STYLES;
  return workbookPackage(specs, { 'xl/styles.xml': styles, ...extra });
}
