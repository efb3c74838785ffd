import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

function quotesOf(sentence: string): Array<{ text: string; speaker: string | null }> {
  const briefing = extractBriefing(`Talks resume in the capital\n\n${sentence}`, { publishedAt: '2026-03-02' });
  return briefing.quotes.map((q) => ({ text: q.text, speaker: q.speaker.name }));
}

describe('a document put out before a clause opener is what speaks, not the phrase after the opener', () => {
  const documents: Array<[string, string]> = [
    ['a communiqué issued after a summit', 'A communiqué issued after the summit said the region would not intervene.'],
    ['a letter sent before a hearing', 'A letter sent before the hearing said the company had misled investors.'],
    ['a statement released after a meeting', 'A statement released after the meeting said the bank would cut rates.'],
  ];
  for (const [title, sentence] of documents) {
    it(`${title}: no quote by the event`, () => {
      // the document names no one, so its words are not given to anyone (referents.ts)
      expect(quotesOf(sentence)).toEqual([]);
    });
  }

  it('a document that is no subject of the cue leaves the clause after "after" alone', () => {
    expect(quotesOf('The report surfaced after the senator said he would resign.')).toEqual([{ text: 'he would resign', speaker: 'the senator' }]);
    expect(quotesOf('The market rallied after the president said rates would fall.')).toEqual([{ text: 'rates would fall', speaker: 'the president' }]);
  });
});
