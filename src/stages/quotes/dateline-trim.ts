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

/** a round-up has at least this many paragraphs opening with a dateline */
const ROUND_UP_DATELINES = 2;
/** paragraph start -> its dateline, read once per document (per clean layer) */
const roundUpDatelines = new WeakMap<CleanLayer, ReadonlyMap<number, Span>>();

/**
 * The datelines opening the document's paragraphs, when it is a wire round-up: two or more paragraphs open with
 * one. Elsewhere an all-capital word and a dash in mid-story is more often an acronym before an aside ("IBM - long
 * a bellwether - cut 3,000 jobs") than a dateline, so none is trusted.
 */
function paragraphDatelines(source: string, clean: CleanLayer): ReadonlyMap<number, Span> {
  let found = roundUpDatelines.get(clean);
  if (found) return found;
  const datelines = new Map<number, Span>();
  for (const paragraph of clean.paragraphs) {
    const dateline = findDateline(source, paragraph);
    if (dateline) datelines.set(paragraph.start, dateline.span);
  }
  found = datelines.size >= ROUND_UP_DATELINES ? datelines : new Map<number, Span>();
  roundUpDatelines.set(clean, found);
  return found;
}

/**
 * The dateline a paraphrase may open with: the story's own (the clean stage's), or, in a wire round-up of short
 * items each under its own dateline ("REYKJAVIK - A volcanic eruption ... was weakening, the Met Office said"),
 * the one opening the paragraph the paraphrase starts at.
 */
export function datelineBefore(source: string, clean: CleanLayer | undefined, span: Span): Span | null {
  if (!clean) return null;
  if (clean.dateline && span.start <= clean.dateline.start) return clean.dateline;
  return paragraphDatelines(source, clean).get(span.start) ?? null;
}
