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

describe('quotes: a role with its place before an apposition speaks, not the place nor a party word', () => {
  it.each([
    // 'a Republican' (a party word after an indefinite article) or the place 'Ohio' spoke before
    ['The governor of Ohio, a Republican, said that the budget would be balanced.', 'The governor'],
    ['The senator from Ohio, a Democrat, said that the bill would pass.', 'The senator'],
    // a share of a group, with its figure set off by commas
    ['Most voters disapprove. A third of independents, 33%, say they feel that way.', 'A third of independents'],
  ])('%s', (text, speaker) => {
    const lines = quotes(text);
    expect(lines.some((l) => l.includes(`[${speaker}]`))).toBe(true);
    expect(lines.some((l) => /\[(Republican|Democrat|Ohio|33%?)\]/.test(l))).toBe(false);
  });

  it.each([
    // a name with its place keeps the name; a role with a possessive leaves the name in its apposition to speak
    ['Gov. John Kasich of Ohio, a Republican, said that the budget would be balanced.', 'John Kasich'],
    ["Mrs. Clinton's director of communications, Jennifer Palmieri, said that the email was private.", 'Jennifer Palmieri'],
    // a role inside a run of chunks is an apposition of the name further back
    ['Morton Blackwell, founder of the Leadership Institute and long time committeeman from Virginia, said that Cruz would win.', 'Morton Blackwell'],
  ])('keeps the nearby name: %s', (text, speaker) => {
    expect(quotes(text).some((l) => l.includes(`[${speaker}]`))).toBe(true);
  });

  it('reads no role before an adverbial between commas as a subject with its apposition', () => {
    // 'for example' is no apposition: the words of a deed stay dropped as before
    const text = "Top male executives in the federal government, for example, earned a median salary of $98,000, compared with females' $93,000.";
    expect(quotes(text).some((l) => l.includes('[Top male executives]'))).toBe(false);
  });
});
