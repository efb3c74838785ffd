import { describe, expect, it } from 'vitest';
import { QuoteSchema } from '../src/schema';
import { publicQuote } from '../src/stages/quotes/judge';
import type { UnjudgedQuote } from '../src/stages/quotes/features';

const draft: UnjudgedQuote = {
  id: 'draft',
  kind: 'direct',
  text: '"We will rebuild," she said.',
  span: { start: 0, end: 28 },
  quoted: [{ start: 0, end: 18 }],
  words: [{ start: 1, end: 17 }],
  speaker: { entityId: null, name: 'she', mention: { start: 19, end: 22 } },
  cue: { text: 'said', span: { start: 23, end: 27 } },
};

describe('publicQuote', () => {
  const speaker = { entityId: 'e1', name: 'Ana Ruiz', mention: { start: 19, end: 22 } };
  const q = publicQuote(draft, 'q3', speaker, 0.75);

  it("holds exactly QuoteSchema's fields, in the schema's order (a field added to the schema is not forgotten)", () => {
    expect(Object.keys(q)).toEqual(Object.keys(QuoteSchema.shape));
    expect(QuoteSchema.strict().safeParse(q).success).toBe(true);
  });

  it('takes the given id, speaker and confidence and every other field from the draft', () => {
    expect(q).toEqual({ ...draft, id: 'q3', speaker, confidence: 0.75 });
  });

  it('gives every quote the same key order, whatever order the draft was built in', () => {
    const reordered = { cue: draft.cue, speaker: draft.speaker, quoted: draft.quoted, span: draft.span, text: draft.text, kind: draft.kind, id: 'x' };
    expect(Object.keys(publicQuote(reordered, 'q1', speaker, 0.5))).toEqual(Object.keys(q));
  });
});
