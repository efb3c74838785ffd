/**
 * wink-nlp reads a run of brackets and colons as an emoticon ("):", ");", ")-:", ":(", ":)") whenever its
 * recursive tokenizer meets it, which it does for a bracketed word with a hyphen or period inside: "(R-S.C.):" is
 * "(", "R", "-", "S", ".", "C.", "):" with "):" one SYM token, and "(D-N.Y.);" ends in ");". ("(Brazil):" is
 * split right: wink's simpler path handles it.) Every stage looks for the ")" and the ":" as tokens (quotes'
 * "Name (Party-State): '...'" lead-in, the sentence and bracket logic), so the tokens stage splits such a token
 * into its marks. A real emoticon stands apart from the words ("sad ):", "great :)") and stays whole: only a run
 * written onto the word before it and closing a bracket ("C.):"), or written onto words on both sides
 * ("following:(a)"), is punctuation.
 */

/**
 * The most tokens one of wink's tokens is split into here: an emoticon of four marks, or a web address and three
 * marks after it (a possessive read whole makes two). The tokens stage sizes its scratch arrays from it.
 */
export const MAX_TOKENS_PER_WINK_TOKEN = 4;

/** Marks after a web address read as marks; with more the token is left to wink. */
const MAX_TRAILING_MARKS = MAX_TOKENS_PER_WINK_TOKEN - 1;

/**
 * wink's emoticons made of marks alone (its `[)(]-?'?[:;]` and `[:;]['’]?-?[)(]+` shapes and the bracket ones of
 * `[:;]-?[...]`): two to four characters of brackets, colons, semicolons, hyphens and apostrophes, with both a
 * bracket and a colon or semicolon. Letters (":D", ":P") are left alone: splitting them would leave a word cut.
 */
const MARKS_ONLY_EMOTICON = new RegExp(`^(?=[^:;]*[:;])(?=[^()[\\]{}]*[()[\\]{}])[()[\\]{}:;'’-]{2,${MAX_TOKENS_PER_WINK_TOKEN}}$`);

const CLOSING_BRACKET = /^[)\]}]/;

/**
 * Whether a wink token is a run of marks to be read one mark a token: an emoticon shape of marks alone, written
 * onto the word before it (`gluedBefore`) and either closing a bracket or written onto the next word too (`gluedAfter`).
 */
export function isGluedPunctuation(word: string, gluedBefore: boolean, gluedAfter: boolean): boolean {
  return gluedBefore && word.length > 1 && MARKS_ONLY_EMOTICON.test(word) && (gluedAfter || CLOSING_BRACKET.test(word));
}

/** How a web address read as one wink token starts ("http://...", "www...."). */
const WEB_ADDRESS = /^(?:(?:https?|ftp):\/\/|www\.)/i;

/**
 * wink reads a web address with the marks written after it as one token: "(http://www.wikihow.com/wikiHow:Statistics)."
 * gives "http://...Statistics)." and "at https://twitter.com/llerer." keeps the full stop. Where the address ends
 * in such a token: before its last marks, a stop, comma, semicolon, colon, "!" or "?" (an address does not end in
 * one in running text) and a closing bracket the address did not open ("...wiki/Mercury_(planet)" keeps its own).
 * The token's length when it has none, or when it is no web address.
 */
export function webAddressEnd(word: string): number {
  if (!WEB_ADDRESS.test(word)) return word.length;
  let end = word.length;
  // past MAX_TRAILING_MARKS the token is left whole: no need to read on (a count per bracket is a full scan)
  while (end > 0 && word.length - end <= MAX_TRAILING_MARKS) {
    const c = word.charAt(end - 1);
    if ('.,;:!?'.includes(c)) end--;
    else if (c === ')' && count(word, '(', end) < count(word, ')', end)) end--;
    else if (c === ']' && count(word, '[', end) < count(word, ']', end)) end--;
    else break;
  }
  // "http://" alone is no address with marks after it; more than MAX_TRAILING_MARKS marks are left to wink
  return word.length - end <= MAX_TRAILING_MARKS && end > word.indexOf('//') + 2 ? end : word.length;
}

/** How often `mark` occurs in word[0, end). */
function count(word: string, mark: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if (word.charAt(i) === mark) n++;
  return n;
}
