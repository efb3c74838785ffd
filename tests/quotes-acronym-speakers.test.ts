import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

describe('an acronym spelled like a pronoun is a speaker, not a relative pronoun', () => {
  it('credits "according to the WHO" to the WHO, not to "the"', () => {
    const quotes = extractBriefing('Malaria killed 608,000 people in 2022, according to the WHO.').quotes;
    expect(quotes.map((q) => q.speaker.name)).toEqual(['WHO']);
  });

  it('still cuts a relative "who" off a speaker phrase', () => {
    const quotes = extractBriefing('The rate rose in 2022, according to doctors who treated patients in the region.').quotes;
    expect(quotes.every((q) => q.speaker.name !== 'the')).toBe(true);
  });
});
