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


/** A reported quote over the whole of `text`, with its speaker and cue found by their words. */
function reportedOver(text: string, kind: 'indirect' | 'partial', speaker: string, cue: string) {
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return {
    kind,
    text,
    span: { start: 0, end: text.length },
    quoted: [],
    speaker: { mention: at(speaker) },
    cue: { text: cue, span: at(cue) },
  };
}

describe('reported speech keeps its text where commas may not set off its attribution', () => {
  it('cuts an attribution set off by commas, after "as" and a determiner or a title', () => {
    const asClause = reportedOver('Tourism, as two local officials pointed out, keeps the town alive', 'indirect', 'two local officials', 'pointed out');
    expect(quoteWords(asClause)).toBe('Tourism … keeps the town alive');
    const titled = reportedOver('To win the vote, Party Leader Jane Smith said on Monday, they must reach young people', 'indirect', 'Jane Smith', 'said');
    expect(quoteWords(titled)).toBe('To win the vote … they must reach young people');
  });

  it('does not cut across a sentence end or quotation marks (a whole quoted sentence would be lost)', () => {
    const text = 'The talks achieved "very little," she wrote on Facebook. "Without new money for schools and roads, the region falls behind.';
    expect(quoteWords(reportedOver(text, 'partial', 'she', 'wrote'))).toBe(text);
  });

  it('does not cut at the comma of an apposition after an inverted speaker, leaving its closing mark behind', () => {
    const text = 'The shelters are "not keeping up," says Maria Lopez, head of Housing Now. "We are turning families away.';
    expect(quoteWords(reportedOver(text, 'partial', 'Maria Lopez', 'says'))).toBe(text);
  });

  it('does not cut at a list comma far after the cue', () => {
    const text = 'Late at night, the ministers heard of a meeting of the envoys of Peru, Chile and Bolivia, which they had not been told about';
    expect(quoteWords(reportedOver(text, 'indirect', 'the ministers', 'heard'))).toBe(text);
  });

  it('does not cut inside a noun phrase, where the speaker phrase cannot open a subject', () => {
    const text = "The chair of the board and the firm's new, young chief executive signalled as much in a letter, published on Monday";
    expect(quoteWords(reportedOver(text, 'indirect', 'young chief executive', 'signalled'))).toBe(text);
  });
});
