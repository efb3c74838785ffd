/**
 * A memo of fixed-width score rows by key (the tagger's per-word emission
 * scores), held in one growing Float64Array instead of a Float64Array per
 * key: a typed array of 13 doubles is too big for V8 to keep on the heap, so
 * each one carried an ArrayBuffer, an off-heap backing store and its
 * bookkeeping (about 300 bytes for 104 bytes of scores, 2.4 MB after 2 MB
 * of news). Bounded: all rows are dropped when `limit` keys are held.
 */
export class ScoreRows {
  private readonly rowOf = new Map<string, number>();
  private data: Float64Array;

  constructor(
    private readonly width: number,
    private readonly limit: number,
  ) {
    this.data = new Float64Array(width * 1024);
  }

  /** The offset of key's row in `values`, or -1 when it has none. */
  find(key: string): number {
    return this.rowOf.get(key) ?? -1;
  }

  /** A zeroed row for key, as its offset in `values` (read `values` after this: it may have grown). */
  add(key: string): number {
    if (this.rowOf.size >= this.limit) this.rowOf.clear();
    const at = this.rowOf.size * this.width;
    if (at + this.width > this.data.length) {
      const grown = new Float64Array(Math.min(this.data.length * 2, this.limit * this.width));
      grown.set(this.data);
      this.data = grown;
    }
    this.data.fill(0, at, at + this.width);
    this.rowOf.set(key, at);
    return at;
  }

  get values(): Float64Array {
    return this.data;
  }
}
