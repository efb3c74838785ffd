import { describe, expect, it } from 'vitest';
import { PackedWeights } from '../src/stages/entities/packed-weights';
import { combine, featureHash } from '../src/stages/entities/feature-hash';

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

/**
 * combine gives a feature id as a signed 32-bit integer (a small integer to V8, no heap number per feature: issue
 * 14); the table and training read only its 32 bits, so the signed id finds the row its unsigned form was stored as.
 */
describe('combined feature ids are signed and find their rows', () => {
  // the unsigned form the ids had before, from the same steps
  const unsigned = (template: number, value: number): number => {
    let h = Math.imul(template ^ (value & 0xffff), 0x01000193);
    h = Math.imul(h ^ (value >>> 16), 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
  };
  const pairs: Array<[string, string]> = [['w-1=', 'the'], ['w+1=', 'paris'], ['p=', 'PROPN'], ['s-1=', 'Xx'], ['g=', 'city:B'], ['run=', 'first/2']];
  const ids = pairs.map(([t, v]) => combine(featureHash(t), featureHash(v)));

  it.each(pairs.map((p, i) => [p.join(''), i] as const))('%s', (_, i) => {
    const [t, v] = pairs[i]!;
    const id = ids[i]!;
    expect(id).toBe(id | 0);
    expect(id >>> 0).toBe(unsigned(featureHash(t), featureHash(v)));
  });

  it('the shipped form stores them as unsigned and row() finds each by its signed id', () => {
    const stored = Uint32Array.from(ids);
    const table = new PackedWeights(stored, new Float32Array(ids.length).map((_, i) => i));
    ids.forEach((id, r) => expect(table.row(id)).toBe(r));
    expect(ids.some((id) => id < 0)).toBe(true);
  });
});
