import type { Span } from '../../schema';

export interface SpanContext {
  before: string;
  text: string;
  after: string;
  /** the line goes on before / after the words shown */
  cutBefore: boolean;
  cutAfter: boolean;
}

const WINDOW = 80;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * The span's text with a few words either side, as the article has it: at
 * most `words` words each side and never past a line break, so a claim is
 * read in its own sentence rather than beside the next paragraph.
 */
export function spanContext(text: string, span: Span, words = 6): SpanContext {
  const from = Math.max(0, span.start - WINDOW);
  const to = Math.min(text.length, span.end + WINDOW);
  let start = span.start;
  for (let i = span.start - 1, seen = 0; i >= from && text[i] !== '\n'; i--) {
    // i starts a word: keep it, and stop after the n-th; a word the window cuts in two is left out
    if (!isSpace(text[i]) && (i === 0 || isSpace(text[i - 1]))) {
      start = i;
      if (++seen === words) break;
    }
  }
  let end = span.end;
  for (let i = span.end, seen = 0; i < to && text[i] !== '\n'; i++) {
    if (!isSpace(text[i]) && (i + 1 === text.length || isSpace(text[i + 1]))) {
      end = i + 1;
      if (++seen === words) break;
    }
  }
  const lineStart = start === 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return {
    before: text.slice(start, span.start),
    text: text.slice(span.start, span.end),
    after: text.slice(span.end, end),
    cutBefore: /\S/.test(text.slice(lineStart, start)),
    cutAfter: /\S/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd)),
  };
}
