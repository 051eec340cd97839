import type { Finding } from '../../core/findings';
import type { AcceptedEntry, AcceptedMap, PaneFinding } from './types';

/** Where accepted findings live in the workbook's settings. */
export const ACCEPTED_KEY = 'goal-lint.accepted';

/** FNV-1a, 32 bit: a short stable digest of a message (not security, just identity). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * sheet + cell + rule + a digest of the Chinese message. The message quotes the offending text, so when
 * the clerk changes the cell the finding is a new one and is asked again. The Chinese wording is used
 * whatever the display language, so an acceptance made in English holds in Chinese and back.
 */
export function acceptanceKey(finding: Pick<Finding, 'sheet' | 'cell' | 'ruleId'>, zhMessage: string): string {
  return `${finding.sheet}!${finding.cell}|${finding.ruleId}|${fnv1a(zhMessage)}`;
}

export function withKeys(findings: readonly Finding[], zhFindings: readonly Finding[]): PaneFinding[] {
  return findings.map((f, i) => {
    // Same rules, same order, other language: pair by position, but never trust a mismatched pair.
    const twin = zhFindings[i];
    const zhMessage = twin && twin.ruleId === f.ruleId && twin.cell === f.cell ? twin.message : f.message;
    return { ...f, key: acceptanceKey(f, zhMessage) };
  });
}

/** Reads the stored map, ignoring anything that is not in the expected shape (a hand-edited workbook). */
export function parseAccepted(stored: unknown): AcceptedMap {
  if (typeof stored !== 'object' || stored === null) return {};
  const entries = (stored as { entries?: unknown }).entries;
  if (typeof entries !== 'object' || entries === null) return {};
  const out: Record<string, AcceptedEntry> = {};
  for (const [key, value] of Object.entries(entries as Record<string, unknown>)) {
    const e = value as Partial<AcceptedEntry> | null;
    if (e && typeof e.sheet === 'string' && typeof e.cell === 'string' && typeof e.ruleId === 'string') {
      out[key] = { sheet: e.sheet, cell: e.cell, ruleId: e.ruleId, message: String(e.message ?? ''), acceptedAt: String(e.acceptedAt ?? '') };
    }
  }
  return out;
}

export function serializeAccepted(map: AcceptedMap): { version: 1; entries: AcceptedMap } {
  return { version: 1, entries: map };
}
