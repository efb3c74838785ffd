import { ownedString } from './owned-string';

/**
 * The answers of a pure function of a string, remembered: for look-ups that rules ask again and again of the
 * same words (a name list's binary search, a lower-casing and diacritics fold before a probe), one Map probe
 * instead. Bounded like the other per-word caches: cleared when full, so a long-running worker holds at most
 * `limit` entries, each key a copy of its own (ownedString: a slice of an article kept as it came would keep the
 * article alive).
 */
export class BoundedMemo<V extends {} | null> {
  private readonly answers = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit: number,
  ) {}

  get(key: string): V {
    // no answer is undefined (V excludes it), so undefined means not asked yet: one probe on a hit
    const found = this.answers.get(key);
    if (found !== undefined) return found;
    const value = this.compute(key);
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(ownedString(key), value);
    return value;
  }
}
