import { describe, expect, it } from 'vitest';
import { honorificPrefix, isHonorific, nameKey, spacedWords, wordCount, words } from '../src/stages/resolve/keys';

// the char-code readings stand in for regular expressions the resolve stage used to run per mention (issue 14):
// each row is checked against the expression it replaces as well as against the expected value
const spacings: Array<[string, string, number]> = [
  ['Joe Biden', 'Joe Biden', 2],
  ['', '', 0],
  ['Biden', 'Biden', 1],
  [' Joe Biden', 'Joe Biden', 2],
  ['Joe Biden ', 'Joe Biden', 2],
  ['Joe  Biden', 'Joe Biden', 2],
  ['Joe\tBiden', 'Joe Biden', 2],
  ['Joe\u00a0Biden', 'Joe Biden', 2],
  ['Joe\u2009\nBiden', 'Joe Biden', 2],
  ['Jean-Luc \u3000 Picard', 'Jean-Luc Picard', 2],
  ['   ', '', 0],
  ['Vladi\u00admir Putin', 'Vladi\u00admir Putin', 2],
];

describe('spacedWords and wordCount read a name as words(text) does', () => {
  it.each(spacings)('%j', (text, spaced, count) => {
    expect(spacedWords(text)).toBe(spaced);
    expect(spacedWords(text)).toBe(words(text).join(' '));
    expect(wordCount(text)).toBe(count);
    expect(wordCount(text)).toBe(words(text).length);
  });
});

/** what honorificPrefix was: the first word and its spaces when the word is an honorific */
const honorificByRegExp = (text: string, isOne: (w: string) => boolean): string => {
  const first = /^\S+\s+/.exec(text);
  return first && isOne(first[0].trim().toLowerCase()) ? first[0] : '';
};

describe('honorificPrefix and isHonorific', () => {
  it.each<[string, string]>([
    ['Mr. Lee', 'Mr. '],
    ['mr.  Lee', 'mr.  '],
    ['Dr\u00a0Jill Biden', 'Dr\u00a0'],
    ['Mr.', ''],
    ['Mr. ', 'Mr. '],
    [' Mr. Lee', ''],
    ['Mister Lee', ''],
    ['Lee', ''],
    ['', ''],
  ])('%j -> %j', (text, prefix) => {
    expect(honorificPrefix(text)).toBe(prefix);
    expect(honorificPrefix(text)).toBe(honorificByRegExp(text, (w) => isHonorific(w)));
  });

  it.each<[string, boolean]>([
    ['Mr.', true],
    ['MRS.', true],
    ['dr', true],
    ['', false],
    ['President', false],
  ])('isHonorific(%j) is %s, as honorificPrefix(word + " ") says', (word, expected) => {
    expect(isHonorific(word)).toBe(expected);
    expect(honorificPrefix(word + ' ') !== '').toBe(expected);
  });

  it.each<[string, string]>([
    ['Mr.  Joe   Biden', 'joe biden'],
    ['the United Nations', 'united nations'],
    ['U.S.', 'us'],
    ['Kishida\u2019s', "kishida's"],
  ])('nameKey(%j) is %j', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });
});
