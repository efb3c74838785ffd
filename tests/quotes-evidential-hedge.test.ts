import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** every indirect quote the rules find (none dropped under the model's thresholds): [content, speaker name] */
function reported(body: string): Array<[string, string]> {
  const source = `Budget talks stall\n\n${body}`;
  const doc = runUntil(createDoc(source, '2016-09-20'), 'resolve');
  return extractQuotes(doc, { keepAll: true })
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [source.slice(q.span.start, q.span.end), q.speaker.name ?? '']);
}

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
