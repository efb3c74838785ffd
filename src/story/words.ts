import { stemmer } from 'stemmer';
import wordData from '../data/story/words.json';
import { foldDiacritics } from '../nlp/characters';
import { isPastForm, lemmaCandidates } from '../nlp/morphology';

/**
 * The light normalization the story compares wordings with, computed here
 * once: lower case, diacritics folded, stopwords dropped, irregular past
 * forms to their lemma ("met" -> "meet"), synonyms to their group's first
 * word, then a Porter stem ("coordinated" -> "coordin"). A briefing carries
 * no tokens, so quotes and titles from several articles are read this way.
 */

const STOPWORDS = new Set(wordData.stopwords);
const SYNONYM_OF = new Map<string, string>();
for (const group of wordData.synonyms) for (const w of group) if (!SYNONYM_OF.has(w)) SYNONYM_OF.set(w, group[0]!);

/** the words of a text, lower-cased and folded; apostrophes and hyphens split words */
export function wordsOf(text: string): string[] {
  return foldDiacritics(text.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
}

/** A word's comparison key: synonym group, irregular lemma, stem. */
export function keyOfWord(lower: string): string {
  const synonym = SYNONYM_OF.get(lower);
  if (synonym) return stemmer(synonym);
  let lemma = lower;
  // "met", "held", "spoke": the table's lemma; regular -ed forms the stemmer handles
  if (!lower.endsWith('ed') && isPastForm(lower)) lemma = lemmaCandidates(lower)[1] ?? lower;
  return stemmer(SYNONYM_OF.get(lemma) ?? lemma);
}

/** The content-word keys of a text, as a set. */
export function contentKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(text)) if (!STOPWORDS.has(w)) out.add(keyOfWord(w));
  return out;
}

/** Shared keys and Dice coefficient of two key sets. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; dice: number } {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) shared++;
  const total = a.size + b.size;
  return { shared, dice: total === 0 ? 0 : (2 * shared) / total };
}

/** A name as a comparison key: lower case, folded, dots and a leading "the" dropped, spaces collapsed. */
export function nameKey(name: string): string {
  return foldDiacritics(name.toLowerCase())
    .replace(/['’]s$/, '')
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .trim();
}

export const OFFICES: readonly string[] = wordData.offices;
export const NOT_CURRENT = new Set(wordData.notCurrent);
export const COUNT_NOUNS = new Set(wordData.countNouns);
export const NUMBER_WORDS: Readonly<Record<string, number>> = wordData.numberWords;
/** words before a number that make it an estimate ("at least 20", "about 300"): estimates do not contradict */
export const APPROXIMATE = new Set(wordData.approximate);
export const ORGANIZATION_SUFFIXES = new Set(wordData.organizationSuffixes);
