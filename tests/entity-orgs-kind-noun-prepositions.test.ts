import { describe, expect, it } from 'vitest';
import { nameSpans as spans } from './helpers/entities';

// pass 77 (names-after-kind-nouns): right after a preposition, wire copy writes the kind noun with no "the"
describe('an organization after a kind noun that follows a preposition', () => {
  it.each([
    ['a one-word name the tagger left out', 'Lars Eriksen, head of marine at broker Marsh in Oslo, said the delays were unlikely.', 'Marsh/ORG'],
    ['a one-word name the tagger read as a person', 'The deal was advised by consultancy Kearney and insurer Hiscox.', 'Kearney/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ["a person's full name after a noun that also names a trade", 'She works for broker John Smith, who said so.', 'John Smith/PER'],
    ['a title between the noun and the name', 'It was sold to group Chairman Peter Brown last year.', 'Peter Brown/PER'],
    ['an occupation with no "the" before a one-word name', 'The plan was drawn up with developer Hartley and approved by the council.', 'Hartley/PER'],
  ])('keeps the person: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});
