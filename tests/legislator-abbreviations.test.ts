import { describe, expect, test } from 'vitest';
import ruleWords from '../src/data/entities/rule-words.json';
import lexicon from '../src/data/entities/lexicon.json';
import newsOrganizations from '../src/data/entities/news-organizations.json';
import commonAcronyms from '../src/data/entities/common-acronyms.json';
import { legislatorAbbreviations } from '../src/stages/entities/legislator-abbreviations';
import { notNameAcronyms } from '../src/stages/entities/acronyms';
import { wordClass } from '../src/stages/entities/features';

const parts = ruleWords.legislatorAbbreviationsIn;

describe('legislator abbreviations: one list (rule-words.json)', () => {
  test.each(Object.keys(parts) as (keyof typeof parts)[])('%s is a part of the one list', (part) => {
    for (const w of parts[part]) expect(legislatorAbbreviations.has(w)).toBe(true);
  });

  test.each([
    ['lexicon.json personTitles', lexicon.personTitles],
    ['lexicon.json postnominals', lexicon.postnominals],
    ['lexicon.json contextTypes.membersAfter', lexicon.contextTypes.membersAfter],
    ['news-organizations.json membersAfter', newsOrganizations.membersAfter],
    ['common-acronyms.json', commonAcronyms.acronyms],
  ])('%s writes no seat letters of its own', (_name, words) => {
    expect(words.filter((w) => legislatorAbbreviations.has(w.toLowerCase()))).toEqual([]);
  });

  test.each([
    ['mp', 'title'],
    ['msp', 'title'],
    ['mla', undefined],
  ])('the tagger word class of %s', (word, expected) => {
    expect(wordClass(word)).toBe(expected);
  });

  test.each([['MP'], ['MPP'], ['MLA']])('%s is no organization acronym', (acronym) => {
    expect(notNameAcronyms.has(acronym)).toBe(true);
  });
});
