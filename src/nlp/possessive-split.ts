import type { Token } from '../document';
import { tokenAtIndex } from './token-at-index';

/**
 * wink-nlp splits a possessive from its word ("Sainsbury" + "'s") before a space, but keeps "Sainsbury's" whole
 * before a comma or full stop, and tags the whole a proper noun ("boss's," too). Every stage reads the token
 * layer, so a rule that looks for the "'s" token (entities' possessive names, quotes' "X's spokesman") missed the
 * word at a clause's end, and each stage would need a workaround of its own. The tokens stage splits such a token
 * where wink would have.
 */

/** A possessive written onto a word at the end of a wink token: a letter, digit or period, then 's / ’s. */
const WHOLE_POSSESSIVE = /[\p{L}\p{N}.]['’]s$/u;

/**
 * Where the possessive mark starts in a wink token read whole ("Sainsbury's" -> 9), or -1 when it holds none.
 * Contractions ("it's", "that's") are split by wink itself, with its contraction flag: the caller passes them by.
 */
export function possessiveSplitAt(word: string): number {
  // asked of every word wink reads: its last two characters first, so that nearly every word is passed by without
  // the regular expression (which, anchored only at the end, tries each position of the word)
  const n = word.length;
  if (n <= 2 || word.charCodeAt(n - 1) !== 0x73) return -1;
  const mark = word.charCodeAt(n - 2);
  return isApostrophe(mark) && WHOLE_POSSESSIVE.test(word) ? n - 2 : -1;
}

/** a straight or curly apostrophe, by its code unit */
function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/**
 * A token whose lower case is "'s" or "’s", read off its own text ("'s", "'S", "’s", "’S": a token's lower case
 * is its text lower-cased, and no other character lower-cases to "s" or an apostrophe): this runs over every
 * token, and the text is a field of the record where the lower case is read through the word's facts. The one
 * test of the "'s" token: a stage that looks for it calls this rather than comparing `.text` (which misses "'S").
 */
export function isApostropheS(text: string): boolean {
  if (text.length !== 2) return false;
  const mark = text.charCodeAt(0);
  const s = text.charCodeAt(1);
  return isApostrophe(mark) && (s === 0x73 || s === 0x53);
}

/**
 * The "'s" of a possessor ("Japan’s ambassador", "TRUMP’S"): wink tags it a particle, and the "'s" of "that's" or
 * "let's" a verb or pronoun, so its part of speech tells the two apart.
 */
export function isPossessiveS(token: Pick<Token, 'text' | 'pos'>): boolean {
  return token.pos === 'PART' && isApostropheS(token.text);
}

/**
 * A possessor's mark at token k: its "'s" (isPossessiveS), or the lone apostrophe a plural takes, written onto its
 * word in -s ("the unions’ leader", which wink tags punctuation). The one test for the stages that read a
 * possessor (resolve's titles, quotes' subject phrases); a mark glued to any other word closes a quotation.
 */
export function isPossessiveMark(tokens: readonly Pick<Token, 'text' | 'pos' | 'start' | 'end'>[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.text.length === 2) return isPossessiveS(t);
  if (t.text !== "'" && t.text !== '’') return false;
  const owner = tokenAtIndex(tokens, k - 1);
  return owner !== undefined && owner.end === t.start && /s$/i.test(owner.text);
}

/** The part of speech of the word before a split possessive: wink tagged the whole a proper noun, right only for a capitalized word ("boss's" is a noun). */
export function posBeforePossessive(word: string, winkTag: string): string {
  return winkTag === 'PROPN' && word.charAt(0) === word.charAt(0).toLowerCase() && word.charAt(0) !== word.charAt(0).toUpperCase() ? 'NOUN' : winkTag;
}
