import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** every quote the stage finds, with its confidence ignored, as 'speaker: text' */
const quotesOf = (body: string): string[] => storyQuotes(body, { title: 'Talks resume in the capital', publishedAt: '2026-03-02' }).quotes.map((q) => `${q.speaker.name ?? ''}: ${q.text}`);

describe("'s before a past participle after a pronoun subject is 'has', not a passive", () => {
  const reports: Array<[string, string, string]> = [
    ["who's called for", "Senator Ann Mercer, who's called for a new inquiry into the deal, left for Brussels on Monday.", 'Ann Mercer: a new inquiry into the deal'],
    ["who's said that", "Mayor Tom Reyes, who's said that the budget will balance, spoke on Monday.", 'Tom Reyes: the budget will balance'],
  ];
  it.each(reports)('%s reports', (_title, body, expected) => {
    const quotes = quotesOf(body);
    expect(quotes.some((q) => q.endsWith(expected.split(': ')[1]!) && q.includes(expected.split(': ')[0]!)), JSON.stringify(quotes)).toBe(true);
  });

  const passives: Array<[string, string, string]> = [
    ["it's said that: the impersonal passive", "It's said that the mayor lied about the budget.", 'the mayor lied'],
    ["he's said to be: a passive all the same", "Tom Reyes, who's said to be close to the governor, left on Monday.", 'close to the governor'],
  ];
  it.each(passives)('%s is no report', (_title, body, content) => {
    const quotes = quotesOf(body);
    expect(quotes.filter((q) => q.includes(content)), JSON.stringify(quotes)).toEqual([]);
  });
});
