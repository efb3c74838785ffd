import { describe, expect, it } from 'vitest';
import { featureHash } from '../src/stages/entities/feature-hash';
import { PLACE_KINDS } from '../src/stages/entities/place-index';

/**
 * The feature context keeps each token's label and class hashes in typed arrays with 0 for "none"
 * (features.ts, labelHashes): a label that hashed to 0 would silently lose its feature. These are all
 * the labels there can be: run positions, gazetteer kinds with their BILU positions, lexicon classes.
 */
describe('entity feature label ids', () => {
  it('no label the feature context can hold hashes to 0', () => {
    const runs = ['-', ...['1', '2', '3+'].flatMap((n) => ['first/', 'mid/', 'last/'].map((p) => p + n))];
    const kinds = [...PLACE_KINDS, 'org'];
    const positioned = kinds.flatMap((k) => ['B', 'I', 'L', 'U'].map((p) => `${k}:${p}`));
    const classes = ['title', 'orgsuf', 'locsuf', 'cuev', 'locprep'];
    for (const label of [...runs, ...kinds, ...positioned, ...classes]) expect(featureHash(label), label).not.toBe(0);
  });
});
