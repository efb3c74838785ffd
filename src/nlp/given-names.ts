import namesData from '../data/entities/person-names.json';
import { foldDiacritics } from './characters';
import { WordList } from './word-list';

/**
 * Given names (faker's locales, data/entities/person-names.json), read by the entity stage's gazetteer and by the
 * clean stage's reporter-bio rule. Here in the linguistic layer so that the clean stage need not reach into the
 * entity stage; built once, on the first look-up.
 */
let given: WordList | null = null;

export function isGivenName(lower: string): boolean {
  given ??= WordList.fromSortedLines(namesData.given.toLowerCase());
  return given.has(foldDiacritics(lower));
}
