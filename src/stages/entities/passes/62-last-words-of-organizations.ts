import { wordClass } from '../features';
import { isGivenName } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { bigPlace, lonePersonsAsOrganizations } from './shared';
import { isOrganizationHeadOrSuffix } from './words';
import { isTitleCaseNameWord } from '../capitalized';

/**
 * "Aston Villa beat Everton ... Villa's opening goal", "Procter & Gamble ...
 * Gamble said": a club or company of two or three capitalized words goes by
 * its last word too, which the tagger, alone, reads as a person. Pass 61 does
 * this for the first word; the last word is riskier (a surname ends many
 * names), so a lone "person" becomes the organization only when the article
 * gives no person that word in a full name ("Ana Villa") or after a title
 * ("Coach Villa"), never writes it in lower case, and the word is no given
 * name ("Morgan Stanley ... Stanley"), no big place and no head or suffix
 * ("Lund Energy ... Energy" is a common noun's business).
 */
export const lastWordsOfOrganizations: EntityPass = { name: 'last-words-of-organizations', run };


function run({ tokens, writtenLower }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const lastWords = new Set<string>();
  for (const s of spans) {
    const n = s.tokenEnd - s.tokenStart;
    if (s.type !== 'ORG' || n < 2 || n > 3) continue;
    const words = tokens.slice(s.tokenStart, s.tokenEnd);
    const last = words[n - 1]!;
    if (!words.every((w) => isTitleCaseNameWord(w.text) || w.text === '&')) continue;
    if (isOrganizationHeadOrSuffix(last.lower, undefined) || writtenLower.has(last.lower) || wordClass(last.lower)) continue;
    if (isGivenName(last.lower) || bigPlace(last.text)) continue;
    lastWords.add(last.lower);
  }
  if (lastWords.size === 0) return spans;
  // "Coach Villa": a word the article writes after a title word is a person's
  for (let t = 1; t < tokens.length; t++) if (lastWords.has(tokens[t]!.lower) && wordClass(tokens[t - 1]!.lower) === 'title') lastWords.delete(tokens[t]!.lower);
  return lonePersonsAsOrganizations(tokens, spans, lastWords);
}
