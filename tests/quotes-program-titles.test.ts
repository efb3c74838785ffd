import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src';

const quotesOf = (text: string) => extractBriefing(text).quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker.name }));

describe('a program named in marks after "on" is where words were said, not what was said', () => {
  it('"told the hosts Friday on CNN\'s "New Day,"": no partial quote of the show\'s name', () => {
    const quotes = quotesOf('Senator Kirsten Gillibrand told the hosts Friday on CNN’s “New Day,” adding that she expects a result.');
    expect(quotes.map((q) => q.text)).not.toContain('“New Day,”');
    expect(quotes).toContainEqual(expect.objectContaining({ kind: 'indirect', text: 'she expects a result', speaker: 'Kirsten Gillibrand' }));
  });

  it('"said on "Morning Joe," after the debate": no quote at all', () => {
    expect(quotesOf('Senator Lindsey Graham said on “Morning Joe,” after the debate ended.')).toEqual([]);
  });

  it('"said on "Morning Joe" that the party "will not survive"": the partial opens at "that", past the show', () => {
    expect(quotesOf('Senator Lindsey Graham said on “Morning Joe” that the party “will not survive this.”')).toEqual([
      { kind: 'partial', text: 'that the party “will not survive this.”', speaker: 'Lindsey Graham' },
    ]);
  });

  it('quoted words after "on" that are not a capitalized name stay a quote ("insisted on “a fair shake for everyone,”")', () => {
    const quotes = quotesOf('Mayor Ruth Olsen insisted on “a fair shake for everyone,” her spokesman said.');
    expect(quotes.some((q) => q.text.includes('a fair shake for everyone'))).toBe(true);
  });
});

describe('"said on <program> that X" reports X (02-titles records the titles it takes; 06 narrows past them)', () => {
  it('"Warren said on "Meet the Press" that the bill would pass." gives the indirect quote "the bill would pass"', () => {
    expect(quotesOf('Warren said on "Meet the Press" that the bill would pass.')).toEqual([{ kind: 'indirect', text: 'the bill would pass', speaker: 'Warren' }]);
  });

  it('with a day and a channel\'s possessive before the program: the same indirect quote', () => {
    expect(quotesOf('Warren said Sunday on NBC’s "Meet the Press" that the bill would pass.')).toEqual([{ kind: 'indirect', text: 'the bill would pass', speaker: 'Warren' }]);
  });
});
