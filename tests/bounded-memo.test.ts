import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../src/nlp/bounded-memo';
import { canonicalCountry, demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../src/stages/entities/gazetteer';
import { isCommonWord } from '../src/stages/entities/common-words';

describe('BoundedMemo', () => {
  it.each([
    { name: 'a repeated key is computed once', keys: ['a', 'b', 'a', 'a', 'b'], limit: 10, computed: ['a', 'b'] },
    { name: 'a null answer is remembered too', keys: ['none', 'none'], limit: 10, computed: ['none'] },
    { name: 'a full memo is cleared, then fills again', keys: ['a', 'b', 'c', 'a'], limit: 2, computed: ['a', 'b', 'c', 'a'] },
  ])('$name', ({ keys, limit, computed }) => {
    const calls: string[] = [];
    const memo = new BoundedMemo((key): string | null => {
      calls.push(key);
      return key === 'none' ? null : key.toUpperCase();
    }, limit);
    for (const key of keys) expect(memo.get(key)).toBe(key === 'none' ? null : key.toUpperCase());
    expect(calls).toEqual(computed);
  });
});

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
