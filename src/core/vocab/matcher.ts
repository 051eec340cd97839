/**
 * Word-list matching compiled once per list: the first word found in a text, longest at that position (so
 * the most specific phrase is the one quoted in a message), case-insensitively. Lists come from a resolved
 * Vocabulary and are never mutated, so a WeakMap keyed by the list is a safe cache.
 *
 * Two equivalent matchers: the built-in lists (a few hundred words) are one regular-expression alternation,
 * fastest for short lists; a policy may add hundreds of thousands of words, where an alternation costs time
 * in proportion to the number of words at every position, so long lists are sets of words by length and
 * a lookup costs in proportion to the text and the number of distinct lengths, whatever the list's size.
 */
type Matcher = (text: string) => string | undefined;

const CACHE = new WeakMap<readonly string[], Matcher>();
/** Above this many words, sets by length beat the alternation (measured: `npm run bench`). */
export const LONG_LIST = 2000;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case, code unit by code unit where that keeps the length (so offsets match the original text). */
function fold(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const l = s[i].toLowerCase();
    out += l.length === 1 ? l : s[i];
  }
  return out;
}

function keysOf(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.normalize('NFKC')).filter(Boolean))];
}

function alternation(keys: string[]): Matcher {
  if (keys.length === 0) return () => undefined;
  const re = new RegExp(keys.sort((a, b) => b.length - a.length).map(escape).join('|'), 'i');
  return (text) => re.exec(text)?.[0] ?? undefined;
}

function byLength(words: readonly string[]): Matcher {
  const sets = new Map<number, Set<string>>();
  for (const w of words) {
    const f = fold(w.normalize('NFKC'));
    if (!f) continue;
    let set = sets.get(f.length);
    if (!set) sets.set(f.length, (set = new Set()));
    set.add(f);
  }
  const lengths = [...sets.keys()].sort((a, b) => b - a);
  return (text) => {
    const folded = fold(text);
    for (let i = 0; i < folded.length; i++) {
      for (const n of lengths) {
        if (i + n > folded.length) continue;
        if (sets.get(n)!.has(folded.substr(i, n))) return text.substr(i, n);
      }
    }
    return undefined;
  };
}

export function compileWords(words: readonly string[]): Matcher {
  return words.length > LONG_LIST ? byLength(words) : alternation(keysOf(words));
}

/** The first word of `words` found in `text` (text already NFKC-normalised), or undefined. */
export function findWord(text: string, words: readonly string[]): string | undefined {
  let match = CACHE.get(words);
  if (match === undefined) {
    match = compileWords(words);
    CACHE.set(words, match);
  }
  return match(text);
}

/** For tests: both matchers on the same list, to show they agree. */
export const matchers = { alternation: (words: readonly string[]) => alternation(keysOf(words)), byLength: (words: readonly string[]) => byLength(words) };
