import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

/** The quote of a short article whose content starts with `start`: its `negated` mark. */
function negatedOf(body: string, start: string): boolean | undefined {
  const briefing = extractBriefing(`Council notes\n\n${body}`, { publishedAt: '2026-03-02' });
  const quote = briefing.quotes.find((q) => q.text.startsWith(start));
  expect(quote, `no quote starting "${start}" in ${JSON.stringify(briefing.quotes.map((q) => q.text))}`).toBeDefined();
  return quote!.negated;
}

describe('a negated cue is kept and marked (cue-negation.ts)', () => {
  it.each([
    ['Reid would not say whether he would run.', 'whether he would run'],
    ['The senator did not dispute that the bill was flawed.', 'the bill was flawed'],
    ['Jones has never said he would run for mayor.', 'he would run for mayor'],
  ])('%s', (body, start) => {
    expect(negatedOf(body, start)).toBe(true);
  });

  it.each([
    // the negation inside the content is the speaker's: the cue itself is said
    ['He said he did not know the man.', 'he did not know the man'],
    // a negation in a relative clause on the subject is not the cue's
    ['The mayor, who did not attend, said the plan would fail.', 'the plan would fail'],
  ])('leaves unmarked: %s', (body, start) => {
    expect(negatedOf(body, start)).toBeUndefined();
  });
});
