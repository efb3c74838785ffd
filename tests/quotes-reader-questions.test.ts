import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Campaign notes', publishedAt: '2026-12-05' });

describe("quotes: a question to the one addressed ('Do you support ...?') reports nothing (reader-questions.ts)", () => {
  it.each([
    ['Do you support Donald Trump?', /Donald Trump/],
    ['How do you think he will be able to win the state?', /win the state/],
    ['The governor spoke on Monday. Do you believe the levy will pass?', /the levy will pass/],
  ])('%s', (text, words) => {
    expect(quotes(text).filter((l) => words.test(l))).toEqual([]);
  });

  it.each([
    // a statement with 'you' as the subject is left as it was, and a question's third-person report nearby stays
    ['You said last week that the tax was fair.', /the tax was fair/],
    ['Smith said the levy would pass. Do you support it?', /\[Smith\] the levy would pass/],
  ])('the report nearby stays: %s', (text, line) => {
    expect(quotes(text).some((l) => line.test(l)), JSON.stringify(quotes(text))).toBe(true);
  });
});
