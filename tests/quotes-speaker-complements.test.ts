import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** [quote text, speaker name, speaker mention as written, entity or not] of each quote */
function speakers(text: string): Array<[string, string | null, string | null, boolean]> {
  return extractBriefing(text).quotes.map((q) => [q.text, q.speaker.name, q.speaker.mention ? text.slice(q.speaker.mention.start, q.speaker.mention.end) : null, q.speaker.entityId !== null]);
}

/**
 * A speaker with no entity runs on over its 'of' or 'for' complement (speaker-complement.ts). PolNeAR train without
 * held-back: 123 speaker mentions grew where a gold source is there; 109 of them the gold source covers the
 * complement, 0 stops before it, 14 were the wrong speaker before and after; no quote is added, dropped or changes its
 * confidence.
 */
describe('a speaker is not cut before its "of" or "for" complement (speaker-complement.ts)', () => {
  it.each([
    ['"Rates are up," said the International Chamber of Shipping.', 'International Chamber of Shipping'],
    ['"We are done," the president of the International Chamber of Shipping said.', 'the president of the International Chamber of Shipping'],
    ['The head of the Service Employees International Union said he was worried about the talks.', 'The head of the Service Employees International Union'],
    ['A dozen members of Congress told reporters the bill would pass.', 'A dozen members of Congress'],
    ['A spokesman for the buyer said the deal was done.', 'A spokesman for the buyer'],
    ['"We are done," said a spokeswoman for YouTube.', 'a spokeswoman for YouTube'],
  ])('%s', (text, name) => {
    const [q] = speakers(text);
    expect(q?.[1]).toBe(name);
    expect(q?.[2]).toBe(name);
  });

  it('a person entity keeps its mention: "Patricia Moran of Cheyenne" is Patricia Moran', () => {
    expect(speakers('"We are done," said Patricia Moran of Cheyenne.')).toEqual([['We are done,', 'Patricia Moran', 'Patricia Moran', true]]);
  });

  it.each([
    ['The company for the first time said profits fell.', 'The company'],
    ['Officials for decades have said the dam is safe.', 'Officials'],
  ])('a time setting after "for" is no part of the speaker: %s', (text, name) => {
    expect(speakers(text).map((q) => q[1])).toEqual([name]);
  });

  // set phrases of the verb after 'of' or 'for' are no part of who speaks (review rev25-a, finding 2:
  // speaker-complements.json adverbialHeads); the whose-complements beside them, with or without a determiner, still go on
  it.each([
    ['Experts of course said the risk was small.', 'Experts'],
    ['The government of course said the plan was legal.', 'The government'],
    ['The company of course said it would appeal.', 'The company'],
    ['Parents of course said they were worried.', 'Parents'],
    ['The bank for example said it would cut rates.', 'The bank'],
    ['Analysts for instance said the stock was cheap.', 'Analysts'],
    ['Residents for the most part said they felt safe.', 'Residents'],
    ['Doctors for the most part said the vaccine was safe.', 'Doctors'],
    ['Workers for the most part said they would accept the offer.', 'Workers'],
    ['Investors for a change said they were optimistic.', 'Investors'],
    ['Officials for security reasons said the road would close.', 'Officials'],
    ['Shoppers for the holidays said prices were high.', 'Shoppers'],
    ['Parents of the pupils said they were worried.', 'Parents of the pupils'],
    ['Analysts for Goldman said the stock was cheap.', 'Analysts for Goldman'],
    ['A group of rabbis said the plan was fair.', 'A group of rabbis'],
  ])('a set phrase after "of" or "for" stays out: %s', (text, name) => {
    expect(speakers(text).map((q) => q[1])).toEqual([name]);
  });

  it('a pronoun complement stays as the partitive reads it, and a document before "of" still names no one', () => {
    expect(speakers('Many of them said they would stay in the city.').map((q) => q[1])).toEqual(['Many of them']);
    expect(speakers('An analysis of the filings said the rent had doubled.')).toEqual([]);
  });
});
