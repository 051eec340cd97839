/**
 * Growable typed arrays for records held column-wise (a fill plan's writes, a results table's rows): a
 * million rows of a few numbers each cost a few megabytes this way, against a hundred bytes or more per
 * row as objects.
 */
export type NumberColumn = Int8Array | Uint8Array | Uint16Array | Int32Array | Float64Array;

/** `a` itself when it holds `n` entries, else a copy of its first `used` entries with room for max(n, 2 × its length). */
export function withRoom<T extends NumberColumn>(a: T, n: number, used: number): T {
  if (n <= a.length) return a;
  return resized(a, Math.max(n, a.length * 2), used);
}

/** A copy of `a`'s first `used` entries in an array of exactly `length` entries. */
export function resized<T extends NumberColumn>(a: T, length: number, used: number): T {
  const b = new (a.constructor as new (length: number) => T)(length);
  b.set(a.subarray(0, Math.min(used, length)) as never);
  return b;
}
