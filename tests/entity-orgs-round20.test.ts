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

// pass 59 (title-words-out-of-names): the portfolio after "for" belongs to the title, not to the body it is held of
describe('a title held of an organization, with a portfolio after "for"', () => {
  const druyun = 'The emails were written by Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun. Air Force officials said the deal was fair.';
  it('ends the organization before "for"', () => {
    const found = spans(druyun);
    expect(found).toContain('Air Force/ORG');
    expect(found.filter((n) => n.startsWith('Air Force for'))).toEqual([]);
    expect(found).toContain('Darleen Druyun/PER');
  });

  it('gives the person the organization had taken in after the portfolio', () => {
    const found = spans('Air Force officials were named. Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun: "I read the article."');
    expect(found).toContain('Darleen Druyun/PER');
    expect(found.filter((n) => n.includes('Acquisition'))).toEqual([]);
  });

  it.each([
    ['the body is never named alone', 'The emails were written by Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun. This caused a controversy.', 'Air Force for Acquisition/ORG'],
    ['an organization head before "for"', 'Jane Lhamon, Assistant Secretary of the Office for Civil Rights, said the Office would act.', 'Office for Civil Rights/ORG'],
  ])('keeps the name whole: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });
});

// pass 05 (add-capitalized-names) and shared.ts's appositionHeadedBy: a company named by the apposition after it
describe('an opener named a company by the apposition after it', () => {
  it.each([
    ['a word read as a verb', 'Analysts were surprised. Ford, a car maker, beat predictions.', 'Ford/ORG'],
    ['a country abbreviation in the apposition', 'Analysts were surprised. Ford, the U.S. car maker, said profit rose.', 'Ford/ORG'],
    ['a common noun, a country adjective in the apposition', 'Analysts were surprised. Shell, the Dutch oil company, said profit rose.', 'Shell/ORG'],
  ])('%s: %s', (_kind, text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['an adverb', 'Meanwhile, the company, which makes cars, said it would appeal.', 'Meanwhile'],
    ['a time word', 'Today, the firm, which makes cars, said it would appeal.', 'Today'],
    ['a plural', 'Analysts, a group of bankers, said the deal was fair.', 'Analysts'],
    ['a word the article writes in lower case', 'Shell, the oil company, said profit rose. The shell was empty.', 'Shell'],
  ])('adds no name: %s', (_kind, text, word) => {
    expect(spans(text).filter((n) => n.startsWith(`${word}/`))).toEqual([]);
  });
});
