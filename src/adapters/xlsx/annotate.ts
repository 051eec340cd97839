import type { Finding, Severity } from '../../core/findings';
import type { SheetReport } from '../../core/check';
import type { SheetEdits, XlsxFlag } from './write-edits';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The note text for all findings on one cell. */
export function noteText(findings: readonly Finding[], locale: 'zh' | 'en' = 'zh'): string {
  const fix = locale === 'en' ? 'Fix: ' : '修改建议：';
  return findings.map((f) => `【${f.ruleId}】${f.message}\n${fix}${f.hint}`).join('\n\n');
}

/** One flag per flagged cell: the worst severity colours it, the note carries every finding on it. */
export function flagsOf(findings: readonly Finding[], locale: 'zh' | 'en' = 'zh'): XlsxFlag[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCell.get(f.cell);
    if (list) list.push(f);
    else byCell.set(f.cell, [f]);
  }
  return [...byCell.values()].map((list) => ({
    ref: list[0].ref,
    severity: list.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a)).severity,
    note: noteText(list, locale),
  }));
}

/** The edits of an annotated copy: every sheet with findings. */
export function annotationEdits(reports: readonly SheetReport[], locale: 'zh' | 'en' = 'zh'): SheetEdits[] {
  return reports.filter((r) => r.findings.length > 0).map((r) => ({ sheet: r.name, flags: flagsOf(r.findings, locale) }));
}
