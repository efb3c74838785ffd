import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** The direct and partial quotes of a short story, as "kind [speaker] quoted text". */
function quotes(body: string): string[] {
  const { source, quotes } = storyQuotes(body, { title: 'Council notes', publishedAt: '2016-06-06' });
  return quotes.filter((q) => q.kind !== 'indirect').map((q) => `${q.kind} [${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

describe('direct quotes: a participle after the closing mark has no subject after it', () => {
  it('"...," telling reporters: the addressee is no speaker', () => {
    const out = quotes('Mayor Ellen Park has hailed the vote to close the depot as "overdue," telling reporters during a visit to the site that the city had waited too long.');
    expect(out.some((q) => q.includes('[reporters]'))).toBe(false);
    expect(out).toContain('partial [Ellen Park] the vote to close the depot as "overdue,"');
  });
});

describe('partial quotes: a narrator\'s aside after a comma ends the content', () => {
  it('a non-restrictive relative clause, an example list or a nominal comment', () => {
    expect(quotes('Senator Dale Morrow said he would "take a close look" at the bill, which would give counties more time to file.')).toEqual([
      'partial [Dale Morrow] he would "take a close look" at the bill',
    ]);
    expect(quotes('Senator Dale Morrow said the county would "not tolerate" delays at the port, a swipe at the shipping firms that run it.')).toEqual([
      'partial [Dale Morrow] the county would "not tolerate" delays at the port',
    ]);
    expect(quotes('Senator Dale Morrow said the region was built on the "maker economy" that its founders started, including the mills along the river.')).toEqual([
      'partial [Dale Morrow] the region was built on the "maker economy" that its founders started',
    ]);
  });

  it('keeps a comma inside the content that no aside follows', () => {
    expect(quotes('Senator Dale Morrow said the plan was "a mess" from the start, and the county should drop it.')).toEqual([
      'partial [Dale Morrow] the plan was "a mess" from the start, and the county should drop it',
    ]);
  });
});
