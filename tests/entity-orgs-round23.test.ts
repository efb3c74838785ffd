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

  it('leaves "WHO said" and "Apple pie" as they were', () => {
    expect(spans('Apple pie is my favourite dessert.')).toEqual([]);
  });
});
