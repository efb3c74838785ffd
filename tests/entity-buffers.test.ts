import { describe, expect, it } from 'vitest';
import type { Sentence, Token } from '../src/document';
import { nameMembership, retainedScratchSize } from '../src/stages/entities/marginals';
import { labelCount, retainedLatticeSize, tagSentence } from '../src/stages/entities/tagger';

/**
 * The Viterbi lattice and the forward-backward scratch are reused between sentences, but only up to 512 tokens:
 * a sentence longer than that (sentence length has no cap) must not leave arrays of its size behind.
 */
describe('tagger buffers after a huge sentence', () => {
  it('keeps no lattice or scratch larger than the reuse cap', () => {
    const n = 100_000;
    const tokens = Array.from({ length: n }, () => ({ shape: 'Xx' }) as unknown as Token);
    const sentence = { tokenStart: 0, tokenEnd: n } as unknown as Sentence;
    // every token may be in a name (no forced O), so the whole sentence is one forward-backward stretch
    const emission = (t: number, out: Float64Array, at: number): void => {
      for (let l = 0; l < labelCount; l++) out[at + l] = l === 0 ? 0.5 : ((t * 7 + l) % 5) / 4;
    };
    const trans = new Float64Array(labelCount * labelCount).fill(0.1);
    const membership = new Float32Array(n * 3).fill(NaN);
    const decoded = tagSentence(tokens, sentence, emission, () => trans, (e, tr, d) => nameMembership(e, tr, d, membership, 0));
    expect(decoded).toHaveLength(n);
    expect(decoded.some((l) => l !== 'O')).toBe(true);
    // the huge sentence was decoded and scored in full ...
    expect(Number.isNaN(membership[(n - 1) * 3])).toBe(false);
    // ... on arrays that were not kept
    expect(retainedLatticeSize()).toBeLessThanOrEqual(512 * labelCount);
    expect(retainedScratchSize()).toBeLessThanOrEqual(512 * labelCount);

  });
});
