import type { Token } from '../../document';
import { placeKind } from '../entities/gazetteer';
import type { Phrase } from './phrase';
import { wordsText } from '../../nlp/words-text';
import words from '../../data/quotes/words.json';

/** 'D.C.' after 'Washington,': a district standing where a state would (words.json districtRegions). */
const DISTRICT_REGIONS: ReadonlySet<string> = new Set(words.districtRegions.words);

/**
 * A chunk that is a state, province or country by the gazetteer ('South Carolina', 'Ohio', 'France'): after a town
 * and its comma it says where the town is ('Stacy Baker of Columbia, South Carolina, said'), so it is no person's
 * name in an apposition.
 */
export function namesRegion(tokens: readonly Token[], c: Phrase): boolean {
  const text = wordsText(tokens.slice(c.tokenStart, c.tokenEnd));
  if (DISTRICT_REGIONS.has(text)) return true;
  const kind = placeKind(text);
  return kind === 'region' || kind === 'country';
}
