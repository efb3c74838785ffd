import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** indirect quotes in the default output (the model's thresholds applied): [content, speaker mention] */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { keepAll: false });

describe('a setting between a speech verb and its that-clause is read whole (setting-clause.ts)', () => {
  it('reads a setting with a preposition inside it up to "that"', () => {
    expect(reported('Mayor Dunleavy said at a Saturday rally in Port Ellis that the levy would be cut next year.')).toEqual([
      ['the levy would be cut next year', 'Mayor Dunleavy'],
    ]);
  });

  it('reads a long setting ("in one of a series of messages on Twitter")', () => {
    expect(reported('Mayor Dunleavy said in one of a series of messages on Twitter that the levy would be cut next year.')).toEqual([
      ['the levy would be cut next year', 'Mayor Dunleavy'],
    ]);
  });

  it('does not read an argument of a non-setting preposition as a setting', () => {
    const quotes = reported('Patients will think twice before agreeing to extensive tests and procedures that they might not actually need.');
    expect(quotes.map(([content]) => content)).not.toContain('they might not actually need');
  });
});

describe('a trailing attribution may end with a subordinate clause of time (setting-clause.ts)', () => {
  it('keeps the clause before the attribution when "as" follows the cue', () => {
    expect(reported('The levy is unfair, Mayor Dunleavy said as he left the chamber.')).toEqual([['The levy is unfair', 'Mayor Dunleavy']]);
  });

  it('keeps it after an addressee too', () => {
    expect(reported('The levy is unfair, Mayor Dunleavy told his closest advisers as he prepared the budget.')).toEqual([
      ['The levy is unfair', 'Mayor Dunleavy'],
    ]);
  });

  it('does not take a verbless opener before the attribution as its content', () => {
    const quotes = reported("At day's end, however, Mayor Dunleavy said as he left the chamber that the levy would stay.");
    expect(quotes.map(([content]) => content)).not.toContain("At day's end, however");
  });
});
