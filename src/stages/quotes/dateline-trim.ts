import type { CleanLayer, Span, Token } from '../../document';
import { findDateline } from '../clean/dateline';

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

/**
 * The dateline a paraphrase may open with: the story's own (the clean stage's), or, in a wire round-up of short
 * items each under its own dateline ("REYKJAVIK - A volcanic eruption ... was weakening, the Met Office said"),
 * the one opening the paragraph the paraphrase starts at.
 */
export function datelineBefore(source: string, clean: CleanLayer | undefined, span: Span): Span | null {
  if (!clean) return null;
  if (clean.dateline && span.start <= clean.dateline.start) return clean.dateline;
  const paragraph = clean.paragraphs.find((p) => p.start === span.start);
  return paragraph ? findDateline(source, paragraph)?.span ?? null : null;
}
