import genders from '../../data/resolve/given-name-gender.json';
import { WordList } from '../../nlp/word-list';
import { honorificPrefix } from './keys';
import { femaleWords, maleWords } from './lexicon';
import type { Cluster } from './types';

let given: { male: WordList; female: WordList } | undefined;

/** The given-name lists, split on first use (about 12,000 names). */
function givenNames(): { male: WordList; female: WordList } {
  given ??= { male: WordList.fromSortedLines(genders.male), female: WordList.fromSortedLines(genders.female) };
  return given;
}

/**
 * A person's grammatical gender from the text's own words: an honorific
 * ("Mrs.", "Mr") or a given name listed for one gender only ("Jennifer",
 * "Daniel"). Conflicting evidence leaves it unknown; so does a name like
 * "Kim" used for both. Pronoun resolution then skips people of the other gender.
 */
export function assignGenders(clusters: readonly Cluster[]): void {
  const { male, female } = givenNames();
  for (const c of clusters) {
    if (c.type !== 'person' || c.gender) continue;
    let isMale = false;
    let isFemale = false;
    for (const n of c.names) {
      const honorific = honorificPrefix(n.text).trim().toLowerCase();
      if (honorific) {
        if (maleWords.has(honorific)) isMale = true;
        if (femaleWords.has(honorific)) isFemale = true;
        continue;
      }
      const w = n.keyWords;
      if (w.length < 2) continue;
      if (male.has(w[0]!)) isMale = true;
      if (female.has(w[0]!)) isFemale = true;
    }
    if (isMale !== isFemale) c.gender = isMale ? 'male' : 'female';
  }
}
