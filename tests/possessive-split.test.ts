import { describe, expect, it } from 'vitest';
import { isPossessiveMark, isPossessiveS, possessiveSplitAt } from '../src/nlp/possessive-split';

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

// one fact for every stage that reads a possessor (resolve's titles, quotes' subject phrases): tokens as the tokens
// stage gives them, [text, pos, glued to the word before]
describe('isPossessiveS / isPossessiveMark: the possessor’s mark', () => {
  const cases: Array<[string, string, string, boolean, boolean, boolean]> = [
    // word before, mark, mark's pos, glued, isPossessiveS, isPossessiveMark
    ['Japan', '’s', 'PART', true, true, true],
    ['TRUMP', '’S', 'PART', true, true, true],
    ['Clinton', "'s", 'PART', true, true, true],
    ['that', '’s', 'AUX', true, false, false], // "that's": a verb
    ['Let', "'s", 'PRON', true, false, false],
    ['unions', '’', 'PUNCT', true, false, true], // a plural's apostrophe
    ['Jones', "'", 'PUNCT', true, false, true],
    ['Beauty', "'", 'PUNCT', true, false, false], // "'Beauty' Joke": a closing mark
    ['unions', '’', 'PUNCT', false, false, false], // standing apart: a mark, no apostrophe
  ];
  it.each(cases)('%s + %s (%s, glued %s)', (word, mark, pos, glued, clitic, possessive) => {
    const before = { text: word, pos: 'NOUN', start: 0, end: word.length };
    const start = word.length + (glued ? 0 : 1);
    const tokens = [before, { text: mark, pos, start, end: start + mark.length }];
    expect(isPossessiveS(tokens[1]!)).toBe(clitic);
    expect(isPossessiveMark(tokens, 1)).toBe(possessive);
  });
});
