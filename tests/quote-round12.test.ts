import { describe, expect, it } from 'vitest';
import { quoteLines, reportedMentions } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes round 12: deeds, beliefs and pleas are no quotes', () => {
  const none: Array<[string, string]> = [
    ['a commitment to a deed', 'Last month the company agreed to buy Israeli startup Nexora for $1.1 billion.'],
    ['a settlement agreed to', 'The lender agreed to pay $325 million to settle the charges with 49 states.'],
    ['an intention', 'The campaign is expecting to air a new advertisement next week.'],
    ['a plea to charges', 'Marcus Delaney admitted 14 counts of fraud by abuse of position at Leeds Crown Court.'],
    ['a plea to one charge', 'The driver admitted manslaughter at an earlier hearing.'],
  ];
  it.each(none)('drops %s', (_kind, body) => {
    expect(quotes(body)).toEqual([]);
  });

  const kept: Array<[string, string, string]> = [
    ['agreed that', 'The board agreed that the plan was flawed.', 'indirect [The board] the plan was flawed'],
    ['expects that', 'Officials expect that rates will rise.', 'indirect [Officials] rates will rise'],
    ['expected a clause', 'Brian Deese expected the president would hand him the changes.', 'indirect [Brian Deese] the president would hand him the changes'],
    // an expectation about another is a view held (deeds-with-clauses.json `objectInfinitive`, tests/quotes-view-cues.test.ts)
    ['a belief about another', 'Analysts had expected the bank to hold rates steady.', 'indirect [Analysts] the bank to hold rates steady'],
    ['admitted a clause', 'Joe Biden admitted he was there.', 'indirect [Joe Biden] he was there'],
  ];
  it.each(kept)('keeps %s', (_kind, body, line) => {
    expect(quotes(body)).toEqual([line]);
  });
});

describe('quotes round 12: a time setting opening the sentence is no part of the speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['Last month the company said it would buy a rival.', 'it would buy a rival', 'the company'],
    ['Earlier this year the ministry said prices would rise.', 'prices would rise', 'the ministry'],
    ['Last week Acme Corp said it would cut 200 jobs.', 'it would cut 200 jobs', 'Acme Corp'],
    // a name holding a time word stays whole
    ['Super Tuesday voters said they were tired.', 'they were tired', 'Super Tuesday voters'],
  ];
  it.each(cases)('%s', (body, content, speaker) => {
    expect(reportedMentions(body)).toEqual([[content, speaker]]);
  });
});

describe('quotes round 12: a transcript letter label names no speaker', () => {
  it('drops the questions of a Q: turn, keeps a named role', () => {
    const found = quotes('Q: Where did the idea come from?\n\nA: From working nights in a warehouse.');
    expect(found.filter((q) => q.includes('[Q]'))).toEqual([]);
    expect(quotes('MODERATOR: We will now take questions from the floor.').some((q) => q.includes('[MODERATOR]'))).toBe(true);
  });
});
