import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { quoteLines } from './helpers/quotes';

/** The text of each sentence the token layer reads. */
function sentences(text: string): string[] {
  return runUntil(createDoc(text), 'tokens').tokens!.sentences.map((s) => text.slice(s.start, s.end));
}

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Local news', publishedAt: '2026-11-20' });

describe('quotes hunt 15: a word wink keeps with its stop ("in.") still ends its sentence', () => {
  it.each([
    ['He said the government would not step in. "Universities are independent," she said.', 2],
    ['He gave in. The rest followed.', 2],
    ['The pipe is 6 in. Long ones cost more.', 1],
    ['It was approx. Ten people came.', 1],
  ])('%s', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it('keeps a report apart from the next sentence\'s direct quote', () => {
    expect(
      quotes(
        'Skills Minister Jacqui Smith said on Thursday the government would not step in. "Universities are independent institutions and it is for them to manage their finances," she told BBC Radio 4\'s Today programme.',
      ),
    ).toEqual([
      'indirect [Jacqui Smith] the government would not step in.',
      'direct [Jacqui Smith] Universities are independent institutions and it is for them to manage their finances,',
    ]);
  });
});

describe('quotes hunt 15: an "as" clause of expecting or hoping reports nothing', () => {
  it.each([
    'The Reserve Bank held the official cash rate at 3.25%, as most economists expected.',
    'Spending rose sharply, as some liberals had hoped.',
    'As many analysts feared, the deal collapsed.',
  ])('no quote from %s', (body) => {
    expect(quotes(body)).toEqual([]);
  });

  it('keeps an "as" clause of a speech act', () => {
    expect(quotes('Clinton raised more than $1 million, as the International Business Times noted.')).toEqual([
      'indirect [International Business Times] Clinton raised more than $1 million',
    ]);
  });
});

describe('quotes hunt 15: a court\'s ruling or verdict is no speaker', () => {
  it.each([
    'The panel found that the ban could not be justified as a temporary measure, according to the ruling published in Geneva.',
    'The ban was unjustified, according to the judgment.',
    '"The defendant acted recklessly," said the verdict.',
  ])('no quote from %s', (body) => {
    expect(quotes(body)).toEqual([]);
  });

  it('keeps the judge who ruled', () => {
    expect(quotes('The ban was unjustified, Judge Amy Carter ruled.')).toEqual(['indirect [Amy Carter] The ban was unjustified']);
  });
});

describe('quotes hunt 15: a title in marks inside an apposition on the speaker', () => {
  it.each([
    ['Joe Scarborough, host of MSNBC\'s "Morning Joe," suggested that Trump could win the nomination.', 'indirect [Joe Scarborough] Trump could win the nomination'],
    ['Chuck Todd, host of "Meet the Press," said the race was close.', 'indirect [Chuck Todd] the race was close'],
  ])('%s', (body, line) => {
    expect(quotes(body)).toEqual([line]);
  });
});

describe('quotes hunt 15: a live-blog rubric opening a paraphrase is the page\'s, not the speaker\'s', () => {
  it.each([
    ['BREAKING: The Reserve Bank has held the official cash rate at 3.25%, the bank said.', 'indirect [Reserve Bank] The Reserve Bank has held the official cash rate at 3.25%'],
    ['UPDATE: Rates were held at 3.25%, according to the bank.', 'indirect [the bank] Rates were held at 3.25%'],
  ])('%s', (body, line) => {
    expect(quotes(body)).toEqual([line]);
  });
});
