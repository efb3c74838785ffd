import functionWordData from '../../data/language/english-function-words.json';

/** What a sample's characters and words say, counted in one pass each. */
export interface TextProfile {
  /** characters other than white space */
  visible: number;
  letters: number;
  /** letters of the Latin script (English, but also French, Vietnamese, Polish ...) */
  latinLetters: number;
  /** letters that have case (Latin, Cyrillic, Greek), and how many of them are capitals */
  casedLetters: number;
  upperLetters: number;
  /** runs of letters, lower-cased */
  words: readonly string[];
  /** share of the words that are common English function words ("the", "of", "said") */
  englishShare: number;
}

let functionWords: ReadonlySet<string> | undefined;

export function profileText(text: string): TextProfile {
  functionWords ??= new Set(functionWordData.words);
  let visible = 0;
  let letters = 0;
  let latinLetters = 0;
  let casedLetters = 0;
  let upperLetters = 0;
  // an index loop: `for (const ch of text)` builds a string for every character
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII: the common case, no regular expression
      if (c > 0x20 && c !== 0x7f) visible++;
      const upper = c >= 0x41 && c <= 0x5a;
      if (upper || (c >= 0x61 && c <= 0x7a)) {
        letters++;
        latinLetters++;
        casedLetters++;
        if (upper) upperLetters++;
      }
      continue;
    }
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    if (wide) i++;
    if (/\s/.test(ch)) continue;
    visible++;
    if (!letter.test(ch)) continue;
    letters++;
    if (latin.test(ch)) latinLetters++;
    const lower = ch.toLowerCase();
    if (lower !== ch.toUpperCase()) {
      casedLetters++;
      if (ch !== lower) upperLetters++;
    }
  }
  const words = text.toLowerCase().match(wordPattern) ?? [];
  let english = 0;
  for (const w of words) if (functionWords.has(w)) english++;
  return {
    visible,
    letters,
    latinLetters,
    casedLetters,
    upperLetters,
    words,
    englishShare: words.length > 0 ? english / words.length : 0,
  };
}

/**
 * Share of the Latin-script words that could be words: a vowel, no five
 * consonants in a row ("xkcdq" is not). Asked only of text already short of
 * English function words.
 */
export function wordlikeShare(words: readonly string[]): number {
  let latinWords = 0;
  let wordlike = 0;
  for (const w of words) {
    if (!latinWord.test(w)) continue;
    latinWords++;
    if (vowel.test(w) && !consonantRun.test(w)) wordlike++;
  }
  return latinWords > 0 ? wordlike / latinWords : 1;
}

const letter = /\p{L}/u;
const latin = /\p{Script=Latin}/u;
// a mark belongs to its letter's word ("Nguyễn" decomposed)
const wordPattern = /\p{L}[\p{L}\p{M}]*/gu;
const latinWord = /^[\p{Script=Latin}\p{M}]+$/u;
// "y" and the accented vowels count: "rhythm", "Łódź", "Nguyễn"
const vowel = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēėęěīįıōőœūůűųơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹ]/u;
const consonantRun = /[^aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēėęěīįıōőœūůűųơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹ]{5,}/u;
