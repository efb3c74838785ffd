import { describe, expect, it } from 'vitest';
import { canonicalCountry, demonymOfToken, demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind, startsDemonymPhrase } from '../src/stages/entities/gazetteer';
import { lowerOf } from '../src/nlp/characters';
import { isCommonWord } from '../src/nlp/common-words';

describe('the gazetteer look-ups answer the same when asked again', () => {
  it.each([
    { ask: () => isGivenName('maria') },
    { ask: () => isGivenName('table') },
    { ask: () => isFamilyName('müller') },
    { ask: () => placeKind('São Paulo') },
    { ask: () => placeKind('Nowhereville') },
    { ask: () => isKnownOrganization('WHO') },
    { ask: () => isKnownOrganization('who') },
    { ask: () => demonymToCountry('Japanese') },
    { ask: () => canonicalCountry('the United States') },
    { ask: () => isCommonWord('attack') },
  ])('$ask', ({ ask }) => {
    const first = ask();
    expect(ask()).toBe(first);
  });

  it('answers as the lists say', () => {
    expect([isGivenName('maria'), isGivenName('table'), placeKind('São Paulo') !== null, isKnownOrganization('WHO'), isKnownOrganization('who')]).toEqual([
      true,
      false,
      true,
      true,
      false,
    ]);
    expect([demonymToCountry('Japanese'), demonymToCountry('table'), canonicalCountry('the United States'), isCommonWord('attack'), isCommonWord('kishida')]).toEqual([
      'Japan',
      null,
      'United States',
      true,
      false,
    ]);
  });
});

describe("a token's demonym look-ups (resolve's demonyms.ts) answer as demonymToCountry of its text", () => {
  // `lower` as the tokens stage makes it (lowerOf), so the rows check the key is the one demonymToCountry builds
  const token = (text: string) => ({ text, lower: lowerOf(text) });
  it.each([
    { text: 'Japanese', country: 'Japan' },
    { text: 'JAPANESE', country: 'Japan' },
    { text: 'US', country: 'United States' },
    { text: 'Table', country: null },
    { text: 'İstanbul', country: null },
  ])('$text', ({ text, country }) => {
    expect(demonymOfToken(token(text))).toBe(country);
    expect(demonymToCountry(text)).toBe(country);
  });

  it.each([
    { first: 'South', next: 'Korean', starts: true },
    { first: 'Papua', next: 'New', starts: true },
    { first: 'SRI', next: 'LANKAN', starts: true },
    { first: 'Korean', next: 'War', starts: false },
    { first: 'President', next: 'Moon', starts: false },
  ])('only a word a demonym of several words opens with is tried with the next: $first $next', ({ first, next, starts }) => {
    expect(startsDemonymPhrase(token(first))).toBe(starts);
    // a word that opens none never makes a two-word demonym, which is why the phrase need not be built
    if (!starts) expect(demonymToCountry(`${first} ${next}`)).toBeNull();
    else if (next !== 'New') expect(demonymToCountry(`${first} ${next}`)).not.toBeNull();
  });
});
