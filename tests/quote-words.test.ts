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

describe('reported speech that runs over its own attribution reads without it', () => {
  const source =
    "Chile's copper production fell 5% in January, the National Statistics Institute said on Friday, as state-owned Codelco grappled with falling ore grades.";
  const quote = extractBriefing(source).quotes[0]!;

  it('keeps text as the slice of its span, holding the attribution (PolNeAR runs the content over it)', () => {
    expect(quote.text).toBe(source.slice(quote.span.start, quote.span.end));
    expect(quote.text).toContain('said on Friday');
  });

  it('shows the content on both sides of the attribution, marked as cut', () => {
    expect(quoteWords(quote)).toBe("Chile's copper production fell 5% in January … as state-owned Codelco grappled with falling ore grades");
    expect(toMarkdown(extractBriefing(source))).toContain("- Chile's copper production fell 5% in January … as state-owned Codelco");
  });

  it('reads a content ending before its attribution as its text', () => {
    const plain = extractBriefing("Chile's copper production fell 5% in January, the National Statistics Institute said on Friday.").quotes[0]!;
    expect(quoteWords(plain)).toBe(plain.text);
  });
});

/** How the views read reported speech: Quote.words, which the quote stage records (tests/quote-speaker-words.test.ts). */
describe('reported speech reads as the words the quote stage found', () => {
  const read = (text: string) => quoteWords(extractBriefing(text).quotes[0]!);

  it('leaves out an attribution set off by commas, after "as" and a determiner or a title', () => {
    expect(read('Tourism, as two local officials pointed out, keeps the town alive.')).toBe('Tourism … keeps the town alive');
    expect(read('To win the vote, Party Leader Jane Smith said on Monday, they must reach young people.')).toBe('To win the vote … they must reach young people');
  });

  it('leaves out the attribution between a partial and the quotation it is joined to, no quoted sentence lost', () => {
    const talks = 'The talks achieved "very little," she wrote on Facebook. "Without new money for schools and roads, the region falls behind."';
    expect(read(talks)).toBe('The talks achieved "very little," … "Without new money for schools and roads, the region falls behind.');
    const shelters = 'The shelters are "not keeping up," says Maria Lopez, head of Housing Now. "We are turning families away."';
    expect(read(shelters)).toBe('The shelters are "not keeping up," … "We are turning families away.');
  });

  it('reads a quote from a briefing made before Quote.words as its text, or a direct one as its quoted pieces', () => {
    const text = 'Tourism, as two local officials pointed out, keeps the town alive';
    expect(quoteWords({ kind: 'indirect', text, span: { start: 0, end: text.length }, quoted: [] })).toBe(text);
    const direct = '"Yes," she said. "No."';
    expect(quoteWords({ kind: 'direct', text: direct, span: { start: 0, end: direct.length }, quoted: [{ start: 1, end: 5 }, { start: 18, end: 21 }] })).toBe('Yes. No.');
  });
});
