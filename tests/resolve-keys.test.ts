import { describe, expect, it } from 'vitest';
import { isRegExpSpace } from '../src/nlp/characters';
import { honorificPrefix, isHonorific, nameKey, spacedWords, wordCount, words } from '../src/stages/resolve/keys';
import { honorifics } from '../src/stages/resolve/lexicon';

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
  // where hand-written space lists part from \s: U+FEFF is \s; NEL, the Mongolian vowel separator and ZWSP are not
  ['Joe\ufeffBiden', 'Joe Biden', 2],
  ['\ufeffJoe Biden', 'Joe Biden', 2],
  ['Joe\u0085Biden', 'Joe\u0085Biden', 1],
  ['Joe\u180eBiden', 'Joe\u180eBiden', 1],
  ['Joe\u200bBiden', 'Joe\u200bBiden', 1],
];

// singleSpaced, wordCount and honorificPrefix read spaces by char code through isRegExpSpace, so all three are the
// regular expressions they replace only while it is the very set \s matches: checked on every UTF-16 code unit
describe('isRegExpSpace is \\s', () => {
  it('agrees with /\\s/ on all 65,536 code units', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (isRegExpSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe('spacedWords and wordCount read a name as words(text) does', () => {
  it.each(spacings)('%j', (text, spaced, count) => {
    expect(spacedWords(text)).toBe(spaced);
    expect(spacedWords(text)).toBe(words(text).join(' '));
    expect(wordCount(text)).toBe(count);
    expect(wordCount(text)).toBe(words(text).length);
  });
});

/** what honorificPrefix was, written apart from keys.ts: the first word and its spaces when the word is an honorific */
const honorificByRegExp = (text: string): string => {
  const first = /^\S+\s+/.exec(text);
  return first && honorifics.has(first[0].trim().toLowerCase()) ? first[0] : '';
};

describe('honorificPrefix and isHonorific', () => {
  it.each<[string, string]>([
    ['Mr. Lee', 'Mr. '],
    ['mr.  Lee', 'mr.  '],
    ['Dr\u00a0Jill Biden', 'Dr\u00a0'],
    ['Mr.', ''],
    ['Mr. ', 'Mr. '],
    ['Mr.\ufeffLee', 'Mr.\ufeff'],
    ['Mr.\u200bLee', ''],
    ['Mr.\u0085Lee', ''],
    [' Mr. Lee', ''],
    ['Mister Lee', ''],
    ['Lee', ''],
    ['', ''],
  ])('%j -> %j', (text, prefix) => {
    expect(honorificPrefix(text)).toBe(prefix);
    expect(honorificPrefix(text)).toBe(honorificByRegExp(text));
  });

  it.each<[string, boolean]>([
    ['Mr.', true],
    ['MRS.', true],
    ['dr', true],
    ['', false],
    ['President', false],
    ['Mrsmith', false],
  ])('isHonorific(%j) is %s, as the regular expression honorificPrefix was says', (word, expected) => {
    expect(isHonorific(word)).toBe(expected);
    // against the old reading, which does not go through isHonorific (honorificPrefix does, so it could not disagree)
    expect(isHonorific(word)).toBe(honorificByRegExp(word + ' ') !== '');
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
