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

// pass 77 (names-after-kind-nouns): a kind noun capitalized because it opens the sentence, before the company's name
describe('a company after a kind noun that opens the sentence', () => {
  it.each([
    ['taken into a person', 'Carmaker Renault posts record profit for the year.', 'Renault/ORG', 'Carmaker Renault'],
    ['taken into a person, a drug maker', 'Drugmaker Pfizer said the trial had failed.', 'Pfizer/ORG', 'Drugmaker Pfizer'],
    ['taken into an organization', 'Retailer Tesco said sales rose in the quarter.', 'Tesco/ORG', 'Retailer Tesco'],
    ['an acronym the tagger left out', 'Automaker GM to cut 10,000 jobs at Opel', 'GM/ORG', 'Automaker GM'],
  ])('%s: %s', (_kind, text, name, whole) => {
    const found = spans(text);
    expect(found).toContain(name);
    expect(found.filter((n) => n.startsWith(`${whole}/`))).toEqual([]);
  });

  it.each([
    ['a noun that opens names of its own', 'Union Pacific said freight volumes fell.', 'Union Pacific/ORG'],
    ['an organization head in the name', 'Airline Pilots Association members voted to strike.', 'Airline Pilots Association/ORG'],
  ])('keeps the name whole: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['a word the article writes in lower case', 'Lender Santander raised rates. Rates rose in santander too.', 'Santander/ORG'],
    ['a trade noun before a full personal name', 'Publisher John Smith said the book would be pulped.', 'John Smith/ORG'],
  ])('adds no organization by the opening rule: %s', (_kind, text, name) => {
    expect(spans(text)).not.toContain(name);
  });
});
