/**
 * The first index in [0, length) for which `isBefore` is false, in a list
 * ordered so that `isBefore` holds for a prefix and fails after (a lower
 * bound by binary search). The one binary search of the codebase: every
 * look-up by offset in a sorted list (tokens, sentences, mentions, quotes)
 * goes through it, so a sentence holding thousands of items stays fast.
 */
export function firstNotBefore(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
