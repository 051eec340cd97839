/**
 * Memoises a function of a cell's text. Cells repeat (the same header on every sheet, the same value
 * down a column), so recognition asks the same question many times; the cache is emptied when it
 * reaches `limit` entries, which bounds memory in a long-lived task pane and on sheets of distinct texts.
 */
export function memoByText<T>(
  limit: number,
  fn: (text: string) => T,
): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    // One lookup for a hit (the hot path); `has` only for an answer that is itself undefined.
    if (known !== undefined || cache.has(text)) return known as T;
    const result = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, result);
    return result;
  };
}
