import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** every indirect quote the rules find: [content, speaker name] */
function reported(body: string): Array<[string, string | null]> {
  return storyQuotes(body, { keepAll: true }).quotes.filter((q) => q.kind === 'indirect').map((q) => [q.text, q.speaker.name]);
}

describe("a sentence opening with 'in' and a survey reports the clause after its comma (reported-steps/poll-setting.ts)", () => {
  it.each([
    ['In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.', '50 percent of respondents chose Clinton', 'NBC News'],
    ['In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead.', 'Mr. Cruz had a 10 percentage-point lead', 'Des Moines Register'],
    ['In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump by eight points.', 'Clinton led Trump by eight points', 'Washington Post-ABC News'],
  ])('%s', (body, content, speaker) => {
    expect(reported(body)).toEqual([[content, speaker]]);
  });

  // review rev27-quotes finding 5: a relative clause on the survey, or a survey that only modifies another noun
  it.each([
    ['In the latest CNN poll, which surveyed 1,000 adults, Trump led by four points.'],
    ['In the CNN poll, which was conducted by ORC, 52 percent backed the deal.'],
    ["In the NBC poll's wake, the campaign fired its manager."],
    ['In the ABC News survey tent at the state fair, volunteers handed out free lemonade.'],
    ['In a CNN poll year, the mayor raised property taxes by 10 percent.'],
  ])('no survey report: %s', (body) => {
    expect(storyQuotes(body, { keepAll: true }).quotes.map((q) => q.cue?.text)).not.toContain('In');
  });

  it("a clause with a cue of its own is that cue's, and a survey elsewhere in the sentence reports nothing", () => {
    expect(reported('In a survey, the council said that rents would rise.')).toEqual([['rents would rise', 'the council']]);
    expect(reported('Trump has a decisive lead in the polls ahead of the primary.')).toEqual([]);
    // a statement is no survey: the sentence's own verb reports, the 'in' phrase does not
    expect(storyQuotes('In a statement, the mayor thanked the volunteers.', { keepAll: true }).quotes.map((q) => q.cue?.text)).not.toContain('In');
  });
});
