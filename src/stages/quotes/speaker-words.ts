import { trimSpan, type Span } from '../../document';
import type { Quote } from '../../schema';

/**
 * Quote.words: the parts of a quote's content that are its speaker's words, in text order. A direct quote's are
 * its quoted pieces ('"We will rebuild," she said, "every house."' -> 'We will rebuild,' and 'every house.').
 * Reported speech's are its span without the attribution clauses the stage found inside it (`interruptions`:
 * where a content resumes after its own attribution, Attribution.interruption, or two joined parts): 'Copper
 * output fell 5%, the statistics institute said on Friday, as Codelco grappled' -> 'Copper output fell 5%' and
 * 'as Codelco grappled'. Each part is trimmed of spaces; a content with no interruption inside is one part.
 */
export function speakerWords(source: string, kind: Quote['kind'], span: Span, quoted: readonly Span[], interruptions: readonly Span[]): Span[] {
  const pieces = kind === 'direct' && quoted.length > 0 ? quoted : withoutInterruptions(span, interruptions);
  const parts: Span[] = [];
  for (const p of pieces) {
    const part = trimSpan(source, { start: Math.max(p.start, span.start), end: Math.min(p.end, span.end) });
    if (part.end > part.start) parts.push(part);
  }
  return parts.length > 0 ? parts : [trimSpan(source, span)];
}

/** `span` cut at the interruptions lying wholly inside it (a span trimmed since, by a dateline or a partial's end, keeps the rest). */
function withoutInterruptions(span: Span, interruptions: readonly Span[]): Span[] {
  const inside = interruptions.filter((c) => c.start > span.start && c.end < span.end).sort((a, b) => a.start - b.start);
  const parts: Span[] = [];
  let from = span.start;
  for (const cut of inside) {
    if (cut.start < from) continue;
    parts.push({ start: from, end: cut.start });
    from = cut.end;
  }
  parts.push({ start: from, end: span.end });
  return parts;
}
