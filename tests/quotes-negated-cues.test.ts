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
    // a fronted negation with an inverted auxiliary (review rev23-a n12)
    ['Not once did Jones say he would run.', 'he would run'],
    ['Never did the mayor say he would run.', 'he would run'],
    // an adverb inside an auxiliary's group: the negation still reaches the cue
    ['Jones has not yet said whether he would run.', 'whether he would run'],
    ['Jones would not publicly say whether he would run.', 'whether he would run'],
    // the typeset apostrophe: "n’t" is a negator as "n't" is
    ['Jones isn’t saying whether he would run.', 'whether he would run'],
  ])('%s', (body, start) => {
    expect(negatedOf(body, start)).toBe(true);
  });

  it.each([
    // the negation inside the content is the speaker's: the cue itself is said
    ['He said he did not know the man.', 'he did not know the man'],
    // a negation in a relative clause on the subject is not the cue's
    ['The mayor, who did not attend, said the plan would fail.', 'the plan would fail'],
    // a focus particle after the negator: said, and more besides (review rev23-a n3, n11, n23)
    ['Jones not only said he would run, he also said he would win.', 'he would run'],
    ['Jones did not just say he would run; he said he would win.', 'he would run'],
    ['Jones did not only say the plan would fail; he said it was illegal.', 'the plan would fail'],
    // a bare 'not' with no auxiliary negates the adverb after it (review rev23-a n20, n21)
    ['Jones not surprisingly said the plan would fail.', 'the plan would fail'],
    ['Jones not long ago said the plan would fail.', 'the plan would fail'],
    // an inverted auxiliary after a focus construction is no fronted negation
    ['Not only did Jones say he would run, he said he would win.', 'he would run'],
  ])('leaves unmarked: %s', (body, start) => {
    expect(negatedOf(body, start)).toBeUndefined();
  });
});
