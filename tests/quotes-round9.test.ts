import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a one-paragraph story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Wire notes', publishedAt: '2026-12-05' });

describe('quotes round 9: a time setting opening the sentence is no speaker', () => {
  it('gives the words to the name after the setting, not to the setting before its apposition', () => {
    // the tagger reads neither 'IndiGo' nor the apposition as a name, so no chunk wins as one
    const found = quotes('Earlier this year, IndiGo, India\'s largest airline, said it had grounded more than 70 planes.');
    expect(found).toEqual(['indirect [IndiGo] it had grounded more than 70 planes']);
  });

  it('finds the report of a common-noun subject after a setting (it was dropped with the date as its speaker)', () => {
    const found = quotes('Last week, the carrier, the country\'s largest airline, said it had grounded 40 planes.');
    expect(found).toEqual(['indirect [the carrier] it had grounded 40 planes']);
  });

  it('keeps a subject whose apposition follows a plain name', () => {
    const found = quotes('Velora, the country\'s largest ferry operator, said it had laid up nine ships.');
    expect(found).toContain('indirect [Velora] it had laid up nine ships');
  });
});

describe('quotes round 9: an "of" inside an organization name before a role and a full name', () => {
  it('gives the words to the person, not to the first word of the organization', () => {
    expect(quotes('Port of Halden chief executive Maren Solvik said the stoppage was costing the town a million crowns a day.')).toEqual([
      'indirect [Maren Solvik] the stoppage was costing the town a million crowns a day',
    ]);
    expect(quotes('University of Tromso economist Jonas Eide said rates would stay high.')).toEqual(['indirect [Jonas Eide] rates would stay high']);
  });

  it('still steps back to the noun before a plain "of" phrase', () => {
    expect(quotes('Supporters of President Larsen said the count was unfair.')).toEqual(['indirect [Supporters of President Larsen] the count was unfair']);
  });
});

describe('quotes round 9: a coordinated cue after a report whose inner subject is a thing', () => {
  it('speaks for the writer of the note, not for the thing inside the reported clause', () => {
    const found = quotes('Analyst Dana Holt of Ridgeway Partners wrote in a note that the fare increase showed real pricing power and predicted cancellations would stay low.');
    expect(found).toContain('indirect [Dana Holt] cancellations would stay low');
    expect(found.some((q) => q.includes('[the fare increase]'))).toBe(false);
  });
});

describe('quotes round 9: a reporting noun in the setting of a verb cue', () => {
  it('gives "said in a statement that" one quote, not a second one for "statement" with no speaker', () => {
    expect(quotes('Norgas said in a statement that the halt was caused by "technical irregularities" at a compressor station.')).toEqual([
      'partial [Norgas] that the halt was caused by "technical irregularities" at a compressor station',
    ]);
  });

  it('keeps a reporting noun with its possessor', () => {
    expect(quotes("The company's statement that the halt was technical was rejected by the ministry.")).toContain('indirect [The company] the halt was technical');
  });
});

describe('quotes round 9: a pronoun "that" after a cue', () => {
  it('does not read "denied that, saying ..." as a that-clause opening at the comma', () => {
    const found = quotes('Tunely denied that, saying its editors choose songs "based on listener data."');
    expect(found).toEqual(['partial [Tunely] its editors choose songs "based on listener data."']);
  });

  it('keeps a that-clause whose aside follows the comma', () => {
    const found = quotes('The senator said that, if elected, she would cut the levy.');
    expect(found.some((q) => q.startsWith('indirect [The senator]') && q.includes('she would cut the levy'))).toBe(true);
  });
});
