import { labelKey, splitQualifier } from './header-text';
import { memoByText } from '../text/memo';

/**
 * What a header or label means, as data: an ordered list of [role, pattern] pairs, each pattern anchored
 * and matched on the bracket-free labelKey stem (`实际 完成值`, `*年度指标值（万元）`, `二、分值` all reach
 * their concept). Patterns rather than alias lists, because every province words its template a little
 * differently; the first pattern that matches decides, so the specific ones come first. A kind may add
 * exact spellings from its policy (`extra`): those are matched on the stem too, and win over patterns.
 */
export type ConceptTable<R extends string> = readonly (readonly [R, RegExp])[];

export interface ConceptMatcherOptions<R extends string> {
  /** Texts longer than this (after labelKey) are sentences, never headers. Default 30. */
  readonly maxLength?: number;
  /** Rewrites the stem before matching (monitoring drops the month: 1-8月执行数 → 执行数). */
  readonly prepare?: (stem: string) => string;
  /** Exact spellings by role (policy columns), matched on the stem before the patterns. */
  readonly extra?: Readonly<Partial<Record<R, readonly string[]>>>;
  /** A cheap test a text must pass before the patterns are tried (monitoring's keyword filter); memoised with the rest. */
  readonly accepts?: (text: string) => boolean;
}

export interface ConceptHit<R extends string> {
  readonly role: R;
  /** Position of the matching pattern in the table (extra spellings rank 0): lower is more specific. */
  readonly rank: number;
}

export type ConceptMatcher<R extends string> = (text: string) => ConceptHit<R> | null;

/** A memoised matcher for one concept table (and one set of extra spellings). */
export function conceptMatcher<R extends string>(table: ConceptTable<R>, options: ConceptMatcherOptions<R> = {}): ConceptMatcher<R> {
  const maxLength = options.maxLength ?? 30;
  const extra = new Map<string, R>();
  for (const [role, words] of Object.entries(options.extra ?? {}) as [R, readonly string[]][]) {
    for (const w of words) {
      const k = stemOf(w, options.prepare);
      if (k && !extra.has(k)) extra.set(k, role);
    }
  }
  const match = memoByText(20_000, (text): ConceptHit<R> | null => {
    if (options.accepts && !options.accepts(text)) return null;
    if (labelKey(text).length > maxLength) return null;
    const stem = stemOf(text, options.prepare);
    const own = extra.get(stem);
    if (own !== undefined) return { role: own, rank: 0 };
    for (let i = 0; i < table.length; i++) if (table[i][1].test(stem)) return { role: table[i][0], rank: i + 1 };
    return null;
  });
  return (text: string) => (text ? match(text) : null);
}

function stemOf(text: string, prepare?: (stem: string) => string): string {
  const stem = splitQualifier(labelKey(text)).stem;
  return prepare ? prepare(stem) : stem;
}
