import { describe, expect, it } from 'vitest';
import learnedFrames from '../src/data/quotes/learned-frames.json';
import { extractBriefing } from '../src/index';

const TITLE = 'Council weighs budget\n\n';

/** the quotes of the default output: [kind, speaker name, content] */
function quotesOf(body: string): Array<[string, string | null, string]> {
  const source = TITLE + body;
  return extractBriefing(source).quotes.map((q) => [q.kind, q.speaker.name, source.slice(q.span.start, q.span.end)]);
}

describe('indirect quotes: frames learned from PolNeAR (learned-frames.json)', () => {
  it.each([
    // a learned verb + preposition: the content is the preposition's object
    ['referring to', '"The revolution is real," Ramos said, referring to the growing Hispanic community.', 'the growing Hispanic community'],
    ['write about', 'Senator Blackwell wrote about the organizational strength of the campaign.', 'the organizational strength of the campaign'],
    ['questioned whether', 'Mayor Ruth Klein questioned whether the budget could survive another year.', 'the budget could survive another year'],
    // a listed clause verb whose object is what was said
    ['suggested a', 'Mayor Ruth Klein suggested a compromise on the school budget.', 'a compromise on the school budget'],
  ])('%s', (_name, body, content) => {
    expect(quotesOf(body).filter(([kind]) => kind === 'indirect').map(([, , c]) => c)).toEqual([content]);
  });

  it.each([
    // a negated infinitive after the addressee is the same request
    ['told X not to', 'Since October, city officials have told Flint residents not to drink the water.', 'Flint residents not to drink the water'],
    // an indirect question after the addressee
    ['told X how', 'Mayor Ruth Klein told reporters how she had saved the hotel.', 'how she had saved the hotel'],
  ])('addressee frames: %s', (_name, body, content) => {
    expect(quotesOf(body).filter(([kind]) => kind === 'indirect').map(([, , c]) => c)).toEqual([content]);
  });

  it('a participle after an inverted attribution speaks for its subject', () => {
    const body = '“The rhetoric was heated,” said Tad Devine, a senior adviser, noting that the contests would be calmer.';
    expect(quotesOf(body).filter(([kind]) => kind === 'indirect')).toEqual([['indirect', 'Tad Devine', 'the contests would be calmer']]);
    // 'X told Y, noting ...' and 'to release his taxes, calling ...' have their subject before the verb
    const told = quotesOf('“I regard Donald as an old friend,” Newt Gingrich told Bill O’Reilly, noting that the two men talked often.');
    expect(told.filter(([kind]) => kind === 'indirect').map(([, name]) => name)).toEqual(['Newt Gingrich']);
  });

  it.each([
    ['however', 'Senator Tim Kaine now says, however, that he is a strong advocate for abortion rights.', 'he is a strong advocate for abortion rights'],
    ['with the benefit of hindsight', 'Mayor Ruth Klein can now say, with the benefit of hindsight, that the objective has been met.', 'the objective has been met'],
  ])('an aside between commas before "that": %s', (_name, body, content) => {
    expect(quotesOf(body).filter(([kind]) => kind === 'indirect').map(([, , c]) => c)).toEqual([content]);
  });

  it('a participle between commas after the opening subject speaks for it', () => {
    const quotes = quotesOf('The Wall Street Journal, citing internal documents, reported that the campaign was spending heavily.');
    expect(quotes.filter(([kind]) => kind === 'indirect').map(([, name, c]) => [name, c])).toEqual([
      ['Wall Street Journal', 'internal documents'],
      ['Wall Street Journal', 'the campaign was spending heavily'],
    ]);
    expect(quotesOf('The mayor, smiling broadly, left the room.')).toEqual([]);
  });

  it("according to a publisher's document: the possessor speaks, without its 's", () => {
    const body = 'Outside groups spent more than $2.5 million on phone banking, according to POLITICO’s analysis.';
    expect(quotesOf(body)).toEqual([['indirect', 'POLITICO', 'Outside groups spent more than $2.5 million on phone banking']]);
  });

  it('a passive "referred to" names no speaker: no quote', () => {
    expect(quotesOf('The plan is referred to as the tax of the decade.').filter(([kind]) => kind === 'indirect')).toEqual([]);
  });

  it('the learned frames are as precise on PolNeAR train as scripts/learn-cue-frames.ts requires', () => {
    const { prepositional, object } = learnedFrames as { prepositional: Record<string, Record<string, number>>; object: Record<string, number> };
    for (const words of Object.values(prepositional)) for (const p of Object.values(words)) expect(p).toBeGreaterThanOrEqual(0.7);
    for (const p of Object.values(object)) expect(p).toBeGreaterThanOrEqual(0.7);
    expect(Object.keys(prepositional)).toContain('refer');
  });
});

describe('the non-speech quotes of issue 12 stay out with the learned frames on', () => {
  it.each([
    'Sterling fell as the Bank of England prepared to raise interest rates again.',
    "The country faces destitution and economic policies Mr Mugabe's critics have long blamed on him.",
    'Mr Obama pointed to the window and walked out.',
  ])('%s', (body) => {
    expect(quotesOf(body)).toEqual([]);
  });

  it('which they cited as evidence: no quote of it (praising the talks is one)', () => {
    const quotes = quotesOf('Obama praised the talks, which they cited as evidence of a new spirit of cooperation.');
    expect(quotes.filter(([, , c]) => c.includes('evidence'))).toEqual([]);
  });
});
