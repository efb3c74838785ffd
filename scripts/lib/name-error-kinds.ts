/**
 * What the name error scripts (web-name-errors.ts, news-name-errors.ts) share: the kind of text a name stands in
 * (all-caps or lower-case line, sentence opener, headline-like short line, ...) and the kind of a boundary error
 * (a title, "the", a possessive or a trailing word too many; a multi-word name cut), so buckets can be counted
 * before a rule is written for them.
 */
import { demonymToCountry } from '../../src/stages/entities/gazetteer';

/** The line a span stands on, for the kind of text around it. */
export function lineOf(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
}

/** The kind of text around a span: where a tagger reading capitals goes wrong. */
export function contextKind(text: string, start: number, end: number): string {
  const span = text.slice(start, end);
  const line = lineOf(text, start, end);
  const letters = line.replace(/[^\p{L}]/gu, '');
  const before = text.slice(Math.max(0, start - 30), start);
  if (/@\s*$/.test(before)) return 'after-at';
  if (/(?:www\.|https?:|\.com\b|\.org\b)/i.test(span)) return 'url';
  if (letters.length > 8 && letters === letters.toUpperCase()) return 'all-caps-line';
  if (letters.length > 8 && letters === letters.toLowerCase()) return 'lower-case-line';
  if (span === span.toLowerCase()) return 'lower-case-name';
  if (/["“”]\s*$/.test(before) || /^\s*["“”]/.test(text.slice(end, end + 3))) return 'quoted';
  if (/(?:^|[.!?]["')]*\s+|\n\s*|^\s*[-*•]\s*)$/.test(before)) return 'opener';
  if (line.split(/\s+/).length <= 6) return 'short-line';
  return 'in-sentence';
}

const titleWord = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady|Saint|St|President|Prime|Minister|Secretary|Senator|Sen|Rep|Governor|Gov|Mayor|King|Queen|Prince|Princess|Pope|General|Gen|Col|Captain|Capt|Judge|Justice|Chairman|Director|Chief|Officer|Professor|Coach|Reverend|Rev|Father|Bishop|Archbishop|Ambassador|Commissioner|Chancellor|Sheriff|Detective|Sergeant|Sgt|Lieutenant|Lt|Admiral|Commander|Deputy|Vice|Former|former|Dr\.|Mr\.|Mrs\.|Ms\.)\.?$/;

/** What a too-long span has beyond the gold name: a title, "the", a possessive, a demonym, a leading or trailing word. */
export function extraKind(text: string, outer: { start: number; end: number }, inner: { start: number; end: number }): string {
  const lead = text.slice(outer.start, inner.start).trim();
  const trail = text.slice(inner.end, outer.end).trim();
  if (lead && trail) return 'too-long-both-sides';
  const extra = lead || trail;
  const first = extra.split(/\s+/)[0] ?? '';
  if (lead && /^the$/i.test(lead)) return 'too-long-the';
  if (lead && titleWord.test(first)) return 'too-long-title';
  if (trail && /^['’]s?$/.test(trail)) return 'too-long-possessive';
  if (demonymToCountry(first) !== null) return lead ? 'too-long-demonym-lead' : 'too-long-demonym-trail';
  return lead ? 'too-long-lead-word' : 'too-long-trailing-word';
}

/** What a too-short span misses of the gold name: a multi-word name cut after or before the found part. */
export function cutKind(text: string, outer: { start: number; end: number }, inner: { start: number; end: number }): string {
  const lead = text.slice(outer.start, inner.start).trim();
  const trail = text.slice(inner.end, outer.end).trim();
  if (lead && trail) return 'cut-both-sides';
  const missing = lead || trail;
  if (/^(?:of|and|&|for|de|the)\b/i.test(missing) || /\b(?:of|and|&|for|de|the)$/i.test(missing)) return lead ? 'cut-lead-with-function-word' : 'cut-trail-with-function-word';
  return lead ? 'cut-lead' : 'cut-trail';
}
