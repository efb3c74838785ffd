import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Poll notes', publishedAt: '2026-12-05' });

describe('quotes: ", compared with" sets figures side by side and reports nothing (reported-steps/comparison-participles.ts)', () => {
  it.each([
    // the base build (before the step) gave 'indirect [the top earners took home an average of $120,000] with ...'
    ['Last year, the top earners took home an average of $120,000, compared with the median worker’s $45,000.', /45,000/],
    ['In the private sector, senior managers earned a median salary of $90,000, compared with women’s $61,000.', /61,000/],
    ['Asked if the levy was fair, 46 percent of residents said yes, compared with 23 percent who said the council had misled them.', /with 23 percent/],
  ])('%s', (text, words) => {
    expect(quotes(text).filter((l) => words.test(l))).toEqual([]);
  });

  it.each([
    // someone compares something: an object comes before 'to'
    ['Henry compared Trump to former California Gov. Pete Wilson.', /^indirect \[Henry\] Trump to former California Gov. Pete Wilson/],
    // the report the comparison swallowed stands on its own
    ['Asked if the levy was fair, 46 percent of residents said yes, compared with 23 percent who said the council had misled them.', /^indirect \[23 percent\] the council had misled them$/],
  ])('the report nearby stays: %s', (text, line) => {
    expect(quotes(text).some((l) => line.test(l))).toBe(true);
  });
});
