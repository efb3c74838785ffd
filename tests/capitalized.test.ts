import { describe, expect, test } from 'vitest';
import { isAsciiTitleCaseWord, isCapitalized, isCapitalizedWord } from '../src/stages/entities/capitalized';

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
