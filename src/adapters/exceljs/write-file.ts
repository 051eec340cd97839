import type ExcelJS from 'exceljs';
import type { Finding, Severity } from '../../core/findings';
import type { CellWrite } from '../../core/fill/plan';
import { toA1 } from '../../core/grid/address';

/** Flag colours by severity: Excel's own "bad" / "neutral" / light blue styles. */
export const FLAG_FILL: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The note text for all findings on one cell. */
export function noteText(findings: readonly Finding[]): string {
  return findings.map((f) => `【${f.ruleId}】${f.message}\n修改建议：${f.hint}`).join('\n\n');
}

/** Highlights each flagged cell (worst severity wins) and attaches one note carrying every finding on it. */
export function annotateWorksheet(ws: ExcelJS.Worksheet, findings: readonly Finding[]): number {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCell.get(f.cell) ?? [];
    list.push(f);
    byCell.set(f.cell, list);
  }
  for (const [address, list] of byCell) {
    const worst = list.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a)).severity;
    const cell = ws.getCell(address);
    // ExcelJS shares one style object among cells read with the same style: copy it before changing it,
    // or every cell styled like this one turns red too.
    cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: FLAG_FILL[worst] } } };
    const existing = typeof cell.note === 'string' ? cell.note : '';
    const ours = noteText(list);
    cell.note = existing ? `${existing}\n\n${ours}` : ours;
  }
  return byCell.size;
}

/** Applies a fill plan's writes (values and number formats). The plan already excludes non-empty cells. */
export function applyWrites(ws: ExcelJS.Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const cell = ws.getCell(toA1(w.ref));
    cell.value = w.value;
    // A fresh style object per cell: ExcelJS shares styles between cells read with the same format.
    if (w.numberFormat || w.role === 'header') {
      cell.style = {
        ...cell.style,
        ...(w.numberFormat ? { numFmt: w.numberFormat } : {}),
        ...(w.role === 'header' ? { font: { ...(cell.style.font ?? {}), bold: true } } : {}),
      };
    }
  }
}
