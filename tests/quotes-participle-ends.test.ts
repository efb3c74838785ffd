import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

/** the default output's paraphrases: [content, speaker name] */
const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Levy row', keepAll: false });

describe('a participle after a reported clause (boundaries.ts firmParticipleAfter)', () => {
  it('a consequence stays in the clause, as PolNeAR marks it', () => {
    expect(reported('The county said the levy raised more than $2 million in May, bringing its total for the year to $9 million.')).toContainEqual([
      'the levy raised more than $2 million in May, bringing its total for the year to $9 million',
      expect.stringContaining('county'),
    ]);
  });

  it('a speech participle opens a report of its own', () => {
    const found = reported('The mayor said the levy had failed, adding that the council would vote again.');
    expect(found).toContainEqual(['the levy had failed', 'The mayor']);
    expect(found).toContainEqual(['the council would vote again', 'The mayor']);
  });
});

describe("a participle of consequence with no figure is the narrator's (review counter-examples)", () => {
  it('ends the reported clause before a comment on the scene', () => {
    expect(reported('The mayor said the budget was balanced, leaving reporters puzzled.')).toContainEqual(['the budget was balanced', 'The mayor']);
    expect(reported('Okafor said the plant would close, prompting applause from the crowd.')).toContainEqual(['the plant would close', 'Okafor']);
    expect(reported('Lee said the levy was fair, raising his voice over the jeers.')).toContainEqual(['the levy was fair', 'Lee']);
  });
});
