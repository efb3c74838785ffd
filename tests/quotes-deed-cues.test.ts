import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

// keepAll (storyQuotes): the quote model's drops kept, so this is the deed filter's decision alone
const paraphrases = (body: string): string[] =>
  storyQuotes(body, { title: 'The campaign enters its final week', publishedAt: '2026-03-02' })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => `${q.speaker.name ?? ''}: ${q.text}`);

/** cues.json `notSpeech`: measured on PolNeAR train, these verbs name deeds far more often than words */
describe('a paraphrase whose cue is a deed is not output', () => {
  const deeds: Array<[string, string]> = [
    ['hit', 'Senator Ann Mercer hit the campaign trail with her husband on Monday.'],
    ['rely', 'Governor Tom Reyes has relied on small donors to power his campaign.'],
    ['continue', 'Senator Ann Mercer continued her push on Twitter and Instagram.'],
  ];
  it.each(deeds)('%s', (_lemma, body) => {
    expect(paraphrases(body)).toEqual([]);
  });

  it('a speech cue in the same shape still reports', () => {
    expect(paraphrases('Senator Ann Mercer said on Monday that the campaign would go on.')).toEqual(['Ann Mercer: the campaign would go on']);
  });
});
