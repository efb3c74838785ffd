import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

const reported = (body: string): Array<[string, string]> => reportedQuotes(body, { title: 'Budget talks stall' });

describe("a raising verb is the writer's hedge, not the subject's words (reported-steps/evidential-raising.ts)", () => {
  it('credits no paraphrase to the subject of "seemed to" / "appeared to" / "appears" + adjective', () => {
    expect(reported('Governor Alvarez appeared to end her campaign owing more than she had raised.')).toEqual([]);
    expect(reported('The committee chairman seemed to be losing patience with the auditors.')).toEqual([]);
    expect(reported('Mr. Osei appears somewhat uneasy about the vote.')).toEqual([]);
  });

  it('keeps the report when the infinitive is itself a cue', () => {
    expect(reported('Ms. Lindqvist appeared to suggest that the levy would be dropped.')).toContainEqual(['to suggest that the levy would be dropped', expect.stringContaining('Lindqvist')]);
  });

  it('keeps other cues of the sentence', () => {
    expect(reported('The mayor said the talks seemed to be going nowhere.')).toContainEqual(['the talks seemed to be going nowhere', expect.stringContaining('mayor')]);
  });
});
