import { describe, expect, it } from 'vitest';
import { quoteRows, storyQuotes } from './helpers/quotes';

const quotes = (body: string): Array<[string, string, string]> => quoteRows(body);

describe('a cue after a participle aside that ends in a quotation (direct.ts, inverted-clause-subject.ts, reported-steps/inverted-subject.ts)', () => {
  it('reads \'X, citing "...," said NP could ...\' as X reporting a clause whose subject is NP, not NP as an inverted speaker', () => {
    const found = quotes('Ms. Adeyemi, citing "the stubborn pride of the docks," said the union could still win the harbour vote.');
    expect(found).toContainEqual(['indirect', 'the union could still win the harbour vote', expect.stringContaining('Adeyemi')]);
    expect(found.some(([, , speaker]) => /union/.test(speaker))).toBe(false);
  });

  it('keeps the inverted speaker when no verb follows it', () => {
    expect(quotes('"We will keep the docks open," said the union leader.')).toContainEqual(['direct', 'We will keep the docks open,', expect.stringContaining('union leader')]);
  });

  it('gives a plain aside without a quotation the opening subject too', () => {
    expect(quotes('The port authority, citing rising costs, said the levy would double next year.')).toContainEqual(['indirect', 'the levy would double next year', expect.stringContaining('port authority')]);
  });

  it('gives a finite cue after an aside between dashes the subject that opens the sentence', () => {
    const found = quotes('Many dock workers at the meeting — including welders, crane drivers and pilots — said the levy was unfair.');
    expect(found).toContainEqual(['indirect', 'the levy was unfair', expect.stringContaining('dock workers')]);
    expect(quotes('The levy — a tax on cargo — said nothing about pilots.').filter(([kind]) => kind === 'indirect')).toEqual([]);
  });
});

describe('a dash aside after an opening setting (inverted-subject.ts subjectBeforeDashes)', () => {
  it('the name after the setting\'s comma speaks', () => {
    const { source, quotes: all } = storyQuotes('Reached by phone on Tuesday, Okafor — who is listed as a lawyer in Dunmore but no longer practices — told the Herald she is not planning an appeal.', { title: 'Levy row' });
    const found = all.map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
    expect(found).toContainEqual(['she is not planning an appeal', expect.stringContaining('Okafor')]);
  });
});
