import type { Span } from '../../document';
import type { Attribution } from './attribution';
import type { DirectAttribution } from './direct';

/** Share of a reported content that must sit in marks for the quote to count as direct. */
export const DIRECT_SHARE = 0.7;

/**
 * Letters and digits before each offset of the source (prefix sums), so the
 * letters of any span are counted in constant time.
 */
export function lettersBefore(source: string): Int32Array {
  const counts = new Int32Array(source.length + 1);
  for (let i = 0; i < source.length; i++) counts[i + 1] = counts[i]! + (isLetterOrDigit(source, i) ? 1 : 0);
  return counts;
}

/** LETTER_OR_DIGIT for the code unit at i; ASCII (nearly every character of English news) by its code, without a regex call per character. */
function isLetterOrDigit(source: string, i: number): boolean {
  const c = source.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(source[i]!);
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Share of the content's letters that sit inside quotation marks. */
export function quotedShare(counts: Int32Array, content: Span, pieces: readonly Span[]): number {
  const total = counts[content.end]! - counts[content.start]!;
  if (total === 0) return 0;
  let inside = 0;
  for (const p of pieces) {
    const s = Math.max(p.start, content.start);
    const e = Math.min(p.end, content.end);
    if (e > s) inside += counts[e]! - counts[s]!;
  }
  return inside / total;
}

/** Offset just past the closing mark (and a period or comma inside it) that follows a quoted piece ending at `end`. */
export function closingMarkEnd(source: string, end: number): number {
  const m = /^[”"’'`]{1,2}/.exec(source.slice(end, end + 2));
  return m ? end + m[0].length : end;
}

/** Offset of the opening mark that precedes a quoted piece starting at `start` (the piece's start when none does). */
export function openingMarkStart(source: string, start: number): number {
  const m = /[“"‘'`]{1,2}$/.exec(source.slice(Math.max(0, start - 2), start));
  return m ? start - m[0].length : start;
}

/** The reported content's cue is the one found at the marks. */
export function sameCue(a: Attribution, d: DirectAttribution): boolean {
  return a.cue.start === d.cue.start;
}
