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
    ['a mission', 'The French Voulet-Chanoine Mission reached the river in 1899.', 'Voulet-Chanoine Mission/ORG'],
    ['a court', 'The ruling came from the Italian Supreme Court of Cassation on Monday.', 'Supreme Court of Cassation/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['the tagger took the nationality in', 'The American Civil Liberties Union sued the city.', 'American Civil Liberties Union/ORG'],
    ['a lone organization head is no name alone', 'The South African Indian Congress met in Durban.', 'South African Indian Congress/ORG'],
    ['a lone common noun is no name alone', 'Officials at the Cuban Consulate said the visa was ready.', 'Cuban Consulate/ORG'],
    ['a company the gazetteer knows, as MEANTIME writes it', 'Chrysler and the Japanese Toyota both reported a loss.', 'Japanese Toyota/ORG'],
  ])('keeps the whole name: %s', (_kind, text, name) => {
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
