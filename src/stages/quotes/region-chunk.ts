import type { Token } from '../../document';
import { placeKind } from '../entities/gazetteer';
import type { Phrase } from './phrase';
import words from '../../data/quotes/words.json';

/** 'D.C.' after 'Washington,': a district standing where a state would (words.json districtRegions). */
const DISTRICT_REGIONS: ReadonlySet<string> = new Set(words.districtRegions.words);

/**
 * A chunk that is a state, province or country by the gazetteer ('South Carolina', 'Ohio', 'France'): after a town
 * and its comma it says where the town is ('Stacy Baker of Columbia, South Carolina, said'), so it is no person's
 * name in an apposition.
 */
export function namesRegion(tokens: readonly Token[], c: Phrase): boolean {
  let text = tokens[c.tokenStart]!.text;
  for (let i = c.tokenStart + 1; i < c.tokenEnd; i++) text += ` ${tokens[i]!.text}`;
  if (DISTRICT_REGIONS.has(text)) return true;
  const kind = placeKind(text);
  return kind === 'region' || kind === 'country';
}
