import { honorifics } from './lexicon';

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

/** The leading honorific ("Mr.", "Dr") of a person name, if any, with its trailing space. */
export function honorificPrefix(text: string): string {
  const first = /^\S+\s+/.exec(text);
  if (!first) return '';
  return honorifics.has(first[0].trim().toLowerCase()) ? first[0] : '';
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
  return words(t).join(' ').toLowerCase();
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
