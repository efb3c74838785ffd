import { describe, expect, it } from 'vitest';
import { PackedWeights } from '../src/stages/entities/packed-weights';

/** addRow is the tagger's one way into the table (WeightTable): it must add exactly what row() and values give. */
describe('PackedWeights.addRow', () => {
  const labelCount = 7;
  const n = 500;
  // a fixed pseudo-random set of hashes (some colliding in the low bits) and weights
  let seed = 12345;
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const hashes = new Uint32Array(n);
  for (let r = 0; r < n; r++) hashes[r] = r % 10 === 0 ? (r << 20) >>> 0 : next();
  const values = new Float32Array(n * labelCount);
  for (let i = 0; i < values.length; i++) values[i] = ((next() % 2001) - 1000) / 100;
  const table = new PackedWeights(hashes, values);

  it('adds the row of every known hash and nothing for an unknown one', () => {
    for (const hash of [...hashes, 7, 0xdeadbeef, 1 << 20, 0]) {
      const viaRow = new Float64Array(labelCount + 2).fill(0.5);
      const r = table.row(hash);
      if (r >= 0) for (let l = 0; l < labelCount; l++) viaRow[1 + l]! += values[r * labelCount + l]!;
      const viaAdd = new Float64Array(labelCount + 2).fill(0.5);
      table.addRow(hash, viaAdd, 1);
      expect([...viaAdd]).toEqual([...viaRow]);
    }
  });
});
