import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

// keepAll (storyQuotes): the quote model's drops kept, so these are the speech-act filter's decisions alone
const paraphrases = (body: string): string[] =>
  storyQuotes(body, { title: 'Notes from the week', publishedAt: '2026-12-01' })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => `${q.speaker.name ?? ''}: ${q.text}`);

/** cues.json `notSpeech` 'use': a cue 0.09 of the times PolNeAR train has it, no default-output paraphrase right on train or dev */
describe('"use" reports no words', () => {
  const deeds: Array<[string, string]> = [
    ['modal', 'Active Travel England already has the power to withhold funding. It should use that power for junctions too.'],
  ];
  it.each(deeds)('%s', (_shape, body) => {
    expect(paraphrases(body)).toEqual([]);
  });
});

/** compound-noun-cue.ts: an -s cue that is also a plural noun, right after a bare singular noun, is a compound */
describe('a compound noun read as subject and verb quotes no one', () => {
  const compounds: Array<[string, string]> = [
    ['weather forecasts', 'Q: What would help most? A: Water first. And weather forecasts we can trust, for the whole season.'],
  ];
  it.each(compounds)('%s', (_pair, body) => {
    expect(paraphrases(body)).toEqual([]);
  });

  const speech: Array<[string, string, string]> = [
    ['a named subject', 'The agency forecasts the economy will grow by 2 percent next year.', 'The agency: the economy will grow by 2 percent next year'],
    ['a plural subject', 'Analysts claim the merger will cut 2,000 jobs.', 'Analysts: the merger will cut 2,000 jobs'],
  ];
  // guards against the rule reaching further: these pass before and after
  it.each(speech)('still a report after %s', (_shape, body, expected) => {
    expect(paraphrases(body)).toEqual([expected]);
  });
});

/** resolve organization-pronouns.ts: the speaker before the verb may be a name with its short form in parentheses */
describe('"it" after "The Institute ... (IMGW) said" refers to the institute', () => {
  const quotesOf = (text: string) => storyQuotes(text, { title: 'Floods', publishedAt: '2026-12-01' }).quotes;
  it('the name and its short form in parentheses', () => {
    const text =
      'Rivers burst their banks across the region.\n\nThe Institute of Meteorology and Water Management (IMGW) said some areas had received more rain in three days than in three months. It warned that the flood wave would reach Wroclaw by Tuesday.';
    const q = quotesOf(text).find((x) => x.text.startsWith('the flood wave would reach'));
    expect(q?.speaker.entityId).not.toBeNull();
    expect(q!.speaker.name).toMatch(/Institute|IMGW/);
  });
  it('left alone when a person spoke before', () => {
    const text =
      'Rivers burst their banks across the region.\n\nThe flood wave is rising (so far), Anna Nowak said. It warned that the flood wave would reach Wroclaw by Tuesday.';
    const q = quotesOf(text).find((x) => x.text.startsWith('the flood wave would reach'));
    expect(q?.speaker.entityId ?? null).toBeNull();
  });
});

/** resolve organization-pronouns.ts: ', although it warned that' after the organization's own report in the same sentence */
describe('"it" opening a second clause refers to the organization that spoke in the first', () => {
  const quotesOf = (text: string) => storyQuotes(text, { title: 'Rain outlook', publishedAt: '2026-12-01' }).quotes;
  it('", although it warned that ..."', () => {
    const text =
      'Farmers are waiting for rain.\n\nThe South African Weather Service said on Thursday that it expected normal rainfall across most of the region, although it warned that forecasts for the North West remained uncertain.';
    const q = quotesOf(text).find((x) => x.text.startsWith('forecasts for the North West'));
    expect(q?.speaker.entityId).not.toBeNull();
    expect(q!.speaker.name).toMatch(/Weather Service/);
  });
  it('left alone when a person spoke first', () => {
    const text =
      'Farmers are waiting for rain.\n\nThabo Mokoena said on Thursday that he expected normal rainfall, although it warned that forecasts for the North West remained uncertain.';
    const q = quotesOf(text).find((x) => x.text.startsWith('forecasts for the North West'));
    expect(q?.speaker.entityId ?? null).toBeNull();
  });
});
