import { describe, expect, it } from 'vitest';
import { reportedQuotes } from './helpers/quotes';

/**
 * A speech infinitive of purpose after a finite verb and a thing or setting speaks for that verb's subject
 * (reported-steps/05-verb-cues.ts `purposeSubject`, catenative-subject.ts `governingVerbSubject`).
 */
describe('a purpose infinitive cue after a finite verb speaks for its subject', () => {
  it.each([
    ['Mayor Okonjo used the speech to argue that the harbour must be dredged.', 'the harbour must be dredged', /Okonjo/],
    ['Senator Vale went on television to say that the levy would be repealed.', 'the levy would be repealed', /Vale/],
    ["The governor invoked the state's budget deficit to claim that the tax was needed.", 'the tax was needed', /governor/],
  ])('%s', (text, content, speaker) => {
    const found = reportedQuotes(text);
    expect(found.some(([c, s]) => c.includes(content) && speaker.test(s))).toBe(true);
  });

  it.each([
    // the object may be who speaks
    'The campaign paid actors to say that they loved the senator.',
    'Mayor Okonjo hired him to argue that the levy was void.',
    // a negated infinitive or a refusal says nothing
    'The senator chose not to say that he would run.',
    // a passive that reports no words
    'The company was forced by regulators to admit that it had lied.',
  ])('no report for the governing verb\'s subject: %s', (text) => {
    expect(reportedQuotes(text)).toEqual([]);
  });
});

describe("a 'that' before no verb is no complementizer for an infinitive cue", () => {
  it('leaves "went on to win that year" unreported', () => {
    expect(reportedQuotes('Reagan went on to win that year in a landslide.')).toEqual([]);
  });
});
