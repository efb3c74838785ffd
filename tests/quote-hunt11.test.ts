import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-11-20' });

// made-up articles nobody tuned for (hunt 11, 2026-11-20)
describe('a listing is no quote', () => {
  it.each([
    ['Nordlys, which was founded in Trondheim in 2015 and listed on the Oslo Stock Exchange in 2022, has mostly sold tablets to utilities.'],
    ['The company listed on Nasdaq in 2019.'],
  ])('%s', (body) => {
    expect(quotes(body)).toEqual([]);
  });

  it('keeps a list of things someone gave', () => {
    expect(quotes('The senator listed steps taken to ensure charities are not financing terrorism.')).toEqual([
      'indirect [The senator] steps taken to ensure charities are not financing terrorism',
    ]);
  });
});

describe('a year before a subject pronoun is no part of the speaker', () => {
  it.each([
    ['After retiring in 1997 she said the fishery had recovered.', 'she'],
    ['In 2014 they said the plan would fail.', 'they'],
  ])('%s', (body, pronoun) => {
    const found = extractBriefing(body).quotes;
    expect(found.length).toBe(1);
    const { speaker } = found[0]!;
    expect(speaker.mention && body.slice(speaker.mention.start, speaker.mention.end)).toBe(pronoun);
    expect(speaker.name ?? pronoun).not.toMatch(/\d/);
  });
});
