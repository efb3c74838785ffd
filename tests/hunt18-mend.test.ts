import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/**
 * Mends of the hunt-18 review: each row is one of the review's probe sentences and failed before its fix.
 */

const brief = (text: string) => extractBriefing(text, { publishedAt: '2026-12-01' });

describe('short names: a lone surname written after the person\'s full name is the person\'s', () => {
  it.each<[text: string, quoteText: string, speaker: string]>([
    ['The Trump Organization reported a loss. Donald Trump said the loss was small. Trump said he would sue.', 'he would sue', 'Donald Trump'],
    ['Kishida Cabinet approves budget\n\nPrime Minister Fumio Kishida said the budget was needed. Kishida told reporters it would pass.', 'it would pass', 'Fumio Kishida'],
  ])('%s', (text, quoteText, speaker) => {
    const quote = brief(text).quotes.find((q) => q.text.startsWith(quoteText));
    expect(quote?.speaker?.name).toBe(speaker);
  });
});

describe('reported participles: a preposition after the verb\'s object does not hide the speaker', () => {
  it.each<[text: string, speakers: (string | null)[]]>([
    ['Officers arrested a man at the scene claiming that he was a doctor.', []],
    ['There is a clause in the contract saying that the buyer must pay.', ['the contract']],
    ['The senator pointed to a line in the report stating that costs would rise.', []],
    ['Morrison has written to the Scottish Government asking it to step in.', ['Morrison']],
  ])('%s', (text, speakers) => {
    expect(brief(text).quotes.map((q) => q.speaker?.name ?? null)).toEqual(speakers);
  });
});
