/**
 * The trainer's growing weight table (scripts/train-entities.ts): one row of per-label weights, totals and stamps
 * (for the averaged perceptron) per feature id, found through a Map.
 *
 * A feature id reaches the table in either 32-bit form: combine() gives context ids as signed integers (about half
 * of them negative) while featureHash() and the Uint32Array of tokenFeatureHashes give unsigned ones. Map keys
 * compare by value, so -559038737 and 0xdeadbeef would be two features; the table keys every id as `id | 0`, the
 * form PackedWeights compares at run time, so a feature is one row whichever form it came in. Its `hashes` hold that
 * signed form; packModel writes them through a Uint32Array, which stores the same 32 bits.
 */
import type { WeightTable } from '../../src/stages/entities/packed-weights';

export class TrainingWeights implements WeightTable {
  private readonly index = new Map<number, number>();
  /** row r's feature id, as `id | 0` */
  hashes: number[] = [];
  values: Float64Array<ArrayBufferLike> = new Float64Array(1 << 16);
  totals: Float64Array<ArrayBufferLike> = new Float64Array(1 << 16);
  stamps: Float64Array<ArrayBufferLike> = new Float64Array(1 << 16);

  constructor(private readonly labelCount: number) {}

  addRow(hash: number, out: Float64Array, at: number): void {
    const r = this.index.get(hash | 0);
    if (r === undefined) return;
    for (let l = 0; l < this.labelCount; l++) out[at + l]! += this.values[r * this.labelCount + l]!;
  }

  /** the row of this feature, added (zero weights) when it is new */
  rowFor(hash: number): number {
    const key = hash | 0;
    let r = this.index.get(key);
    if (r !== undefined) return r;
    r = this.hashes.length;
    this.index.set(key, r);
    this.hashes.push(key);
    if ((r + 1) * this.labelCount > this.values.length) {
      this.values = grow(this.values);
      this.totals = grow(this.totals);
      this.stamps = grow(this.stamps);
    }
    return r;
  }
}

function grow(a: Float64Array<ArrayBufferLike>): Float64Array<ArrayBufferLike> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
