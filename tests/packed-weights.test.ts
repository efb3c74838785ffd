import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import modelData from '../src/data/entities/model.json';
import { PackedWeights, unpackModel, type PackedModelFile } from '../src/stages/entities/packed-weights';
import { combine, featureHash } from '../src/stages/entities/feature-hash';
import { featureContext, visitContextFeatures } from '../src/stages/entities/features';
import { labelCount, labels } from '../src/stages/entities/tagger';
import { TrainingWeights } from '../scripts/lib/training-weights';

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

  it('a table built from their unsigned form finds each by its signed id', () => {
    const stored = Uint32Array.from(ids);
    const table = new PackedWeights(stored, new Float32Array(ids.length).map((_, i) => i));
    ids.forEach((id, r) => expect(table.row(id)).toBe(r));
    expect(ids.some((id) => id < 0)).toBe(true);
  });
});

/**
 * The shipped model was trained on ids in one form and is read at run time with the ids visitContextFeatures gives
 * (about half of them negative): each must find its row in either form, and they must go on finding rows at all
 * (ids that drifted from the trained ones would find almost none, and no output test names the cause).
 */
describe('the shipped model through the run-time look-up', () => {
  const table = unpackModel(modelData as PackedModelFile, labels);
  const scores = (id: number): number[] => {
    const out = new Float64Array(labelCount);
    table.addRow(id, out, 0);
    return [...out];
  };

  it('every context id of a sentence finds the same row signed and unsigned, and most find one', () => {
    const text = 'Prime Minister Fumio Kishida told reporters in Tokyo on Monday that Toyota Motor Corp. would invest in Ohio.';
    const { tokens, sentences } = runUntil(createDoc(text), 'tokens').tokens!;
    const ctx = featureContext(text, tokens, sentences);
    const seen = { negative: 0, negativeFound: 0, other: 0, otherFound: 0, differ: 0 };
    for (let t = 0; t < tokens.length; t++) {
      visitContextFeatures(ctx, t, (id) => {
        const row = table.row(id);
        if (row !== table.row(id >>> 0)) seen.differ++;
        if (id < 0) {
          seen.negative++;
          if (row >= 0) seen.negativeFound++;
        } else {
          seen.other++;
          if (row >= 0) seen.otherFound++;
        }
      });
    }
    expect(seen.differ).toBe(0);
    // today 111 of 126 negative ids and 120 of 134 others find a row; random ids would find next to none
    expect(seen.negative).toBeGreaterThan(50);
    expect(seen.negativeFound / seen.negative).toBeGreaterThan(0.75);
    expect(seen.otherFound / seen.other).toBeGreaterThan(0.75);
  });

  // the word before a name that says it is a person's: whatever the training run, B-PER gets the most weight
  it.each([
    ['w-1=', 'mr.'],
    ['w-1=', 'president'],
    ['w-1=', 'dr.'],
  ])('%s%s weighs for B-PER, by its signed id and its unsigned one', (template, value) => {
    const id = combine(featureHash(template), featureHash(value));
    const byId = scores(id);
    expect(labels[byId.indexOf(Math.max(...byId))]).toBe('B-PER');
    expect(byId[labels.indexOf('B-PER')]).toBeGreaterThan(1);
    expect(scores(id >>> 0)).toEqual(byId);
  });

  it('the previous-label transitions weigh for continuing the same name', () => {
    for (const type of ['PER', 'ORG', 'LOC']) {
      const row = scores(featureHash('t-1=B-' + type));
      expect(row[labels.indexOf('I-' + type)]).toBeGreaterThan(0);
      for (const other of ['PER', 'ORG', 'LOC'].filter((o) => o !== type)) expect(row[labels.indexOf('I-' + other)]).toBeLessThanOrEqual(0);
    }
  });
});

/** The trainer's table keys a feature by one form, so an id passed signed or unsigned is the same feature. */
describe('TrainingWeights (scripts/train-entities.ts)', () => {
  const signed = combine(featureHash('w-1='), featureHash('mr.'));

  it('finds a row added by the unsigned id through the signed one, and the other way round', () => {
    expect(signed).toBeLessThan(0);
    const weights = new TrainingWeights(labelCount);
    const row = weights.rowFor(signed >>> 0);
    weights.values[row * labelCount + 1] = 2.5;
    expect(weights.rowFor(signed)).toBe(row);
    const out = new Float64Array(labelCount + 1);
    weights.addRow(signed, out, 1);
    expect(out[2]).toBe(2.5);
    expect(weights.hashes).toEqual([signed]);
    // the shipped form (packModel writes a Uint32Array) keeps the same 32 bits
    expect(Uint32Array.from(weights.hashes)[0]).toBe(signed >>> 0);
  });

  it('keeps two different ids apart', () => {
    const weights = new TrainingWeights(labelCount);
    const a = weights.rowFor(signed);
    const b = weights.rowFor(featureHash('w=paris'));
    expect(b).not.toBe(a);
    expect(weights.rowFor(featureHash('w=paris') | 0)).toBe(b);
    expect(weights.hashes.length).toBe(2);
  });
});
