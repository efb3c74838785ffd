import { honorifics } from './lexicon';
import { countWords, isRegExpSpace } from '../../nlp/characters';

const possessive = /['’]s?$/;

/** Length of a trailing possessive ("Kishida's" -> 2, "Reuters'" -> 1), 0 when none. */
export function possessiveLength(text: string): number {
  if (text.length < 3) return 0;
  const match = possessive.exec(text);
  if (!match) return 0;
  // "'" alone marks a possessive only after an s ("Reuters'"); "O'" is a name part
  if (match[0].length === 1 && !/s$/i.test(text.slice(0, -1))) return 0;
  return match[0].length;
}

/** Words of a name, split on spaces. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

/**
 * `words(text).join(' ')`: the name's words joined by single spaces. Nearly every name already reads so, and is then
 * returned as it is: the split, the filter and the join were built for every mention of every name (issue 14).
 */
export function spacedWords(text: string): string {
  return singleSpaced(text) ? text : words(text).join(' ');
}

/** No space at either end, and every space between two words one ' ' (by char code: what `\s` matches). */
function singleSpaced(text: string): boolean {
  let afterSpace = true; // a space first is not single spacing
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = isRegExpSpace(c);
    if (space && (c !== 32 || afterSpace)) return false;
    afterSpace = space;
  }
  return !afterSpace || text.length === 0;
}

/** `words(text).length`, counted without building the words. */
export function wordCount(text: string): number {
  return countWords(text);
}

/** The leading honorific ("Mr.", "Dr") of a person name, if any, with its trailing space. */
export function honorificPrefix(text: string): string {
  // what /^\S+\s+/ matched, found by char code: the first word's end and the end of the spaces after it
  let wordEnd = 0;
  while (wordEnd < text.length && !isRegExpSpace(text.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd === 0 || wordEnd === text.length) return '';
  let spaceEnd = wordEnd + 1;
  while (spaceEnd < text.length && isRegExpSpace(text.charCodeAt(spaceEnd))) spaceEnd++;
  return isHonorific(text.slice(0, wordEnd)) ? text.slice(0, spaceEnd) : '';
}

/** One word that is an honorific ("Mr.", "dr"), in any case: `honorificPrefix(word + ' ') !== ''` without the concatenation. */
export function isHonorific(word: string): boolean {
  return word !== '' && honorifics.has(word.toLowerCase());
}

/**
 * Lookup key of a name: lower case, without a leading "the", an honorific, or
 * the dots of an abbreviation ("U.S." -> "us"), typographic apostrophes made
 * plain, spaces collapsed.
 */
export function nameKey(text: string): string {
  let t = text.replace(/[’‘]/g, "'").trim();
  t = t.replace(/^the\s+/i, '');
  t = t.slice(honorificPrefix(t).length);
  if (/^(?:[A-Za-z]\.){2,6}$/.test(t)) t = t.replace(/\./g, '');
  return spacedWords(t).toLowerCase();
}

const functionWords = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'del', 'et', 'to', 'at', '&']);

/**
 * Initials of a multi-word name: "Chinese Communist Party" -> "CCP",
 * "Asia-Pacific Economic Cooperation" -> "APEC"; null for one word.
 */
export function acronymOf(text: string): string | null {
  const parts = text.split(/[\s-]+/).filter((w) => w !== '' && !functionWords.has(w.toLowerCase()));
  if (parts.length < 2) return null;
  let letters = '';
  for (const p of parts) {
    const c = p[0]!;
    if (!/[A-Za-z0-9]/.test(c)) return null;
    letters += c.toUpperCase();
  }
  return letters;
}

/** Whether a one-word key could be an acronym: 2 to 8 letters ("ccp", "nato", "us"). */
export function looksLikeAcronymKey(key: string): boolean {
  return /^[a-z]{2,8}$/.test(key);
}
