import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** every paraphrase the rules find: [content, speaker mention] */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { title: 'Levy row' });

describe('a subject with a restrictive relative clause before the cue (relative-clause-subject.ts)', () => {
  it('the noun the clause is said of speaks, not the clause verb\'s object', () => {
    expect(reported('Still, farmers who have fought the levy for years say it could be repealed by spring.')).toContainEqual([
      'it could be repealed by spring',
      'farmers',
    ]);
    expect(reported('Some residents who have listened to the mayor over the decades said she had changed.')).toContainEqual([
      'she had changed',
      'Some residents',
    ]);
  });

  it('a one-word clause verb and its object are passed too; a plain subject stays', () => {
    expect(reported('The clerk who met the farmers said the office was closed.')).toContainEqual(['the office was closed', 'The clerk']);
    expect(reported('The farmers said the office was closed.')).toContainEqual(['the office was closed', 'The farmers']);
  });
});

describe('a perception verb in the relative clause (review counter-examples)', () => {
  it('the one heard or watched saying it speaks', () => {
    expect(reported('People who heard the mayor say the levy was fair cheered.').map(([, who]) => who)).not.toContain('People');
    expect(reported('Voters who watched Okafor say she will win were wrong.').map(([, who]) => who)).not.toContain('Voters');
  });

  it("a finite cue after a perception verb's object is still the subject's", () => {
    expect(reported('The clerk who watched the farmers said the office was closed.')).toContainEqual(['the office was closed', 'The clerk']);
  });
});

describe('a verb of perception in the relative clause is no cue of its own (lexicon.ts bareClauseAfter)', () => {
  it("'who saw the fire said': the fire is what they saw, not the subject of a clause they report", () => {
    const found = reported('Residents who saw the fire said the alarm never sounded.');
    expect(found).toContainEqual(['the alarm never sounded', 'Residents']);
    expect(found.some(([content]) => content.startsWith('the fire'))).toBe(false);
  });

  it("a bare clause after 'see' is still read when its verb is no speech verb", () => {
    expect(reported('Investors see the bank is weak, analysts said.').some(([content]) => content.includes('the bank is weak'))).toBe(true);
  });
});
