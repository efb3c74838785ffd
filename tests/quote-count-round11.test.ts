import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// made-up sentences: a count of people ("Six in 10") speaks as one subject, not its first number
describe('a count of people is one speaker', () => {
  it.each([
    ['Six in 10 say they want a change.', 'Six in 10'],
    ['One in five voters said the economy was weak.', 'One in five voters'],
    // the percent sign is the count's noun, as 'percent' is: '42%' alone was no subject and the report was lost
    ['In the poll, 42% say they are liberal.', '42%'],
    ['On defense, 47% of voters said the army needs more troops.', '47% of voters'],
    // the count opens the subject after a comma, or is the antecedent of 'who'
    ['Of the 400 workers, 10% said they would strike.', '10%'],
    ['A majority, 56%, dislike him, including 18% who say they would be dissatisfied.', '18%'],
    // a count that is a verb's or preposition's object is no subject: the speaker after 'as' is (review rev24-c finding 2)
    ['Shares fell 4% as investors said the outlook was weak.', 'investors'],
    ['The rate fell to 4% as economists said inflation was cooling.', 'economists'],
    // a percent sign in a preposition's object after the cue is the setting's, not the content's
    ['Voters say by 55%-41% that the tax should stay.', 'Voters'],
  ])('%s', (text, speaker) => {
    const quotes = extractBriefing(text).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });

  it('keeps a percentage that is no subject out of the speaker ("Shares rose 5% after the chief executive said")', () => {
    const quotes = extractBriefing('Shares rose 5% after the chief executive said profits would grow. Sales fell 3%, the company said.').quotes;
    expect(quotes.map((q) => [q.speaker?.name, q.text])).toEqual([
      ['the chief executive', 'profits would grow'],
      ['the company', 'Sales fell 3%'],
    ]);
  });

  it('reads no percentage after an adverb as a subject ("Up 5% said analysts")', () => {
    expect(extractBriefing('Up 5% said analysts at the bank, who expected more gains.').quotes).toEqual([]);
  });

  it('still steps back over a preposition after a noun ("Officials in Tokyo said")', () => {
    expect(extractBriefing('Officials in Tokyo said the talks would resume.').quotes.map((q) => q.speaker?.name)).toEqual(['Officials']);
  });
});
