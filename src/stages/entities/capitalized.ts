/** Does the word start with a capital letter (any script's)? */
export function isCapitalized(text: string): boolean {
  // asked of nearly every token by the features and the passes: ASCII needs no lower-cased copy
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  const ch = text[0];
  return ch !== undefined && ch.toLowerCase() !== ch;
}

/** One capital letter, then only lower-case letters (any script's): "Le", "Telegraaf", "País"; not "LE", "McX", "De-". */
export function isCapitalizedWord(text: string): boolean {
  // asked of every token by some passes: a word starting with an ASCII character other than A-Z (most) is none
  const c = text.charCodeAt(0);
  if (c < 0x80 && (c < 65 || c > 90)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(text);
}

/** A name word in title case: one capital, then lower-case letters, apostrophes or hyphens ("Eireann", "O'Neill", "Chi-fung"); not "NHS". */
export function isTitleCaseNameWord(text: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+$/u.test(text);
}

const ASCII_TITLE_CASE_WORD = /^[A-Z][a-z]+$/;

/**
 * One ASCII capital, then only ASCII lower-case letters: "London", "Smith"; not "Łódź", "Québec", "McCain", "O'Neill",
 * "NHS". The passes' test of a plain English-looking name word: narrower than isCapitalizedWord (any script's letters),
 * which a pass takes where names from other scripts must pass too.
 */
export function isAsciiTitleCaseWord(text: string): boolean {
  // asked of every token by some passes: a word opening with anything but A-Z (most) needs no regex run
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  return ASCII_TITLE_CASE_WORD.test(text);
}
