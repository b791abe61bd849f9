/** Binary search over sorted lists: line starts, surrogate offsets, speech verbs, people by first mention. */

/** How many of the sorted items are below `x`, by `key` (the item itself for numbers). */
export function countBelow(sorted: readonly number[], x: number): number;
export function countBelow<T>(sorted: readonly T[], x: number, key: (item: T) => number): number;
export function countBelow<T>(sorted: readonly T[], x: number, key: (item: T) => number = (item) => item as number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(sorted[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
