import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes: a relative clause on an apposition is said of the name the apposition describes', () => {
  it.each([
    // the apposition's head or a place word inside it spoke before ('a former Fed governor', 'North Carolina')
    ['The plan drew criticism. Laurence Meyer, a former Fed governor who argued that the bank should wait, stayed quiet.', 'Laurence Meyer'],
    ['The vote was close. Senator Richard Burr, a North Carolina Republican who said the bill was flawed, voted no.', 'Richard Burr'],
    ['The race tightened. Gov. John Kasich of Ohio, a Republican who said the party had lost its way, stayed home.', 'John Kasich'],
    // the name after an inverted cue is described all the same
    ['"It is over," said Murray Clark, a former state GOP chair who said the race was decided.', 'Murray Clark'],
  ])('%s', (text, speaker) => {
    const lines = quotes(text);
    expect(lines.some((l) => l.includes(`[${speaker}]`))).toBe(true);
    expect(lines.some((l) => /\[(a former Fed governor|North Carolina|Republican|a former state GOP chair)\]/.test(l))).toBe(false);
  });

  it.each([
    // no comma and determiner open an apposition: the noun the clause follows speaks
    ['Early endorsements came from superdelegates, the party leaders who said they would back the front-runner.', 'the party leaders'],
    // a preposition's object after a place set off by commas describes no name: not the place
    ['The attack in Orlando, Fla., by a gunman who said he backed the group shocked the city.', 'a gunman'],
  ])('keeps the nearby speaker: %s', (text, speaker) => {
    expect(quotes(text).some((l) => l.includes(`[${speaker}]`))).toBe(true);
  });
});
