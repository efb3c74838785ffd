import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** the default output's direct and partial quotes: [content, speaker name] */
function marked(body: string): Array<[string, string]> {
  const { source, quotes } = storyQuotes(body, { keepAll: false });
  return quotes.filter((q) => q.kind !== 'indirect').map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
}

describe("a labelling verb's object with an aside before the quoted label (object-aside-label.ts)", () => {
  it.each([
    [
      'Speaking at a rally in Tampa on Wednesday, Mayor Lind called Okafor, her rival for the seat, a "career politician."',
      'Okafor, her rival for the seat, a "career politician."',
    ],
    ['Early in the race, Lind attacked Okafor, calling him, among other things, "a failed candidate."', 'him, among other things, "a failed candidate."'],
    ['Lind called Okafor, who chairs the board, a "menace."', 'Okafor, who chairs the board, a "menace."'],
    ['Lind dubbed the levy, a tax on every berth, a "harbour grab."', 'the levy, a tax on every berth, a "harbour grab."'],
  ])('%s', (body, content) => {
    expect(marked(body)).toContainEqual([content, expect.stringContaining('Lind')]);
  });

  it.each([
    // a verb that puts no label on its object: what follows its object's comma is no label of it
    'Lind praised Okafor, her rival for the seat, a "career politician."',
    // an aside with a verb of its own is a clause, not an apposition
    'The council called the meeting, held on Monday, a "success" for the harbour.',
    // a long stretch after the aside is no label
    'Lind called Okafor, her rival, a man who has never once in his life run a "business."',
  ])('no quote: %s', (body) => {
    expect(marked(body)).toEqual([]);
  });
});
