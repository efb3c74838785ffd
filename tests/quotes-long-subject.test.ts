import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

/** every indirect quote's content the rules find */
const contents = (body: string): string[] => reportedQuotes(body, { title: 'Levy vote' }).map(([content]) => content);

describe('a bare reported clause with a long subject (content.ts CLAUSE_LOOKAHEAD)', () => {
  it('finds the verb after a subject of more than twelve tokens', () => {
    expect(contents("The mayor's office says two dozen of Councilwoman Ada Brant's North Ward supporters in the county legislature are backing the levy.")).toContain(
      "two dozen of Councilwoman Ada Brant's North Ward supporters in the county legislature are backing the levy",
    );
  });
});

describe('a bare time phrase between the cue and its clause is no part of the content (content.ts skipAdjuncts)', () => {
  it('starts the content after "yesterday" or "last week"', () => {
    expect(contents('The harbour master said yesterday the levy had failed.')).toContain('the levy had failed');
    expect(contents('The harbour master said last week the levy was dead.')).toContain('the levy was dead');
  });
});

