import type { Token } from '../../document';
import { hyphenPieces } from '../../nlp/hyphen-pieces';

/**
 * A token, or one piece of a hyphenated token: the grammar reads "mid-1990s",
 * "two-year" and "8-month-old" as words joined by "-" words, the same way wink
 * already splits "third-quarter".
 */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  /** index of the token it comes from */
  token: number;
}

/**
 * Word `i`'s lower case; '' before the first word or past the last. An index check rather than
 * `words[i]?.lower`: V8's optimized code deoptimizes on a read past an array's end ('out of bounds', or
 * 'wrong instance type' where it expected a word and got undefined), and the matchers look a word or two
 * past a sentence's end on nearly every article.
 */
export const lowerAt = (words: readonly Word[], i: number): string => (i >= 0 && i < words.length ? words[i]!.lower : '');

/**
 * Does the text start with an ASCII digit, as every `^\d` pattern of the matchers needs? Tested first, by
 * character code: the matchers run at each of the ~36,000 words a megabyte of news holds that could open an
 * expression ("the", "a", digits), and most are no number, so the pattern's call is skipped for them.
 */
export const startsWithDigit = (text: string): boolean => {
  // (an empty word reads no character: charCodeAt(0) on it deoptimized its callers 'out of bounds')
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** Curly apostrophes as straight ones, so "week’s" and "o’clock" read like "week's". */
const normalize = (lower: string): string => (lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower);

export function wordsOf(tokens: readonly Token[], from: number, to: number): Word[] {
  const words: Word[] = [];
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    const pieces = hyphenPieces(token.text);
    if (pieces) {
      splitHyphenated(token, t, pieces, words);
      continue;
    }
    if (isClockWithStop(token.text)) {
      splitStop(token, t, words);
      continue;
    }
    words.push({ text: token.text, lower: normalize(token.lower), start: token.start, end: token.end, pos: token.pos, token: t });
  }
  return words;
}

/**
 * "3pm." and "10.30am." at a sentence's end: wink keeps the full stop on the token (it reads "pm." like an
 * abbreviation), so the clock matcher saw no clock time there; the stop becomes a word of its own.
 */
const isClockWithStop = (text: string): boolean =>
  text.length <= 9 && startsWithDigit(text) && text.endsWith('m.') && /^\d{1,2}(?:[:.]\d{2})?[ap]m\.$/i.test(text);

function splitStop(token: Token, index: number, words: Word[]): void {
  const clock = token.text.slice(0, -1);
  words.push({ text: clock, lower: clock.toLowerCase(), start: token.start, end: token.end - 1, pos: token.pos, token: index });
  words.push({ text: '.', lower: '.', start: token.end - 1, end: token.end, pos: 'PUNCT', token: index });
}

function splitHyphenated(token: Token, index: number, pieces: readonly string[], words: Word[]): void {
  let offset = token.start;
  pieces.forEach((piece, i) => {
    if (i > 0) {
      words.push({ text: '-', lower: '-', start: offset, end: offset + 1, pos: 'PUNCT', token: index });
      offset += 1;
    }
    words.push({
      text: piece,
      lower: normalize(piece.toLowerCase()),
      start: offset,
      end: offset + piece.length,
      pos: /^\d/.test(piece) ? 'NUM' : token.pos,
      token: index,
    });
    offset += piece.length;
  });
}
