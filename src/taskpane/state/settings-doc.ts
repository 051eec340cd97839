import { format, type Strings } from '../i18n/strings';

/** A policy document being edited: plain JSON objects. */
export type Doc = Readonly<Record<string, unknown>>;

export function asDoc(value: unknown): Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};
}

export function getPath(doc: Doc, path: string): unknown {
  let at: unknown = doc;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Doc)[key];
  }
  return at;
}

/**
 * The document with one field set (undefined removes it, and the objects it leaves empty): a field put
 * back to its default leaves no trace, so the stored document holds only what the bureau chose.
 */
export function setPath(doc: Doc, path: string, value: unknown): Doc {
  const [key, ...rest] = path.split('.');
  const next: Record<string, unknown> = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete next[key];
    else next[key] = value;
    return next;
  }
  const child = setPath(asDoc(doc[key]), rest.join('.'), value);
  if (Object.keys(child).length === 0) delete next[key];
  else next[key] = child;
  return next;
}

/** A number field's text for a stored value: 0.05 with scale 100 reads "5"; typed text that is not a number stays as typed. */
export function fieldText(value: unknown, scale = 1): string {
  if (typeof value === 'number') return String(Number((value * scale).toPrecision(12)));
  if (typeof value === 'string') return value;
  return '';
}

/**
 * What a number field stores for its text: nothing when blank (the default applies), the number scaled
 * back ("5" → 0.05), or the text itself when it is not a number — so validation names the field.
 */
export function fieldValue(text: string, scale = 1): number | string | undefined {
  const t = text.trim().replace(/[%％]$/, '').replace(/^＋/, '+').replace(/^[−－]/, '-');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? Number((n / scale).toPrecision(12)) : text.trim();
}

/**
 * A JSON syntax error in the pane's words, with line and column where the browser says where: the
 * engine's own message is English whatever the language, and not a clerk's vocabulary.
 */
export function jsonErrorText(error: unknown, text: string, s: Strings): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/i.exec(message);
  if (lineCol) return format(s.jsonSyntaxAt, { line: lineCol[1], col: lineCol[2] });
  const position = /position (\d+)/i.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return format(s.jsonSyntaxAt, { line: lines.length, col: lines[lines.length - 1].length + 1 });
  }
  if (/end of (JSON )?(input|data)/i.test(message)) return s.jsonSyntaxEnd;
  return s.jsonSyntax;
}

/** Parses the JSON editor's text: the document, or why not (in the pane's words). */
export function parseDocText(text: string, s: Strings): { doc: Doc; error: null } | { doc: null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.trim() === '' ? '{}' : text);
  } catch (e) {
    return { doc: null, error: jsonErrorText(e, text, s) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { doc: null, error: s.jsonNotObject };
  return { doc: value as Doc, error: null };
}
