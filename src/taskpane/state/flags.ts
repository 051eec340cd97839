import type { FlagSpec } from '../../adapters/workbook-port';
import type { Severity } from '../../core/findings';
import { format, type Strings } from '../i18n/strings';
import type { PaneFinding } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * One flag per cell, per sheet: the most severe finding sets the colour, and the note lists every
 * finding on that cell with its fix, so nothing is hidden behind the first one.
 */
export function flagsBySheet(findings: readonly PaneFinding[], strings: Strings): Map<string, FlagSpec[]> {
  const cells = new Map<string, { sheet: string; f: PaneFinding[] }>();
  for (const f of findings) {
    const id = `${f.sheet}\u0000${f.cell}`;
    const entry = cells.get(id) ?? { sheet: f.sheet, f: [] };
    entry.f.push(f);
    cells.set(id, entry);
  }
  const out = new Map<string, FlagSpec[]>();
  for (const { sheet, f } of cells.values()) {
    const worst = f.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
    const note = f.map((x) => `[${x.ruleId}] ${x.message}\n${format(strings.hintPrefix)}${x.hint}`).join('\n\n');
    const list = out.get(sheet) ?? [];
    list.push({ ref: worst.ref, severity: worst.severity, note });
    out.set(sheet, list);
  }
  return out;
}
