import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

/** the indirect quotes of the default output: [content, speaker name] */
const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Markets', keepAll: false });

describe('a manner adverb between a cue and its bare clause (content.ts skipAdjuncts)', () => {
  it('reads past the adverb to the clause', () => {
    expect(reported("But Dunmore Mills' founders have said repeatedly they do not want to sell the company.")).toContainEqual([
      'they do not want to sell the company',
      expect.stringContaining('founders'),
    ]);
  });

  it('keeps an adverb that modifies the object with it', () => {
    const found = reported('In April, Dunmore Mills reported disappointingly flat sales and weaker revenue.');
    expect(found.map(([content]) => content)).not.toContain('flat sales and weaker revenue');
  });
});
