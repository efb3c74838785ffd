/**
 * The place gazetteer's index, built at build time (scripts/build-place-index.ts writes
 * src/data/entities/place-index.json; tests/place-index.test.ts checks it is up to date):
 * every place name lower-cased, sorted, with its kind, the first words of multi-word names
 * and the longest name in words. Built on the first call instead, the 10,000 names cost a
 * Map, a regex and a split each and a sort with a comparator: a sixth of the first call's own work.
 */
import countriesData from '../../data/entities/countries.json';
import lexicon from '../../data/entities/lexicon.json';
import placesData from '../../data/entities/places.json';

export type PlaceKind = 'country' | 'majorcity' | 'city' | 'region';

/** A place's kind by its digit in `PlaceIndex.kinds`. */
export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'majorcity', 'city', 'region'];

export interface PlaceIndex {
  /** lower-cased place names, sorted and unique, one per line (for WordList.fromSortedLines) */
  words: string;
  /** the kind of each name in `words`, as its index in PLACE_KINDS, one digit per name */
  kinds: string;
  /** lower-cased first words of multi-word place names, sorted, one per line */
  firstWords: string;
  /** longest place name in space-separated words, at most 6 */
  maxPlaceWords: number;
}

/** The index from the shipped gazetteers: first kind wins (country, region, major city, then any town). */
export function buildPlaceIndex(): PlaceIndex {
  const places = new Map<string, PlaceKind>();
  let maxPlaceWords = 1;
  const placeFirstWords = new Set<string>();
  const addPlace = (name: string, kind: PlaceKind): void => {
    const key = name.toLowerCase();
    if (!places.has(key)) places.set(key, kind);
    const first = /^[^\s.'-]+/.exec(key)?.[0];
    if (first && first.length < key.length) placeFirstWords.add(first);
    maxPlaceWords = Math.max(maxPlaceWords, Math.min(6, key.split(' ').length));
  };
  for (const c of countriesData) {
    addPlace(c.name, 'country');
    for (const alias of c.aliases) {
      // two-letter ISO codes ("IN", "IT", "NO") are ordinary words in text
      if (alias.length > 3) addPlace(alias, 'country');
    }
  }
  for (const alias of Object.keys(lexicon.countryAliases)) addPlace(alias, 'country');
  for (const name of placesData.regions.split('\n')) addPlace(name, 'region');
  for (const name of placesData.majorCities.split('\n')) addPlace(name, 'majorcity');
  for (const name of placesData.cities.split('\n')) addPlace(name, 'city');
  const entries = [...places].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    words: entries.map((e) => e[0]).join('\n'),
    kinds: entries.map((e) => PLACE_KINDS.indexOf(e[1])).join(''),
    firstWords: [...placeFirstWords].sort().join('\n'),
    maxPlaceWords,
  };
}
