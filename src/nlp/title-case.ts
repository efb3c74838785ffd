import type { Sentence, Token } from '../document';

/*
 * Whether a sentence is written in title case (a headline, where capitals say nothing about names): a fact of the
 * linguistic layer, computed once per sentence by the tokens stage (Sentence.titleCase), which the POS repairs, the
 * entity features, the time stage and the events stage read.
 */

/** at least three words longer than three letters, and (nearly) none of them lower-case */
export function isTitleCase(tokens: readonly Pick<Token, 'text'>[], sentence: Pick<Sentence, 'tokenStart' | 'tokenEnd'>): boolean {
  let long = 0;
  let lower = 0;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const text = tokens[t]!.text;
    if (text.length <= 3) continue;
    const first = startsLowerOrCapital(text);
    if (first === NOT_A_LETTER) continue;
    long++;
    if (first === LOWER_OR_UNCASED) lower++;
  }
  return long >= 3 && lower <= long * 0.1;
}

const NOT_A_LETTER = 0;
const LOWER_OR_UNCASED = 1;
const CAPITAL = 2;

/**
 * How a word opens: not with a letter, with a letter its lower case leaves unchanged, or with a capital. An ASCII
 * first character is read by its code; any other by the regular expression and lower-casing as before. Why: the
 * events stage asks isTitleCase of a sentence for each capitalized trigger word, and the regular expression and a
 * lower-cased string per word of the sentence were 5 MB of garbage over the bench corpus (heap sampling).
 */
function startsLowerOrCapital(text: string): number {
  const c = text.charCodeAt(0);
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return LOWER_OR_UNCASED;
    return c >= 0x41 && c <= 0x5a ? CAPITAL : NOT_A_LETTER;
  }
  if (!/^\p{L}/u.test(text)) return NOT_A_LETTER;
  return text[0] === text[0]!.toLowerCase() ? LOWER_OR_UNCASED : CAPITAL;
}
