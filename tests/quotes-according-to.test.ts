import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

/** every paraphrase the rules find: [content, speaker name] */
const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Levy row' });

describe('"according to" (reported-steps/03-according-to.ts)', () => {
  it('opening a sentence after a bracket or a conjunction and comma, it reports the clause after the source', () => {
    expect(reported('(According to the Dunmore Police Department, it keeps no figures on levy protests.)')).toContainEqual([
      'it keeps no figures on levy protests',
      expect.stringContaining('Dunmore Police Department'),
    ]);
    expect(reported('But, according to Mayor Okafor, most farmers remain undecided.')).toContainEqual(['most farmers remain undecided', expect.stringContaining('Okafor')]);
  });

  it('after a subordinator left open before it, it reports the clause that goes on after the source', () => {
    expect(reported('The mill closed in 1990 after, according to Ms. Okafor, the county raised the levy twice.')).toContainEqual([
      'the county raised the levy twice',
      expect.stringContaining('Okafor'),
    ]);
  });
});

describe('"according to" gives its source only the clause after the source (review counter-examples)', () => {
  it('no clause after a later comma', () => {
    expect(reported('(According to the mayor) the levy passed, but farmers say it is unfair.')).not.toContainEqual([
      'but farmers say it is unfair',
      expect.stringContaining('mayor'),
    ]);
  });

  it('the content stops where another attribution starts', () => {
    expect(reported('Still, according to the mayor, the levy passed, critics said.')).not.toContainEqual([
      'the levy passed, critics said',
      expect.stringContaining('mayor'),
    ]);
  });
});
