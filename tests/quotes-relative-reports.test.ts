import { describe, expect, it } from 'vitest';
import { reportedMentions } from './helpers/quotes';

/** every paraphrase the rules find: [content, speaker mention] */
const reported = (body: string): Array<[string, string]> => reportedMentions(body, { title: 'Levy row' });

describe('a cue inside a relative clause that the phrase reader ran over (relative-reports.ts)', () => {
  it('reports from the relative word, for the subject after it', () => {
    expect(reported('The council mocked the levy, a tax that Ms. Okafor says ruined the mills.')).toContainEqual([
      'that Ms. Okafor says ruined the mills',
      'Ms. Okafor',
    ]);
    expect(reported('The mills are waiting for the plan that the mayor said would save them.')).toContainEqual([
      'that the mayor said would save them',
      'the mayor',
    ]);
  });

  it("reads 'that' the tagger took for a determiner or subordinator, and a subject with 'of' or 'and' in it", () => {
    expect(reported('The union ended a strike that company executives said could hurt second-quarter earnings.')).toContainEqual([
      'that company executives said could hurt second-quarter earnings',
      'company executives',
    ]);
    expect(reported('The bill keeps a test that the majority of lawmakers still believes is necessary.')).toContainEqual([
      'that the majority of lawmakers still believes is necessary',
      'the majority of lawmakers',
    ]);
  });

  it('reports a relative clause with no relative word from the noun it modifies', () => {
    expect(reported('The council opened a probe the state agency said was ongoing as of this month.')).toContainEqual([
      'a probe the state agency said was ongoing as of this month',
      'the state agency',
    ]);
    expect(reported('Ms. Okafor backed the levy. The mills closed after a decision she says came too late.')).toContainEqual([
      'a decision she says came too late',
      'she',
    ]);
  });

  it('leaves a hypothesis with a modal before the cue, and keeps the report beside it', () => {
    const found = reported('Ms. Okafor said the levy was fair. If there is a candidate we could believe will cut the levy, it is Mr. Diaz.');
    expect(found.some(([content]) => content.includes('will cut the levy'))).toBe(false);
    expect(found).toContainEqual(['the levy was fair', 'Ms. Okafor']);
  });

  it("reads 'whom' before a report and a subject after 'even' or longer than six words", () => {
    expect(reported('Voters turned on Ms. Okafor, whom many residents believed was tilting the vote.')).toContainEqual([
      'whom many residents believed was tilting the vote',
      'many residents',
    ]);
    expect(reported('The levy is lower than in Lyon, which the small group of local mill owners says had the highest levy.')).toContainEqual([
      'which the small group of local mill owners says had the highest levy',
      'the small group of local mill owners',
    ]);
  });

  it('ends a relative clause at a colon or a spaced dash, not at a hyphen', () => {
    const found = reported('Few have a plan for what economists think is necessary: ending the levy. It is a job that many economists say is the future - she works in a mill.');
    expect(found).toContainEqual(['what economists think is necessary', 'economists']);
    expect(found).toContainEqual(['that many economists say is the future', 'many economists']);
    expect(reported('The union ended a strike that company executives said could hurt second-quarter earnings.')).toContainEqual([
      'that company executives said could hurt second-quarter earnings',
      'company executives',
    ]);
  });
});
