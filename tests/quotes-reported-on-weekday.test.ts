import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

describe('"..., Reuters reported on Sunday": the weekday is a time setting, not what was reported on', () => {
  it('reports the clause before the cue', () => {
    const quotes = extractBriefing('The tour grossed more than $2 billion, Reuters reported on Sunday.').quotes;
    expect(quotes.map((q) => [q.text, q.speaker.name, q.cue?.text])).toEqual([['The tour grossed more than $2 billion', 'Reuters', 'reported']]);
  });

  it('keeps "report on" a stance before a possessive weekday ("report on Tuesday\'s vote")', () => {
    const quotes = extractBriefing('The committee will report on Tuesday\'s vote next week.').quotes;
    expect(quotes.every((q) => !q.text.startsWith('on '))).toBe(true);
  });
});
