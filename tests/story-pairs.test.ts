import { describe, expect, it } from 'vitest';
import { forEachPairSharingAKey } from '../src/story/clusters';

function pairsOf(keys: string[][]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  forEachPairSharingAKey(keys.length, (i) => keys[i]!, (a, b) => pairs.push([a, b]));
  return pairs;
}

describe('forEachPairSharingAKey: the candidate pairs of cross-article merging', () => {
  it.each([
    ['no shared key', [['a'], ['b'], ['c']], []],
    ['one key shared by three', [['a'], ['a'], ['x', 'a']], [[0, 1], [0, 2], [1, 2]]],
    ['a pair sharing two keys comes once', [['a', 'b'], ['b', 'a']], [[0, 1]]],
    ['a key an item repeats pairs it with no one', [['a', 'a'], ['b']], []],
    ['pairs through different keys are each visited once', [['x', 'a'], ['a'], ['x'], ['a', 'x']], [[0, 1], [0, 2], [0, 3], [1, 3], [2, 3]]],
  ] as Array<[string, string[][], Array<[number, number]>]>)('%s', (_, keys, pairs) => {
    // the visiting order is not part of the contract: compare as sorted sets
    const sorted = (list: Array<[number, number]>) => [...list].sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    expect(sorted(pairsOf(keys))).toEqual(pairs);
    for (const [a, b] of pairsOf(keys)) expect(a).toBeLessThan(b);
  });
});
