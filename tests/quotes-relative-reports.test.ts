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
});
