import type { FlagSpec } from '../../adapters/workbook-port';
import type { Locale, Severity } from '../../core/findings';
import { ruleName } from '../i18n/rule-names';
import { format, stringsFor } from '../i18n/strings';
import type { PaneFinding } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A cell note for one finding: what the problem is first (资金不平衡：…), then the fix, and the rule id last,
 * for whoever maintains the rules — a clerk reads the note, not the id.
 */
export function noteFor(finding: PaneFinding, locale: Locale): string {
  const s = stringsFor(locale);
  return [
    format(s.noteHead, { name: ruleName(finding.ruleId, locale), message: finding.message }),
    `${s.hintPrefix}${finding.hint}`,
    format(s.noteId, { id: finding.ruleId }),
  ].join('\n');
}

/**
 * One flag per cell, per sheet: the most severe finding sets the colour, and the note lists every
 * finding on that cell with its fix, so nothing is hidden behind the first one.
 */
export function flagsBySheet(findings: readonly PaneFinding[], locale: Locale): Map<string, FlagSpec[]> {
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
    const note = f.map((x) => noteFor(x, locale)).join('\n\n');
    const list = out.get(sheet) ?? [];
    list.push({ ref: worst.ref, severity: worst.severity, note });
    out.set(sheet, list);
  }
  return out;
}
