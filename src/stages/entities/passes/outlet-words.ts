import type { Token } from '../../../document';
import { capitalsAcronymShape, notNameAcronyms } from '../acronyms';
import { isCommonWord } from '../common-words';
import { demonymOfToken } from '../gazetteer';
import type { EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { groupWords, months, notNames, regionalDemonyms, weekdays } from './words';

// What an outlet's or a pollster's name is made of where the context says outlet but no name list knows it: read by
// pass 150 (before a media noun) and pass 151 (told, or appeared on).

/** A word only a name is made of: an acronym that is no common abbreviation, or a capitalized word no everyday word, people's adjective or plural. */
export function outletWord({ writtenLower }: EntityPassContext, w: Token, namedWords: ReadonlySet<string>): boolean {
  if (namedWords.has(w.text)) return false;
  if (capitalsAcronymShape.test(w.text)) return !notNameAcronyms.has(w.text) && !isCommonWord(w.lower);
  if (!/^[A-Z][a-z]+[A-Za-z]*$/.test(w.text) || w.pos === 'ADJ') return false;
  if (isCommonWord(w.lower) || writtenLower.has(w.lower) || weekdays.has(w.lower) || months.has(w.lower) || notNames.has(w.lower)) return false;
  // (a people's plural too: "told Iraqis", "telling Americans")
  const people = demonymOfToken(w) !== null || demonymOfToken({ lower: w.lower.replace(/s$/, '') }) !== null;
  return !people && !regionalDemonyms.has(w.lower) && !groupWords.has(w.lower);
}

/** The words of the article's person and place names: such a word before a media noun is that person's or place's ("a Kasich interview"). */
export function wordsOfPersonsAndPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[]): Set<string> {
  const out = new Set<string>();
  for (const s of spans) if (s.type !== 'ORG') for (let t = s.tokenStart; t < s.tokenEnd; t++) out.add(tokens[t]!.text);
  return out;
}
