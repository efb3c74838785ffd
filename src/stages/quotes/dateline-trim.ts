import type { Span, Token } from '../../document';

/**
 * A paraphrase before its cue that opens its paragraph starts after the
 * paragraph's dateline ("WASHINGTON ― Trump's obsession ... is an insult,
 * lawmakers said": the place and dash are the wire's, not the lawmakers'
 * words). The clean stage finds the dateline; `span` unchanged otherwise.
 */
export function withoutDateline(span: Span, dateline: Span | null, tokens: readonly Token[]): Span {
  if (!dateline || span.start > dateline.start || span.end <= dateline.end) return span;
  const first = tokens.find((t) => t.start >= dateline.end && t.start < span.end);
  return first ? { start: first.start, end: span.end } : span;
}
