import { describe, expect, it } from 'vitest';
import syllables from '../src/data/entities/syllables.json';
import { romanizationOf, syllableTrie } from '../src/stages/entities/romanized';

/** The distinct prefixes of a list, with the root: the nodes a trie of it has. */
function nodeCount(list: readonly string[]): number {
  const prefixes = new Set<string>();
  for (const s of list) for (let k = 1; k <= s.length; k++) prefixes.add(s.slice(0, k));
  return prefixes.size + 1;
}

describe('syllable tries', () => {
  // held for the life of the process: sized to the nodes made, not one node per letter of the list
  it.each([
    ['shared prefixes', ['ka', 'ki', 'kan', 'kang']],
    ['no sharing', ['a', 'bo', 'cu']],
    ['Japanese inventory', syllables.ja],
    ['Chinese inventory', syllables.zh],
    ['Korean inventory', syllables.ko],
  ])('%s: one row of 26 children per node', (_, list) => {
    const trie = syllableTrie(list);
    expect(trie.ends.length).toBe(nodeCount(list));
    expect(trie.children.length).toBe(nodeCount(list) * 26);
  });

  it.each([
    ['yoichiro', 'ja'],
    ['baohui', 'zh'],
    ['table', null],
  ])('%s reads as %s', (word, expected) => {
    expect(romanizationOf(word)).toBe(expected);
  });
});
