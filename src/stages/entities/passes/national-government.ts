import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import { canonicalCountry, demonymToCountry } from '../gazetteer';

const nationalGovernmentWords: ReadonlySet<string> = new Set(lexicon.nationalGovernmentWords);

/**
 * Are the words [a, e) a nationality word and a word for a government alone ("the Iranian Government", "the Dutch
 * Government")? CoNLL reads them as MISC and a common noun, no organization's name; a country's own name is no
 * nationality word ("Kuwait Government"), and a longer name holds more ("Iranian Opposition Group"). Passes 05 and
 * 74 add no organization for them: on the train portions 4 such names were wrong and none right (GUM dev: 1 wrong).
 */
export function nationalGovernment(tokens: readonly Token[], a: number, e: number): boolean {
  return e - a === 2 && demonymToCountry(tokens[a]!.text) !== null && canonicalCountry(tokens[a]!.text) === null && nationalGovernmentWords.has(tokens[a + 1]!.lower);
}
