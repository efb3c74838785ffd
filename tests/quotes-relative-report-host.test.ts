import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';

/** every quote the rules find (the model's drops off), as kind, speaker name and text */
function quotesOf(body: string) {
  const doc = runUntil(createDoc(`Talks resume\n\n${body}`, '2026-03-02'), 'resolve');
  return extractQuotes(doc, { keepAll: true }).quotes.map((q) => ({ kind: q.kind, speaker: q.speaker.name, text: q.text }));
}

describe('quoted words inside a relative clause with its own cue are that clause\'s report (context.ts relativeReportInside)', () => {
  it("'..., which an internal review said were \"dangerously lax\"': the review's words, not the senator's", () => {
    const quotes = quotesOf('The senator said the agency had changed its email rules, which an internal review said were "dangerously lax" for years.');
    const marked = quotes.filter((q) => q.text.includes('dangerously lax'));
    expect(marked.map((q) => q.speaker)).toEqual(['an internal review']);
    expect(marked[0]!.text.startsWith('which an internal review said')).toBe(true);
    // the senator's own report stays, without the marked words
    expect(quotes).toContainEqual({ kind: 'indirect', speaker: 'The senator', text: 'the agency had changed its email rules' });
  });

  it('a cue inside the content with no relative word leaves the outer report whole', () => {
    const quotes = quotesOf('The senator said the agency had ignored what staff said were "dangerously lax" rules.');
    expect(quotes.some((q) => q.speaker === 'The senator' && q.text.includes('dangerously lax'))).toBe(true);
  });
});
