import { describe, expect, it } from 'vitest';
import { possessiveSplitAt } from '../src/nlp/possessive-split';

// possessiveSplitAt reads a word's last two characters before its regular expression (it is asked of every word):
// the table holds the words where the early exit and the expression must agree
describe('possessiveSplitAt: where the possessive mark starts in a word read whole', () => {
  const cases: Array<[string, number]> = [
    ["Sainsbury's", 9],
    ['boss’s', 4],
    ["U.S.'s", 4],
    ["2020's", 4],
    ["x's", 1],
    ["'s", -1],
    ['’s', -1],
    ["''s", -1],
    ["-'s", -1],
    ['says', -1],
    ["Sainsbury'S", -1],
    ["Sainsbury`s", -1],
    ['Sainsbury', -1],
    ['', -1],
  ];
  it.each(cases)('%s -> %i', (word, at) => {
    expect(possessiveSplitAt(word)).toBe(at);
  });
});
