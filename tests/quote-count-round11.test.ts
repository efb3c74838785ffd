import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// made-up sentences: a count of people ("Six in 10") speaks as one subject, not its first number
describe('a count of people is one speaker', () => {
  it.each([
    ['Six in 10 say they want a change.', 'Six in 10'],
    ['One in five voters said the economy was weak.', 'One in five voters'],
  ])('%s', (text, speaker) => {
    const quotes = extractBriefing(text).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });

  it('still steps back over a preposition after a noun ("Officials in Tokyo said")', () => {
    expect(extractBriefing('Officials in Tokyo said the talks would resume.').quotes.map((q) => q.speaker?.name)).toEqual(['Officials']);
  });
});
