import { describe, expect, it } from 'vitest';
import { pairsSharingAKey } from '../src/story/clusters';

describe('pairsSharingAKey: the candidate pairs of cross-article merging', () => {
  it.each([
    ['no shared key', [['a'], ['b'], ['c']], []],
    ['one key shared by three', [['a'], ['a'], ['x', 'a']], [[0, 1], [0, 2], [1, 2]]],
    ['a pair sharing two keys comes once', [['a', 'b'], ['b', 'a']], [[0, 1]]],
    ['a key an item repeats pairs it with no one', [['a', 'a'], ['b']], []],
    ['in order of the first item, then the second', [['b'], ['a'], ['a', 'b']], [[0, 2], [1, 2]]],
  ] as Array<[string, string[][], Array<[number, number]>]>)('%s', (_, keys, pairs) => {
    expect(pairsSharingAKey(keys.length, (i) => keys[i]!)).toEqual(pairs);
  });
});
