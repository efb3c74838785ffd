/**
 * Characters that carry no letter of their own: the soft hyphen pasted from
 * HTML ("Vladi\u00admir"), zero-width spaces and joiners, bidirectional marks,
 * the word joiner and a stray byte-order mark. Matching looks through them;
 * offsets keep them, since every span points into the caller's string.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
const COMBINING = /\p{M}/u;
const LETTER = /\p{L}/u;
/** anything wink-nlp's tokenizer may split a word at: a letter or mark beyond ASCII, or an invisible character */
const NEEDS_VIEW = /[^\x00-\x7f\u2018-\u201f\u2013-\u2015\u2026\u00a0-\u00ac\u00ae-\u00bf\u00d7\u00f7]/;

/** What a piece of text says, for matching: invisible characters removed, composed to NFC. */
export function normalizeText(text: string): string {
  let out = INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
  // NFC is a no-op on ASCII; skip the call for the common case
  for (let i = 0; i < out.length; i++) {
    if (out.charCodeAt(i) > 0x7f) {
      out = out.normalize('NFC');
      break;
    }
  }
  return out;
}

/**
 * Letters wink's tokenizer treats as word breaks and whose decomposition does
 * not start with an ASCII letter: their closest ASCII stand-in of the same case.
 */
const STAND_IN: Readonly<Record<string, string>> = {
  ß: 's', æ: 'a', Æ: 'A', œ: 'o', Œ: 'O', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 't', Þ: 'T',
  ł: 'l', Ł: 'L', ı: 'i', ŀ: 'l', Ŀ: 'L', ħ: 'h', Ħ: 'H', ŋ: 'n', Ŋ: 'N', ĸ: 'k', ſ: 's', ƒ: 'f',
};

/**
 * The text as wink-nlp should read it, with a map back to the original.
 * wink's tokenizer splits words at letters outside ASCII ("Ng|ā|tiwai",
 * "Ż|ó|łć") and at invisible characters ("Vladi|\u00ad|mir"). The view
 * replaces each letter by an ASCII stand-in of the same case (its base
 * letter where it has one), drops combining marks and invisible characters,
 * and keeps everything else, so wink sees one word where a reader does.
 * `origin[k]` is the offset in `text` of view character k; origin has one
 * more entry, `text.length`. Returns null when the text needs no view.
 */
export function winkView(text: string): { text: string; origin: Int32Array } | null {
  if (!NEEDS_VIEW.test(text)) return null;
  const origin = new Int32Array(text.length + 1);
  let out = '';
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i];
      origin[k++] = i;
      continue;
    }
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const ch = wide ? text.slice(i, i + 2) : text[i]!;
    if (INVISIBLE.test(ch) || COMBINING.test(ch)) {
      if (wide) i++;
      continue;
    }
    if (LETTER.test(ch)) {
      out += standIn(ch);
      origin[k++] = i;
      if (wide) i++;
      continue;
    }
    // punctuation, symbols, spaces beyond ASCII: wink knows curly quotes and dashes
    out += ch;
    origin[k++] = i;
    if (wide) origin[k++] = ++i;
  }
  origin[k] = text.length;
  return { text: out, origin: origin.subarray(0, k + 1) };
}

function standIn(ch: string): string {
  const listed = STAND_IN[ch];
  if (listed) return listed;
  const base = ch.normalize('NFD')[0]!;
  if (base.charCodeAt(0) < 0x80 && /[A-Za-z]/.test(base)) return base;
  return ch.toLowerCase() !== ch ? 'X' : 'x';
}

/**
 * The end in `text` of a token that ends before view character `viewEnd`:
 * past its last character (both halves of a surrogate pair) and the
 * combining marks that follow it, but not past a trailing invisible character.
 */
export function originalEnd(text: string, origin: Int32Array, viewEnd: number): number {
  const last = origin[viewEnd - 1]!;
  const code = text.charCodeAt(last);
  let end = last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  const limit = origin[viewEnd]!;
  while (end < limit && COMBINING.test(text[end]!)) end++;
  return end;
}

/** Lower case for look-ups: "İstanbul" -> "istanbul", not "i̇stanbul" with a combining dot. */
export function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('i\u0307') ? lower.replace(/i\u0307/g, 'i') : lower;
}

/**
 * The text without diacritics ("São Paulo" -> "Sao Paulo", "Türkiye" -> "Turkiye", "Adıyaman" -> "Adiyaman"),
 * as the gazetteers are built (scripts/build-gazetteers.ts folds every name, and its sources spell Turkish names
 * in ASCII: "Sanliurfa", "Diyarbakir").
 */
export function foldDiacritics(text: string): string {
  // look-ups call this for every word: a loop, not a regular expression, for the ASCII common case
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return text.normalize('NFD').replace(COMBINING_ALL, '').replace(DOTLESS_I, 'i').normalize('NFC');
  }
  return text;
}
const COMBINING_ALL = /\p{M}/gu;
/**
 * Letters with a mark that Unicode does not decompose, so NFD leaves them whole: only Turkish dotless "ı" is folded
 * (the other Turkish letters, "ş", "ğ", "İ", split under NFD). Before it, "Adıyaman", "Şanlıurfa" or "Diyarbakır"
 * could never match (hunt 26, a Turkish earthquake story). The other such letters stay as written, on purpose
 * (review rev26-c F3): Maltese "ħ" made the folk genre "għana" read "Ghana", Nordic "ø" made the town "Bø" the given
 * name "Bo", and the gazetteers hold no name the Polish "ł" would reach ("Wrocław" and "Łódź" are matched neither
 * before nor after, no "Wroclaw" or "Lodz" being listed); "đ" had no case at all.
 */
const DOTLESS_I = /ı/g;

/**
 * `text === text.toUpperCase()`, without building the upper-case copy for
 * ASCII text (the tagger asks this of most tokens): only a-z change there.
 */
export function isSameInUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 0x80) return text === text.toUpperCase();
  }
  return true;
}

/** `text.toLowerCase() === text.toUpperCase()` (no cased letter), without either copy for ASCII text. */
export function hasNoCasedLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
    if (c >= 0x80) return text.toLowerCase() === text.toUpperCase();
  }
  return true;
}

/** JavaScript's \s, by character code: the one whitespace set; callers that need more name a variant on it. */
export function isRegExpSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

/**
 * The words of `text` between runs of `isSpace` (by default \s), counted by char code without building them: the
 * resolve stage counts a name's words with \s, the clean stage a line's with layout space.
 */
export function countWords(text: string, isSpace: (c: number) => boolean = isRegExpSpace): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Space between the words of a page's layout: \s and the zero-width space, which web pages and CMSs leave
 * between words and at line ends where it is blank to a reader (a line of ZWSPs is an empty line).
 */
export function isLayoutSpace(c: number): boolean {
  return c === 0x200b || isRegExpSpace(c);
}
