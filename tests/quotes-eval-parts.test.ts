import { describe, expect, it } from 'vitest';
import type { Quote } from '../src/schema';
import { scoredParts } from '../scripts/eval-quotes';

describe('eval-quotes: the part-by-part row scores content pieces, not only the words in marks', () => {
  const partial = {
    kind: 'partial',
    span: { start: 0, end: 40 },
    quoted: [{ start: 20, end: 30 }],
    cue: { text: 'said', span: { start: 45, end: 49 } },
  } as unknown as Quote;

  it('a partial quote is scored as its whole content, paraphrase included', () => {
    expect(scoredParts(partial)).toEqual([{ start: 0, end: 40 }]);
  });

  it('an interrupted quote is cut where its attribution stands, an indirect one gives no part', () => {
    const interrupted = {
      kind: 'direct',
      span: { start: 1, end: 60 },
      quoted: [
        { start: 1, end: 10 },
        { start: 30, end: 60 },
      ],
      cue: { text: 'said', span: { start: 15, end: 19 } },
    } as unknown as Quote;
    expect(scoredParts(interrupted)).toEqual([
      { start: 1, end: 10 },
      { start: 30, end: 60 },
    ]);
    expect(scoredParts({ ...partial, kind: 'indirect' } as Quote)).toEqual([]);
  });
});
