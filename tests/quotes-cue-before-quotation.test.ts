import { describe, expect, it } from 'vitest';
import { reportedQuotes, storyQuotes } from './helpers/quotes';

/**
 * A cue whose comma opens a quotation ('..., he said, "I hope not."') introduces that quotation: the unquoted
 * words before its subject are not its content, so an earlier report in the sentence keeps its own
 * (reported-steps/05-verb-cues.ts `opensQuotationAfter`).
 */
describe('a trailing cue that opens a quotation does not take the unquoted words before it', () => {
  it.each([
    ['He said he had not seen the episode, and when asked whether it would happen again, he said, "I hope not."', 'he had not seen the episode', /.*/],
    ['Mayor Okonjo said the levy was fair, and later, she added, "We will not back down."', 'the levy was fair', /Okonjo/],
  ])('%s', (text, content, speaker) => {
    const found = reportedQuotes(text);
    expect(found.some(([c, s]) => c.startsWith(content) && speaker.test(s))).toBe(true);
    // the trailing cue reports no content running from the sentence start
    expect(found.some(([c]) => c.startsWith(text.slice(0, 12)))).toBe(false);
  });

  it.each([
    ['He said he had not seen the episode, and when asked whether it would happen again, he said, "I hope not."', 'he had not seen the episode'],
    ['Mayor Okonjo said the levy was fair, but when pressed on the cost, she said the harbour board would decide.', 'the levy was fair'],
  ])('the earlier report stops before the subordinate clause opening the later one: %s', (text, content) => {
    expect(reportedQuotes(text).map(([c]) => c)).toContain(content);
  });

  it('an interrupted quotation is still read across its attribution', () => {
    const { source, quotes } = storyQuotes('"We will win," he said, "and soon."');
    expect(quotes.some((q) => q.kind === 'direct' && source.slice(q.span.start, q.span.end).includes('We will win," he said, "and soon'))).toBe(true);
  });
});
