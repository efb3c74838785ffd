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

// pass 01 (extend-to-capitalized-sequences): a nationality word the tagger left out before an organization it tagged
// is no word of the organization's name
describe('no growth of an organization over a nationality word before it', () => {
  it.each([
    ['a web service', 'She is an American YouTube personality and actress.', 'YouTube/ORG'],
    ['a court', 'The ruling came from the Italian Supreme Court of Cassation on Monday.', 'Supreme Court of Cassation/ORG'],
    ['an online encyclopedia', 'He wrote to the Danish Wikipedia editors.', 'Wikipedia/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['the tagger took the nationality in', 'The American Civil Liberties Union sued the city.', 'American Civil Liberties Union/ORG'],
    ['a lone organization head is no name alone', 'The South African Indian Congress met in Durban.', 'South African Indian Congress/ORG'],
    ['a lone common noun is no name alone', 'Officials at the Cuban Consulate said the visa was ready.', 'Cuban Consulate/ORG'],
  ])('keeps the whole name: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// pass 21 (add-repeated-acronyms): an acronym supported only by repetition or "the" is a term, not an organization,
// when the article writes it before a noun it modifies
describe('no organization for a repeated acronym the article uses as a modifier', () => {
  it.each([
    ['a term in a study', 'Children gave adult-like SI interpretations. The study of SI in particular helps.'],
    ['a trade', 'We are still working on the PSE swap. Credit is pricing the PSE swap now.'],
  ])('%s: %s', (_kind, text) => {
    expect(spans(text).filter((n) => n.endsWith('/ORG'))).toEqual([]);
  });

  it.each([
    ['repeated, acting alone', 'The ZRB said prices rose. Later the ZRB said prices fell.', 'ZRB/ORG'],
    ['before "shares", which a company has', 'Analysts said KPT shares rose. KPT said profits fell.', 'KPT/ORG'],
  ])('keeps the organization: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// passes 05 (add-capitalized-names) and 74 (organizations-by-head-words): a nationality word and "Government" alone
// are no organization's name (passes/national-government.ts)
describe("no organization for a nationality's government", () => {
  it.each([
    ['a nationality before the word', 'The United States does not believe the Iranian Government on this.'],
    ['after a preposition', 'The bombers were paid for by the Dutch Government before the war.'],
  ])('%s: %s', (_kind, text) => {
    expect(spans(text).filter((n) => n.endsWith('/ORG'))).toEqual([]);
  });

  it.each([
    ["a place's government", 'The Queensland Government said the dam was safe.', 'Queensland Government/ORG'],
    ['a longer name opening with a nationality', 'Members of the Iranian Opposition Group met in Paris.', 'Iranian Opposition Group/ORG'],
  ])('keeps the organization: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});
