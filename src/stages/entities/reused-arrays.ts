/**
 * Typed arrays reused from one call to the next (grown when a larger size comes): a typed array is slow to allocate
 * and the tagger asks for one set per sentence. Reuse stops at `cap` entries: a larger request (sentence length has
 * no cap) gets arrays of its own that are dropped after it, so one huge input does not keep megabytes for the life of
 * the process. Callers write every entry they read, so a reused set's old contents never show.
 */
export interface ReusedArrays<T> {
  /** arrays of at least `size` entries each */
  get(size: number): T;
  /** entries per array kept between calls (at most `cap`) */
  retainedSize(): number;
}

export function reusedArrays<T>(make: (size: number) => T, initial: number, cap: number): ReusedArrays<T> {
  let keptSize = initial;
  let kept = make(keptSize);
  return {
    get(size) {
      if (size > cap) return make(size);
      if (keptSize < size) {
        keptSize = Math.min(cap, Math.max(size, keptSize * 2));
        kept = make(keptSize);
      }
      return kept;
    },
    retainedSize: () => keptSize,
  };
}
