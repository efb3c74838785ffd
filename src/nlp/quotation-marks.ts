import { tokenAt, type Token } from '../document';

/**
 * Quotation-mark tokens by kind, one home for the stages that test a token's
 * text against them (src/nlp/quotations.ts pairs the marks in the source; these
 * answer "is this token a mark of that kind").
 */

/** Double marks, straight and curly: they cannot be an apostrophe ('Ramesh "Sunny" Balwani'). */
export const DOUBLE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);

/**
 * Every mark that cannot be a straight apostrophe: the double marks, the curly
 * single ones ("\u2018", "\u2019") and guillemets, as a title or name in marks may be set in any of them.
 */
export const NON_APOSTROPHE_MARKS: ReadonlySet<string> = new Set([...DOUBLE_MARKS, '\u2018', '\u2019', '\u00ab', '\u00bb']);

const CLOSING_MARK = /^(["”’']|'')$/;
const OPENING_MARK_NOT_APOSTROPHE = /^(["“‘`]|``)$/;

/** A token that opens a quotation: a double or curly mark or backtick(s), or a straight single mark (which may also be an apostrophe). */
export function isOpeningMark(t: Token | undefined): boolean {
  return isOpeningMarkNotApostrophe(t) || t?.text === "'";
}

/** An opening mark that cannot be an apostrophe: a straight or curly double mark, a curly single one, backtick(s). */
export function isOpeningMarkNotApostrophe(t: Token | undefined): boolean {
  return t !== undefined && OPENING_MARK_NOT_APOSTROPHE.test(t.text);
}

/** A closing quotation mark token: a straight or curly mark, single or double, or two straight singles. */
export function isClosingMark(t: Token | undefined): boolean {
  return t !== undefined && CLOSING_MARK.test(t.text);
}

/** A quotation mark of either side ('"A," he said, to shouts of "B"': the marks around a word, skipped). */
export function isQuotationMark(t: Token | undefined): boolean {
  return isOpeningMark(t) || isClosingMark(t);
}

/**
 * The index of the first token after a closing mark that ends at `closeEnd`, past a nested quotation's closing mark
 * left over right after it ('''...'We'll bomb them,''' said McCain': the attribution starts after the last mark).
 */
export function tokenAfterClosingMark(tokens: readonly Token[], closeEnd: number): number {
  let k = tokenAt(tokens, closeEnd);
  while (tokens[k] && tokens[k]!.start < closeEnd) k++;
  while (tokens[k] && tokens[k]!.start === tokens[k - 1]?.end && /^['’]$/.test(tokens[k]!.text)) k++;
  return k;
}
