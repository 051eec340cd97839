import type { CellRef } from './grid/types';

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh' | 'en';

/** A message in the two UI languages; {{name}} placeholders are filled from a report's data. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** One problem on one cell, as shown in the pane, printed by the CLI and written as a note. */
export interface Finding {
  readonly ruleId: string;
  /** Which of the rule's messages this is (for tests and re-rendering in another language). */
  readonly messageId: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell to fix. */
  readonly cell: string;
  readonly ref: CellRef;
  readonly message: string;
  readonly hint: string;
  /** The values the message was filled from (indicator name, value, word …), for texts built elsewhere (审核意见). */
  readonly data?: Readonly<Record<string, string | number>>;
}

const TEMPLATE_PARTS = new Map<string, string[]>();

/** Fills {{name}} placeholders. Templates are few and reports many: each template is split once. */
export function fillPlaceholders(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) {
    // Odd indices are placeholder names: "a{{x}}b" → ["a", "x", "b"].
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    TEMPLATE_PARTS.set(template, parts);
  }
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i];
    out += (k in data ? String(data[k]) : `{{${k}}}`) + parts[i + 1];
  }
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: sheet order is kept by the caller; within a sheet by row, column, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.ref.row - b.ref.row || a.ref.col - b.ref.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId);
}
