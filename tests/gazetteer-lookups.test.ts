import { describe, expect, it } from 'vitest';
import { canonicalCountry, demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../src/stages/entities/gazetteer';
import { isCommonWord } from '../src/stages/entities/common-words';

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
