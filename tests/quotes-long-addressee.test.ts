import { describe, expect, it } from 'vitest';
import { reportedQuotes, storyQuotes } from './helpers/quotes';

const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Council vote delayed' });

describe('an addressee cue with a long addressee (addressee.ts clauseAfterAddressee)', () => {
  it('reads past a name with "and" in it and a setting to "that"', () => {
    const found = reported('Ms. Okafor told The Herald and Courier newspaper of Dunmore on Friday that she voted against the levy.');
    expect(found).toContainEqual(['she voted against the levy', expect.stringContaining('Okafor')]);
  });

  it('reads past an "at" setting to a question word', () => {
    const found = reported("The treasurer was telling guests at the club's spring dinner how he rescued the pension fund.");
    expect(found).toContainEqual(['how he rescued the pension fund', expect.stringContaining('treasurer')]);
  });

  it('does not read over a verb or a comma between the addressee and "that"', () => {
    expect(reported('The clerk told the visitors waiting at the gate that the office was closed.')).toEqual([]);
    expect(reported('The clerk told the tale of the Dunmore levy and the angry farmers; that the office was closed is old news.')).toEqual([]);
  });
});

describe('an addressee before "that" is no part of the content (warn, promise, assure, reassure: speech-verbs.json objectClause)', () => {
  it('starts the content after "that"', () => {
    expect(reported('The governor warned voters that the levy would double.')).toContainEqual(['the levy would double', expect.stringContaining('governor')]);
    expect(reported('Ms. Okafor promised supporters that she would repeal the levy.')).toContainEqual(['she would repeal the levy', expect.stringContaining('Okafor')]);
    expect(reported('The ferry company reassured passengers that crossings would resume.')).toContainEqual(['crossings would resume', expect.stringContaining('company')]);
  });

  it('still reads a bare clause and a that-clause with no addressee', () => {
    expect(reported('The governor warned the levy would double.')).toContainEqual(['the levy would double', expect.stringContaining('governor')]);
    expect(reported('The governor warned that the levy would double.')).toContainEqual(['the levy would double', expect.stringContaining('governor')]);
  });
});


describe('one addressee reading for reported content and a bare quotation (addressee.ts)', () => {
  it('reads past a setting between commas to "that", for a quotation and for a paraphrase', () => {
    const { source, quotes: all } = storyQuotes('The mayor also said, without evidence, that "the auditors were paid by the opposition."', { title: 'Levy row' });
    const quotes = all.map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
    expect(quotes).toContainEqual([expect.stringContaining('the auditors were paid by the opposition'), expect.stringContaining('mayor')]);
    expect(reported('Ms. Okafor has told donors since the spring, at dinners and in private calls, that she is worried about the levy.')).toContainEqual([
      'she is worried about the levy',
      expect.stringContaining('Okafor'),
    ]);
  });
});
