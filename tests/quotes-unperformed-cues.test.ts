import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes: a cue after could, should or may reports nothing', () => {
  it.each([
    ['With such a razor-thin margin, Sanders could have requested a recount.', /a recount/],
    ['The committee should formally ask the counsel to refer the matter to the court.', /the counsel/],
    ['Trump and Sanders may blame trade deals for the plight of workers.', /trade deals/],
    ['He could not resist taking swipes at Rubio.', /swipes/],
    // 'could' under a negation is no past ability: nothing was confirmed
    ['Police could not confirm that a man had been arrested.', /a man had been arrested/],
  ])('%s', (text, words) => {
    expect(quotes(text).filter((l) => words.test(l))).toEqual([]);
  });

  it.each([
    // 'would' after a cue is the reported future, and a cue with no modal before it reports
    ['Sanders said he would campaign with him.', 'indirect [Sanders] he would campaign with him'],
    ['Sanders requested a recount, his aides said.', 'indirect [his aides] Sanders requested a recount'],
    // the modal inside the content is the speaker's: the cue before it still reports
    ['The mayor said the city could raise taxes.', 'indirect [The mayor] the city could raise taxes'],
    // 'could' of past ability reports what the speaker managed to say: 'only' before or after the cue, or 'confirm'
    ['A spokesman could only say that the matter was under review.', 'indirect [A spokesman] the matter was under review'],
    ['Asked whether he would resign, Jones could say only that he had no plans to.', 'indirect [Jones] he had no plans to'],
    ['Police could confirm that a man had been arrested in connection with the attack.', 'indirect [Police] a man had been arrested in connection with the attack'],
  ])('the report nearby stays: %s', (text, line) => {
    expect(quotes(text)).toContain(line);
  });
});
