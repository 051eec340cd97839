/**
 * Word-list matching compiled once per list: one case-insensitive alternation, longest words first so the
 * most specific phrase is the one quoted in a message. Lists come from a resolved Vocabulary and are
 * never mutated, so a WeakMap keyed by the list is a safe cache.
 */
const CACHE = new WeakMap<readonly string[], RegExp | null>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(words: readonly string[]): RegExp | null {
  const keys = [...new Set(words.map((w) => w.normalize('NFKC')).filter(Boolean))].sort((a, b) => b.length - a.length);
  return keys.length ? new RegExp(keys.map(escape).join('|'), 'i') : null;
}

/** The first word of `words` found in `text` (text already NFKC-normalised), or undefined. */
export function findWord(text: string, words: readonly string[]): string | undefined {
  let re = CACHE.get(words);
  if (re === undefined) {
    re = compile(words);
    CACHE.set(words, re);
  }
  return re ? (re.exec(text)?.[0] ?? undefined) : undefined;
}
