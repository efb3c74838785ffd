import type { Sentence, Token } from '../document';
import { hyphenPieces } from './hyphen-pieces';

/*
 * Whether a sentence is written in title case (a headline, where capitals say nothing about names): a fact of the
 * linguistic layer, computed once per sentence by the tokens stage, in two readings of the one scan.
 *
 * - Sentence.titleCase, the strict reading: at least three words longer than three letters, the first word counted,
 *   and at most a tenth of them opening in lower case. Read by the POS repairs, the entity features, the events stage,
 *   and the time stage in body text. A story sentence dense with names ("... named Chancellor Jeremy Hunt his
 *   'Colleague of the Year' during the Conservative Party Conference", two lower-case words in fourteen) is none.
 * - Sentence.mostlyTitleCase, the looser reading the time stage always used for a headline: at least three ASCII words
 *   of four letters or more after the first word, four in five of them opening with a capital and a lower-case
 *   letter (hyphenated words read piece by piece, as that stage reads them). Headlines in Chicago style leave
 *   prepositions and conjunctions of four letters or more ("with", "after", "from", "into"), "this" and brands such
 *   as "iPhone" in lower case: one such word in five to nine fails the strict reading but passes this one.
 */

/** Both readings of title case for the sentence's tokens (see above). */
export function titleCaseReadings(
  tokens: readonly Pick<Token, 'text'>[],
  sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>,
): Pick<Sentence, 'titleCase' | 'mostlyTitleCase'> {
  let long = 0;
  let lower = 0;
  const loose = { words: 0, capitalized: 0, first: true };
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const text = tokens[t]!.text;
    countLooseWords(text, loose);
    if (text.length <= 3) continue;
    const first = startsLowerOrCapital(text);
    if (first === NOT_A_LETTER) continue;
    long++;
    if (first === LOWER_OR_UNCASED) lower++;
  }
  return {
    titleCase: long >= 3 && lower <= long * 0.1,
    mostlyTitleCase: loose.words >= 3 && loose.capitalized / loose.words >= 0.8,
  };
}

const isAsciiUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isAsciiLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** The looser reading's count over one token: its hyphen pieces, the sentence's first word skipped. */
function countLooseWords(text: string, loose: { words: number; capitalized: number; first: boolean }): void {
  const pieces = hyphenPieces(text);
  if (pieces === null) {
    countLooseWord(text, loose);
    return;
  }
  // the hyphens between the pieces are words of their own, but no letters: they count for nothing
  for (const piece of pieces) countLooseWord(piece, loose);
}

function countLooseWord(word: string, loose: { words: number; capitalized: number; first: boolean }): void {
  if (loose.first) {
    loose.first = false;
    return;
  }
  // (read by character code: asked of every word of every sentence)
  const c = word.charCodeAt(0);
  if (word.length < 4 || !(isAsciiUpper(c) || isAsciiLower(c))) return;
  loose.words++;
  if (isAsciiUpper(c) && isAsciiLower(word.charCodeAt(1))) loose.capitalized++;
}

const NOT_A_LETTER = 0;
const LOWER_OR_UNCASED = 1;
const CAPITAL = 2;

/**
 * How a word opens: not with a letter, with a letter its lower case leaves unchanged, or with a capital. An ASCII
 * first character is read by its code; any other by the regular expression and lower-casing. Why: this runs on
 * every word of every sentence, and a regular expression and a lower-cased string per word were 5 MB of garbage over
 * the bench corpus (heap sampling).
 */
function startsLowerOrCapital(text: string): number {
  const c = text.charCodeAt(0);
  if (c < 0x80) {
    if (isAsciiLower(c)) return LOWER_OR_UNCASED;
    return isAsciiUpper(c) ? CAPITAL : NOT_A_LETTER;
  }
  if (!/^\p{L}/u.test(text)) return NOT_A_LETTER;
  return text[0] === text[0]!.toLowerCase() ? LOWER_OR_UNCASED : CAPITAL;
}
