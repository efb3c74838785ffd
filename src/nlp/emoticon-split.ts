/**
 * wink-nlp reads a colon (or semicolon) and the character after it as an emoticon (":S", ":P", ":D", ":3", ":/")
 * wherever no space follows the colon, and cuts the word there: "Notes:Some" is "Notes", ":S", "ome";
 * "margin-bottom:30px" gives ":3", "0", "px"; "C:/x" gives ":/". A word cut in half is a junk token every stage
 * reads (a name "Ome", a lemma "emocrats"), so the tokens stage splits such a token into its colon and the
 * character after it, and joins a letter or digit to the word wink read right after it ("Some", "30"). A real
 * emoticon stands apart from the words ("great :D") and stays whole: only one written onto the words on both
 * sides is split.
 */

/** wink's emoticons of a colon or semicolon and one letter, digit or slash. */
const COLON_EMOTICON = /^[:;][\p{L}\p{N}/\\|]$/u;

/** A letter or digit: what a cut-off first character is joined to the word after it for. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

/** Whether a wink token is a colon emoticon written onto the word before it and the text after it. */
export function isGluedColonEmoticon(word: string, gluedBefore: boolean, gluedAfter: boolean): boolean {
  return gluedBefore && gluedAfter && COLON_EMOTICON.test(word);
}

/** Whether the character after the colon is part of a word (joined to the word read after it), not a mark. */
export function startsWord(character: string): boolean {
  return WORD_CHARACTER.test(character);
}

/** A word wink read whole after the emoticon, to which its cut-off character is joined: letters and digits only. */
const WORD = /^[\p{L}\p{N}]+$/u;

export function isWordRest(value: string): boolean {
  return WORD.test(value);
}

/**
 * The part of speech of a word joined from the emoticon's character and the rest: wink tagged only the rest
 * ("ome" a noun, "7PM" a symbol), so a word starting with a digit is a number ("30", "37PM", as wink reads
 * "9:30" and "30"), a capitalized word a proper noun (wink's own reading of a capitalized word it does not know;
 * the POS repairs run later); otherwise wink's tag of the rest.
 */
export function posOfJoinedWord(word: string, restTag: string): string {
  const first = word.charAt(0);
  if (/^\p{N}/u.test(word)) return 'NUM';
  if (first !== first.toLowerCase()) return 'PROPN';
  return restTag === 'PROPN' || restTag === 'SYM' || restTag === 'PUNCT' ? 'NOUN' : restTag;
}
