/**
 * The shape of a direct-quote error read from the text around it, in the kinds issue 12 names (quote-errors.ts
 * `--shapes`): a spurious quote joined with the next paragraph's, one holding its attribution's words, a title or
 * scare quote output as speech, a partial running on; a missed quote in a headline, introduced by a colon, continuing
 * a paragraph before it, or whose cue stands in another sentence. A second table beside the pipeline-fate buckets:
 * the fates say where our rules lost a quote, the shapes what the text looked like there.
 */
import type { Span } from '../../src/document';
import type { Quote } from '../../src/schema';
import { goldSpan, pieceRatio, type PolnearAttribution } from './polnear';

const slice = (text: string, span: Span): string => text.slice(span.start, span.end);
/** A sentence ends between two offsets: a terminal mark, maybe a closing quote, then a space and a capital or opening mark. */
const SENTENCE_BREAK = /[.!?]["”’']*\s+["“‘'(]*\p{Lu}/u;
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** The first line of the text: a headline in PolNeAR's documents. */
function inFirstLine(text: string, span: Span): boolean {
  const nl = text.indexOf('\n');
  return nl < 0 || span.start < nl;
}

/** A missed gold direct content: which shape it has. */
export function missShape(text: string, gold: PolnearAttribution): string {
  const g = goldSpan(gold.content);
  if (inFirstLine(text, g)) return 'miss: headline-style (X: "...")';
  const before = text.slice(Math.max(0, g.start - 3), g.start).trimEnd();
  if (before.endsWith(':')) return 'miss: colon-introduced';
  if (!gold.cue || gold.cue.length === 0) {
    const lineStart = g.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, g.start - 4), g.start));
    return lineStart ? 'miss: paragraph continuation (no cue)' : 'miss: no cue annotated';
  }
  const cue: Span = goldSpan(gold.cue);
  const between = cue.end <= g.start ? text.slice(cue.end, g.start) : cue.start >= g.end ? text.slice(g.end, cue.start) : '';
  if (between.includes('\n')) return 'miss: cue in another paragraph';
  if (SENTENCE_BREAK.test(between)) return `miss: cue in the ${cue.end <= g.start ? 'previous' : 'next'} sentence`;
  if (slice(text, g).includes('\n')) return 'miss: content runs over paragraphs';
  const marked = /^\W*["“‘'`]/.test(slice(text, g));
  return marked ? 'miss: cue in the sentence, content opens at a mark' : 'miss: cue in the sentence, partial (content opens outside marks)';
}

/** A spurious direct quote: which shape it has, given the gold contents overlapping it (direct first). */
export function spuriousShape(text: string, q: Quote, overlapping: PolnearAttribution | undefined): string {
  const ours = slice(text, q.span);
  if (!overlapping) return wordCount(ours) <= 5 ? 'spurious: title or scare quote output as speech (<= 5 words, no gold)' : 'spurious: speech with no gold (> 5 words)';
  const g = goldSpan(overlapping.content);
  if (ours.includes('\n') && !slice(text, g).includes('\n')) return "spurious: joined with the next paragraph's quote";
  // '"A," said X, a professor at ... who ... . "B."': the gold joins the same pieces, but its first-to-last span
  // holds an attribution longer than the quoted words, so the whole-span ratio fails an exact quote
  if (overlapping.content.length > 1 && q.quoted.length > 1 && pieceRatio(q.quoted, overlapping.content) >= 0.5) return 'spurious (scorer): the gold\'s pieces, attribution longer than the words';
  const cue = overlapping.cue && overlapping.cue.length > 0 ? goldSpan(overlapping.cue) : null;
  if (cue && cue.start >= q.span.start && cue.end <= q.span.end) return 'spurious: attribution words kept inside';
  if (!ours.includes('\n') && slice(text, g).includes('\n')) return 'spurious: gold runs over paragraphs, ours stops';
  if (overlapping.content.length > 1 && (q.span.end <= overlapping.content[0]![1] + 2 || q.span.start >= overlapping.content[overlapping.content.length - 1]![0] - 2))
    return 'spurious: one piece of an interrupted quote';
  const partial = !/^\W*["“‘'`]/.test(ours) || !/["”’'`]\W*$/.test(ours) || q.quoted.length > 1;
  if (q.span.end > g.end + 2) return partial ? 'spurious: partial runs on past the gold end' : 'spurious: runs on past the gold end';
  if (q.span.start < g.start - 2) return 'spurious: starts before the gold';
  if (q.span.end < g.end - 2) return 'spurious: ends before the gold';
  if (q.span.start > g.start + 2) return 'spurious: starts after the gold (a lead left out)';
  return 'spurious: other';
}
