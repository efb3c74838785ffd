import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { toMarkdown } from '../src/cli/markdown';
import { quoteWords } from '../src/quote-words';

const text =
  'Chief Minister Pinarayi Vijayan spoke on Tuesday. "We are facing a situation worse than 2018," Vijayan said. "Every district has been told to act."';

describe('a direct quote interrupted by its attribution reads as the speaker said it', () => {
  const briefing = extractBriefing(text);
  const quote = briefing.quotes.find((q) => q.kind === 'direct')!;

  it('keeps text as the slice of its span, with two quoted pieces', () => {
    expect(quote.text).toBe(text.slice(quote.span.start, quote.span.end));
    expect(quote.quoted).toHaveLength(2);
  });

  it('joins the quoted pieces without the attribution between them', () => {
    expect(quoteWords(quote)).toBe('We are facing a situation worse than 2018. Every district has been told to act.');
    expect(toMarkdown(briefing)).toContain('“We are facing a situation worse than 2018. Every district has been told to act.”');
    expect(toMarkdown(briefing)).not.toContain('Vijayan said. "Every');
  });

  it('keeps the comma of a sentence that goes on after the attribution', () => {
    const source = '"We will rebuild," she said, "every house in this valley."';
    const goesOn = extractBriefing(source).quotes.find((q) => q.kind === 'direct')!;
    expect(goesOn.quoted).toHaveLength(2);
    expect(quoteWords(goesOn)).toBe('We will rebuild, every house in this valley.');
  });

  it('reads reported speech and one-piece quotes as their text', () => {
    const reported = { kind: 'indirect' as const, text: 'the state had asked for help', span: { start: 0, end: 28 }, quoted: [] };
    expect(quoteWords(reported)).toBe(reported.text);
  });
});
