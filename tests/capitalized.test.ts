import { describe, expect, it, test } from 'vitest';
import { isAsciiTitleCaseWord, isCapitalized, isCapitalizedWord } from '../src/stages/entities/capitalized';
import { isCapitalShape, shapeOf } from '../src/nlp/shape';

// the three word tests of src/stages/entities/capitalized.ts, side by side: where they part is why there are three
describe('capitalized word tests', () => {
  test.each([
    ['London', true, true, true],
    ['Łódź', true, true, false],
    ['Québec', true, true, false],
    ['McCain', true, false, false],
    ['NHS', true, false, false],
    ["O'Neill", true, false, false],
    ['london', false, false, false],
    ['A', true, false, false],
  ])('%s', (word, capitalized, capitalizedWord, asciiTitleCase) => {
    expect([isCapitalized(word), isCapitalizedWord(word), isAsciiTitleCaseWord(word)]).toEqual([capitalized, capitalizedWord, asciiTitleCase]);
  });
});

// isCapitalizedWord passes most words by their first character (ASCII other than A-Z) before its regular expression:
// the table holds the words where the early exit and the expression must agree
describe('isCapitalizedWord at the edges of its first-character test', () => {
  it.each([
    ['', false],
    ['Ab', true],
    ['Zz', true],
    ['@b', false],
    ['[b', false],
    ['ab', false],
    ['1b', false],
    ['"Le', false],
    ['Ñu', true],
    ['ñu', false],
    ['Ωmega', true],
    ['\u00c0b', true],
  ])('%j -> %s', (word, expected) => {
    expect(isCapitalizedWord(word)).toBe(expected);
  });
});

// the token layer keeps the capital as the first letter of the word's shape (src/nlp/shape.ts isCapitalShape), which
// the entity feature context reads for its per-token marks: it must say what isCapitalized says of the text
describe('isCapitalShape(shapeOf(word)) agrees with isCapitalized(word)', () => {
  it.each([['London'], ['london'], ['Łódź'], ['łódź'], ['Ébola'], ['İstanbul'], ['ǅemal'], ['NHS'], ['G20'], ['20G'], ["'s"], ['’Neill'], ['X'], ['x'], ['-'], [''], ['Ωmega'], ['ωmega'], ['日本']])(
    '%s',
    (word) => {
      expect(isCapitalShape(shapeOf(word))).toBe(isCapitalized(word));
    },
  );
});
