import { describe, expect, it } from 'vitest';
import { quoteLines } from './helpers/quotes';

/** Every quote of a short story (none dropped by the model), as "kind [speaker] content". */
const quotes = (body: string): string[] => quoteLines(body, { title: 'Local news', publishedAt: '2026-11-20' });

describe('quotes hunt 12: a titled person "of" an organization speaks, not the organization', () => {
  it.each([
    ['Detective Sergeant Laura Benning of West Mercia Police said: "He thought he could hide. He was wrong."', 'direct [Laura Benning] He thought he could hide. He was wrong.'],
    ['Inspector Omar Haddad of Thames Valley Police said the road would reopen on Monday.', 'indirect [Omar Haddad] the road would reopen on Monday'],
    ['Professor Ruth Calder of Durham University said the results were surprising.', 'indirect [Ruth Calder] the results were surprising'],
  ])('%s', (body, line) => {
    expect(quotes(body)).toEqual([line]);
  });

  it('still gives the quote to the person named after a role and its office', () => {
    expect(quotes('Secretary of State Dana Whitfield said more than 4 million people had voted.')).toEqual(['indirect [Dana Whitfield] more than 4 million people had voted']);
  });
});

describe('quotes hunt 12: a label before a colon speaks only words with a verb or quoted words', () => {
  it.each([
    'Leeds beat Sunderland at Elland Road.\n\nLeeds: Meslier; Bogle, Rodon, Struijk, Firpo; Ampadu, Gruev; James, Aaronson, Gnonto; Piroe.',
    'Leeds beat Sunderland at Elland Road.\n\nSunderland: Patterson; Hume, Ballard, Cirkin; Neil, Ekwah; Roberts, Mensah, Mundle; Mayenda.',
    'John Kasich: Now or never.',
  ])('no quote from the team sheet or heading %s', (body) => {
    expect(quotes(body)).toEqual([]);
  });

  it('keeps a label before a clause, and a headline label before quoted words', () => {
    expect(quotes('Pat Caddell: Democrat voters worried about the economy are staying home.')).toEqual([
      'indirect [Pat Caddell] Democrat voters worried about the economy are staying home',
    ]);
    expect(quotes('Hillary: Benghazi Victim Mother ‘Absolutely Wrong’ to Call Me a Liar')).toHaveLength(1);
  });
});

describe('quotes hunt 12: a transcript turn ends where the next labelled line starts', () => {
  it('does not run the question into the answer on the next line', () => {
    // a named role: a letter label alone ('Q:') names no one (tests/quote-round12.test.ts)
    const lines = quotes('MODERATOR: Amazon and Ocado already build these systems. Why would a customer choose you?\nGUEST: Because we are cheap to install.');
    expect(lines[0]).toBe('indirect [MODERATOR] Amazon and Ocado already build these systems. Why would a customer choose you');
    expect(lines.join('\n')).not.toContain('cheap to install');
  });
});

describe('quotes hunt 12: a relative clause inside the reported clause\'s subject is no end of the content', () => {
  it.each([
    ['Police said that Tom Walsh, who lives in Leeds, was arrested on Monday.', 'indirect [Police] Tom Walsh, who lives in Leeds, was arrested on Monday'],
    ['Police said Tom Walsh, who lives in Leeds, was arrested on Monday.', 'indirect [Police] Tom Walsh, who lives in Leeds, was arrested on Monday'],
  ])('%s', (body, line) => {
    expect(quotes(body)).toEqual([line]);
  });
});

describe('quotes hunt 12: a second predicate after "and" ends a content that has no verb of its own', () => {
  it.each([
    // a plea to a charge ('admitted 14 counts of fraud') is a deed, no quote (tests/quote-round12.test.ts)
    ['Marcus Dell, 58, admitted his part in the scheme at Leeds Crown Court in September and was sentenced on Thursday.', 'indirect [Marcus Dell] his part in the scheme at Leeds Crown Court in September'],
    ['Police said the man and his wife were arrested.', 'indirect [Police] the man and his wife were arrested'],
  ])('%s', (body, line) => {
    expect(quotes(body)).toEqual([line]);
  });
});

