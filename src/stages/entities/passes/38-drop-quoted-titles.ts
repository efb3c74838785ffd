import type { Token } from '../../../document';
import works from '../../../data/entities/works.json';
import { NON_APOSTROPHE_MARKS } from '../../../nlp/quotation-marks';
import { isCapitalized } from '../capitalized';
import type { EntityPass, EntityPassContext } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { appositionHeadedBy, keyOf } from './shared';
import { listJoiners } from './words';

/**
 * Titles of films, series, albums and books read like names ("Peter
 * Rabbit", "Harry Potter", "The Miseducation of Cameron Post") but are none
 * of our three types. News puts them in quotation marks: a name in a short
 * quotation written in title case ("The Return of Martin Kell") is a
 * title when what stands before the quotation says so: a work noun
 * (works.json: "the drama", "the film"), a possessive ("Sony Pictures'",
 * "HBO's"), "including", or for a quotation listed after another ("\"Star
 * Wars\" and \"Harry Potter\""), what makes the first one a title; or
 * after it, an apposition headed by a work noun ('"The Salt Road", a slow
 * and tender drama').
 * Alternative spellings in marks ("spelled \"Cary Town Center\" or ...")
 * have no such cue. A title of two or more words goes at every mention, as
 * a box-office list repeats it without marks; a one-word title only in its
 * marks, as the documentary "Beckham" is about Beckham. A quoted nickname inside a person's name
 * (Ramesh "Sunny" Balwani) follows no such word and stays.
 */
export const dropQuotedTitles: EntityPass = { name: 'drop-quoted-titles', run };

const labels = new Set(works.labels);
/** lower-case words inside a title ("The Return of the King") */
const smallWords = new Set(['the', 'a', 'an', 'of', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'from', 'by', '&']);
const maxTitleWords = 8;
const closingPunctuation = new Set([',', '.', '!', '?', ':', ';']);

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const quoted = new Set<TaggedSpan>();
  const titles = new Set<string>();
  for (const s of spans) {
    const marks = fillsQuotation(tokens, s);
    if (!marks || !(titleCue(tokens, marks.open) || workApposition(tokens, marks.close))) continue;
    quoted.add(s);
    // (a one-word title is often its subject's name: Netflix's "Beckham", then Beckham himself)
    if (s.tokenEnd - s.tokenStart >= 2) titles.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
  }
  if (quoted.size === 0) return spans;
  return spans.filter((s) => !quoted.has(s) && !titles.has(keyOf(tokens, s.tokenStart, s.tokenEnd)));
}

/**
 * The opening and closing marks' token indexes when the span stands in a
 * short quotation written in title case ("The Return of Martin Kell"), else null.
 */
function fillsQuotation(tokens: readonly Token[], s: TaggedSpan): { open: number; close: number } | null {
  if (!tokens[s.tokenStart]!.inQuote) return null;
  let open = s.tokenStart - 1;
  while (open >= 0 && s.tokenStart - open <= maxTitleWords && tokens[open]!.inQuote && titleWord(tokens[open]!)) open--;
  let close = s.tokenEnd;
  while (close < tokens.length && close - s.tokenEnd <= maxTitleWords && tokens[close]!.inQuote && titleWord(tokens[close]!)) close++;
  const first = tokens[open];
  const last = tokens[close];
  if (!first || !last || !NON_APOSTROPHE_MARKS.has(first.text) || !NON_APOSTROPHE_MARKS.has(last.text)) return null;
  return first.sentence === last.sentence || last.sentence === tokens[s.tokenEnd - 1]!.sentence ? { open, close } : null;
}

/** A word a title may hold: capitalized, a small function word, a possessive ("Summer at Aunt Eleni's"), or closing punctuation. */
function titleWord(w: Token): boolean {
  return isCapitalized(w.text) || /^\d/.test(w.text) || smallWords.has(w.text) || closingPunctuation.has(w.text) || (w.text.endsWith('s') && possessiveMarks.has(w.text));
}

/**
 * Does the word before the opening mark make it a title: a work noun, a
 * possessive, "including", or, for a quotation listed after another
 * ("\"Star Wars\" and \"Harry Potter\""), whatever makes the first one a title?
 */
function titleCue(tokens: readonly Token[], open: number): boolean {
  for (let hops = 0; hops < 6; hops++) {
    const before = tokens[open - 1];
    if (!before) return false;
    if (possessiveMarks.has(before.text) || (before.text === before.lower && (labels.has(before.lower) || before.lower === 'including'))) return true;
    if (!listJoiners.has(before.lower) || !NON_APOSTROPHE_MARKS.has(tokens[open - 2]?.text ?? '')) return false;
    // back over the listed quotation to its opening mark
    let o = open - 3;
    while (o >= 0 && open - o <= maxTitleWords + 3 && !NON_APOSTROPHE_MARKS.has(tokens[o]!.text)) o--;
    if (o < 0 || !NON_APOSTROPHE_MARKS.has(tokens[o]!.text)) return false;
    open = o;
  }
  return false;
}

/**
 * '"The Salt Road", a slow and tender drama about ...': after the closing mark a comma (or one inside the
 * marks), an article and up to five lower-case words, one of them a work noun.
 */
function workApposition(tokens: readonly Token[], close: number): boolean {
  // the article after a comma after the closing mark, or right after the mark when the comma stands inside ('"The Salt Road," a drama')
  const article = tokens[close + 1]?.text === ',' ? close + 2 : tokens[close - 1]?.text === ',' ? close + 1 : -1;
  return article >= 0 && tokens[article]?.sentence === tokens[close]!.sentence && appositionHeadedBy(tokens, article, ['a', 'an', 'the'], labels, 5);
}
