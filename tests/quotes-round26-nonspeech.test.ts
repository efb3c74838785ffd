import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';

const TITLE = 'Council approves stadium plan\n\n';

function quotesOf(text: string) {
  return runUntil(createDoc(text, '2026-03-02'), 'quotes').quotes!.quotes;
}
const shown = (text: string): string => JSON.stringify(quotesOf(text).map((q) => [q.kind, q.speaker.name, q.text, q.confidence]));

describe('round 26: a headline infinitive is no paraphrase', () => {
  const none: string[] = [
    // a headline's to-infinitive narrates an intention, no clause said (unreported-shapes.ts headlineDeed)
    'Residents vow to fight 400-home plan after councillors back Greenfield Lane scheme\n\nThe council met on Monday.',
    'Nurses pledge to strike over pay offer\n\nThe union met on Monday.',
  ];
  it.each(none)('%s', (text) => {
    expect(quotesOf(text).filter((q) => q.kind === 'indirect'), shown(text)).toEqual([]);
  });

  const kept: Array<[string, string, string]> = [
    // the 'saying' clause after 'welcomed the decision' is what was said
    [`${TITLE}The union welcomed the decision, saying it would protect jobs at the plant.`, 'The union', 'it would protect jobs at the plant'],
    // a clause after 'welcome' says something
    [`${TITLE}The council welcomed that the deal had been signed.`, 'The council', 'the deal had been signed'],
    // 'reject' with a speech noun and its clause stays (PolNeAR train: 'reject' + noun phrase 10 of 14 right)
    [`${TITLE}The mayor rejected claims that he lied about the budget.`, 'The mayor', 'claims that he lied about the budget'],
    // a headline paraphrase with a clause stays (capped by headline-quotes.ts)
    ['Mayor says stadium plan will create 2,000 jobs\n\nThe mayor spoke on Monday.', 'Mayor', 'stadium plan will create 2,000 jobs'],
    // in the body, 'vow' + infinitive is a promise made (PolNeAR marks it)
    [`${TITLE}Residents vowed to fight the plan, saying it would flood the valley.`, 'Residents', 'to fight the plan'],
    // in the body the 'vow' headline's neighbours stay
    ['Residents vow to fight 400-home plan after councillors back Greenfield Lane scheme\n\nThe council said the plan was sound.', 'The council', 'the plan was sound'],
  ];
  it.each(kept)('%s', (text, speaker, content) => {
    const q = quotesOf(text).find((x) => x.kind === 'indirect' && x.text === content);
    expect(q, shown(text)).toBeDefined();
    expect(q!.speaker.name).toBe(speaker);
  });

  it('quoted words after "welcome" are still a partial quote', () => {
    const text = `${TITLE}The minister welcomed the ruling as "a victory for common sense".`;
    expect(quotesOf(text).some((q) => q.kind === 'partial' && q.text.includes('a victory for common sense')), shown(text)).toBe(true);
  });
});

describe('round 26: what was requested is no paraphrase', () => {
  // 'request' + a bare noun phrase names what was asked for (words.json objectNotContent; PolNeAR train 4 of 10 right)
  const none: string[] = [
    `${TITLE}A White House official requested anonymity to discuss a private conversation.`,
    `${TITLE}Republican legislators are requesting new investigations.`,
  ];
  it.each(none)('%s', (text) => {
    expect(quotesOf(text).filter((q) => q.kind === 'indirect'), shown(text)).toEqual([]);
  });

  const kept: Array<[string, string, string]> = [
    // a clause after 'request' says what should happen
    [`${TITLE}The union requested that the vote be delayed until March.`, 'The union', 'the vote be delayed until March'],
    // the 'saying' clause after 'requested a delay' is what was said
    [`${TITLE}The union requested a delay, saying members had not seen the plan.`, 'The union', 'members had not seen the plan'],
    // 'ask for' + a noun phrase stays: PolNeAR train 4 of 5 right
    [`${TITLE}Lancashire County Council, the highways authority, asked for £1.8 million towards junction improvements.`, 'Lancashire County Council', '£1.8 million towards junction improvements'],
  ];
  it.each(kept)('%s', (text, speaker, content) => {
    const q = quotesOf(text).find((x) => x.kind === 'indirect' && x.text === content);
    expect(q, shown(text)).toBeDefined();
    expect(q!.speaker.name).toBe(speaker);
  });
});
