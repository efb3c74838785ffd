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
