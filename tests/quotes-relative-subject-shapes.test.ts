import { describe, expect, it } from 'vitest';
import { storyQuotes } from './helpers/quotes';

/** Every quote of a short story, as "kind [speaker] span". */
function quotes(body: string): string[] {
  const { source, quotes } = storyQuotes(body, { title: 'Senate notes', publishedAt: '2016-06-06' });
  return quotes.map((q) => `${q.kind} [${q.speaker.name ?? '-'}] ${source.slice(q.span.start, q.span.end)}`);
}

/**
 * 'X, who ..., said' with something on the name before the relative clause's comma: the name still speaks, so the
 * quoted words inside the report make a partial quote, not a scare quote dropped as weak.
 */
describe('a relative clause on the speaker after a parenthesis or a sentence adverb', () => {
  const shapes: Array<[string, string, string]> = [
    [
      'a party and state in parentheses',
      'Speaking later, Sen. Claire McCaskill (D-Mo.), who has endorsed Clinton, said Sanders has pushed her to be a "stronger" candidate.',
      'partial [Claire McCaskill] Sanders has pushed her to be a "stronger" candidate',
    ],
    [
      'a sentence adverb set off by commas',
      'Sanders, meanwhile, who sits at zero endorsements, said the fact speaks volumes about who is "prepared to take on the establishment."',
      'partial [Sanders] the fact speaks volumes about who is "prepared to take on the establishment."',
    ],
    [
      'both',
      'Rep. Jim Jordan (R-Ohio), however, who chairs the panel, said the report was "deeply flawed" in its method.',
      'partial [Jim Jordan] the report was "deeply flawed" in its method',
    ],
  ];
  for (const [title, body, expected] of shapes) {
    it(title, () => {
      expect(quotes(body)).toEqual([expected]);
    });
  }

  it('the adverb alone, with no relative clause, as before', () => {
    expect(quotes('Mr. Smith, however, said the plan was "dead on arrival."')).toEqual(['partial [Smith] the plan was "dead on arrival."']);
  });
});
