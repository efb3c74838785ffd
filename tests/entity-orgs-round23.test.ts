import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { findNameSpans } from '../src/stages/entities';

/** The names the passes' chain gives, as "text/TYPE". */
function spans(text: string): string[] {
  const doc = runUntil(createDoc(text), 'tokens');
  const tokens = doc.tokens!.tokens;
  return findNameSpans(doc).map((s) => `${text.slice(tokens[s.tokenStart]!.start, tokens[s.tokenEnd - 1]!.end)}/${s.type}`);
}

// pass 150 (outlets-before-media-nouns): an outlet or pollster named once, right before what it makes or employs
describe('an outlet or a pollster before a media noun', () => {
  it.each([
    ['a pollster opening the sentence after "A"', 'A Quinnipiac poll released Tuesday showed him ahead.', 'Quinnipiac/ORG'],
    ['a pollster after a slash', 'The latest CNN/ORC poll showed a tie.', 'ORC/ORG'],
    ['a site before its reporter', 'After a Breitbart reporter was pushed, he apologized.', 'Breitbart/ORG'],
    ['a survey named for its maker', 'The report cited the annual Taulbee survey of computing departments.', 'Taulbee/ORG'],
    ['the same name again, after "to"', 'The Taulbee survey counts graduates. Last year the numbers reported to Taulbee fell.', 'Taulbee/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a weekday', 'In a Sunday interview, she said the plan was over.'],
    ['a people', 'An Iranian journalist asked why the talks had stalled.'],
    ['a party', 'Donald Trump leads many Republican polls, the paper said.'],
    ['an everyday word', 'In a Friends interview, the cast laughed.'],
    ['a common abbreviation', 'A TV reporter asked why.'],
    ['a word the article writes in lower case too', 'The Pulse survey found pulse rates rose.'],
  ])('adds no organization: %s', (_kind, text) => {
    expect(spans(text).filter((n) => n.endsWith('/ORG'))).toEqual([]);
  });

  it.each([
    ['a person the article names', 'John Kasich said so. In a Kasich interview, he said more.', 'Kasich/PER'],
    ['an organization the tagger found', 'In a CNN interview, she said the plan was over.', 'CNN/ORG'],
    ['a place', 'A new Iowa poll shows Cruz ahead.', 'Iowa/LOC'],
  ])('keeps the name as it was: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it('retypes a one-word person the tagger gave before a media noun, at every mention', () => {
    expect(spans('A Marrowby poll showed a tie, and Marrowby said turnout would be high.')).toEqual(['Marrowby/ORG', 'Marrowby/ORG']);
  });

  it('leaves "WHO said" and "Apple pie" as they were', () => {
    expect(spans('Apple pie is my favourite dessert.')).toEqual([]);
  });
});

// pass 151 (outlets-told-or-appeared-on): an outlet told something, or a show's network
describe('an outlet told something or a network a show is on', () => {
  it.each([
    ['told, then "that"', 'Trump told Newsmax that Mitt Romney had a crazy policy.', 'Newsmax/ORG'],
    ['telling, then "that"', 'Later, Trump reversed himself again, telling CBS that the laws were set.', 'CBS/ORG'],
    ['a show on a network', 'Mr. Manafort said on CBS\'s "Face the Nation" that the party was united.', 'CBS/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a people', 'He is telling Americans the truth, he said.'],
    ['a people before a noun', 'Mr. Obama had told Jewish leaders that he would not continue.'],
    ['a station with a number', 'The group said, telling Fox 35 that it was focused on the case.'],
    ['a weekday', 'She said so on Wednesday\'s "Sean Hannity Show."'],
  ])('adds no organization: %s', (_kind, text) => {
    expect(spans(text).filter((n) => n.endsWith('/ORG'))).toEqual([]);
  });

  it.each([
    ['a person told', 'Jane Ruiz met the mayor. He told Ruiz that the plan was over.', 'Ruiz/PER'],
  ])('keeps the name as it was: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});
