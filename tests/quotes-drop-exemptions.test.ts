import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { extractQuotes } from '../src/stages/quotes';
import { continuesSpeaker, exemptFromDrop, spokenByAgent } from '../src/stages/quotes/drop-exemptions';

/** every quote the rules find (none dropped by the model), with the tokens the exemptions read */
function allQuotes(text: string) {
  const doc = runUntil(createDoc(`Talks resume\n\n${text}`, '2026-03-02'), 'resolve');
  return { tokens: doc.tokens!.tokens, quotes: extractQuotes(doc, { keepAll: true }).quotes };
}

describe('quotes the drop threshold does not apply to (drop-exemptions.ts)', () => {
  it("a passive speech cue's 'by' agent after the quotation", () => {
    const { tokens, quotes } = allQuotes('The new levy was called "a disgrace" by the fishermen\'s federation.');
    const q = quotes.find((x) => x.text.includes('a disgrace'));
    expect(q?.speaker.name).toBe("the fishermen's federation");
    expect(spokenByAgent(tokens, q!)).toBe(true);
    expect(exemptFromDrop(tokens, q!)).toBe(true);
  });

  it('not an active cue whose object follows "by"', () => {
    const { tokens, quotes } = allQuotes('"We will stand by our members," the federation said on Monday.');
    const q = quotes.find((x) => x.text.includes('stand by'));
    expect(q).toBeDefined();
    expect(spokenByAgent(tokens, q!)).toBe(false);
  });

  it('a bare quote paragraph continuing the previous speaker, but not its first paragraph', () => {
    const { tokens, quotes } = allQuotes('"The harbour is full," the mayor said. Boats were moored three deep along the quay.\n\n"We have nowhere left to put the boats and the owners know it."');
    const [first, second] = quotes;
    expect(second?.cue).toBeNull();
    expect(continuesSpeaker(second!)).toBe(true);
    expect(exemptFromDrop(tokens, second!)).toBe(true);
    expect(exemptFromDrop(tokens, first!)).toBe(false);
  });

  it('keeps both in the default output whatever their score', () => {
    const doc = runUntil(createDoc('Talks resume\n\nThe new levy was called "a disgrace" by the fishermen\'s federation. "The harbour is full," the mayor said. Boats were moored three deep.\n\n"We have nowhere left to put the boats and the owners know it."', '2026-03-02'), 'quotes');
    const texts = doc.quotes!.quotes.map((q) => q.text);
    expect(texts).toContain('a disgrace');
    expect(texts).toContain('We have nowhere left to put the boats and the owners know it.');
  });
});
