import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// kinds of error found on made-up pages nobody tuned for (hunt 21: a fraud trial, a match report, a takeover, a
// wildfire live blog, a robbery charge, a musician's obituary, a space-probe study, a celebrity split), written here
// in other words

const brief = (text: string) => extractBriefing(text, { publishedAt: '2026-12-01' });
const quotes = (text: string): string[] => brief(text).quotes.map((q) => `${q.speaker.name ?? '-'}: ${q.text}`);

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
  ])('%s', (_kind, text, quote) => {
    expect(quotes(text)).toEqual([quote]);
  });
});
