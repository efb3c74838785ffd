import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// kinds of error found on made-up pages nobody tuned for (hunt 21: a fraud trial, a match report, a takeover, a
// wildfire live blog, a robbery charge, a musician's obituary, a space-probe study, a celebrity split), written here
// in other words

const brief = (text: string) => extractBriefing(text, { publishedAt: '2026-12-01' });
const quotes = (text: string): string[] => brief(text).quotes.map((q) => `${q.speaker.name ?? '-'}: ${q.text}`);
const organizations = (text: string): string[] => brief(text).entities.filter((e) => e.type === 'organization').map((e) => e.name);

describe('a pronoun and its verb after a cue open the reported clause; they are no inverted speaker', () => {
  it.each([
    [
      'a possessive subject, an apposition and a relative clause',
      "Kessler's largest shareholder, the activist fund Greywater Partners, which owns about 9% of the company, said it supported the deal.",
      'Greywater Partners: it supported the deal',
    ],
    [
      'a title, an apposition and a relative clause',
      'The former chairman, the banker Lena Ostrow, who resigned in May, said she had warned the board about the debts.',
      'Lena Ostrow: she had warned the board about the debts',
    ],
  ])('%s', (_kind, text, quote) => {
    expect(quotes(text)).toEqual([quote]);
  });

  // the right output nearby: an inverted pronoun at the end of its sentence still speaks, and so does an inverted name
  it.each([
    ['an inverted pronoun', 'The deal is dead, said he.', '-: The deal is dead'],
    ['an inverted name with an apposition', 'The deal is dead, said Lena Ostrow, a former chairman.', 'Lena Ostrow: The deal is dead'],
    // a pronoun whose verb ends the sentence is a parenthetical 'said he believed', no reported clause: the quotation stays
    [
      'a pronoun and a verb closing the sentence after a quotation',
      '"This is over," the coach, Hans Berg, who was hired in June, said he believed.',
      'Hans Berg: "This is over,"',
    ],
  ])('%s', (_kind, text, quote) => {
    expect(quotes(text)).toEqual([quote]);
  });

  // a pronoun whose verb meets the sentence's stop or a comma gives no reported clause of the bare verb
  it.each([
    ['a verb closing the sentence', 'Prices will fall next year, the regulator, which oversees 40 firms, said it believed.'],
    ['a verb before a comma', 'The worst is behind us, the minister, who took office in May, said she believed, citing lower prices.'],
  ])('%s', (_kind, text) => {
    expect(brief(text).quotes.map((q) => q.text)).not.toContainEqual(expect.stringMatching(/^(?:it|she) believed$/));
  });
});

describe('a report closed by its attribution and a setting with a possessive ("in their update") keeps its speaker', () => {
  it.each([
    ['"their update"', 'Fire grows overnight\n\nThe fire is 5% contained, officials said in their update.', 'officials: The fire is 5% contained'],
  ])('%s', (_kind, text, quote) => {
    expect(quotes(text)).toEqual([quote]);
  });

  // the right output nearby: a setting with an article was read before and still is
  it('"a statement"', () => {
    expect(quotes('Fire grows overnight\n\nThe fire is 5% contained, officials said in a statement.')).toEqual(['officials: The fire is 5% contained']);
  });
});

const matchReport = (resultLine: string): string => `Doyle double sends Harrowgate top

${resultLine}

Callum Doyle scored twice as Harrowgate United came from behind to beat Castlemere Rovers 3-1 and go top of the league.

Castlemere had led through a header from Samuel Achterberg. Doyle then finished from the edge of the box in the 78th minute.

KEY MOMENTS
23' GOAL Castlemere – Achterberg heads in a corner (0-1)
61' SUB Harrowgate – Mensah-Bright on for Walsh
78' GOAL Harrowgate – Doyle low shot (2-1)

"The lads showed real character," said Harrowgate manager Siobhan Keegan. Harrowgate are a point clear of Milbourne City.`;

describe('a club named with its club word is one organization in a match report', () => {
  it('the results line, the club word after a team, and a capitalized match-log label', () => {
    const orgs = organizations(matchReport('Harrowgate United 3 Castlemere Rovers 1'));
    expect(orgs).toContain('Harrowgate United');
    expect(orgs).toContain('Castlemere Rovers');
    // no club word cut off on its own, and no log label inside a club's name
    expect(orgs).not.toContain('United');
    expect(orgs).not.toContain('Rovers');
    expect(orgs.some((o) => o.startsWith('SUB') || o.startsWith('GOAL'))).toBe(false);
  });

  // the right output nearby: a club prefix in capitals that is no common word still opens the club's name
  it('a prefix in capitals', () => {
    const orgs = organizations(`${matchReport('Harrowgate United 3 Castlemere Rovers 1')}\n\nElsewhere AC Milan drew 1-1 with Juventus.`);
    expect(orgs).toContain('AC Milan');
  });
});

describe('a quoted sentence after an abbreviation that ends a sentence starts the next one; a quoted name does not', () => {
  it.each([
    ['a quoted sentence after "a.m."', 'Residents fled at 3 a.m. "It was chaos," said Maria Lopez, a neighbour.', ['Maria Lopez: It was chaos,']],
    // the right output nearby: a quoted policy name keeps the reported content whole, with its subject and verb
    [
      'a quoted policy name after "U.S."',
      'Officials have long defended the U.S. "Strategic Patience" policy toward Pyongyang, Senator Mark Hale said on Tuesday.',
      ['Mark Hale: Officials have long defended the U.S. "Strategic Patience" policy toward Pyongyang'],
    ],
  ])('%s', (_kind, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
