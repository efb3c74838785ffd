import { isGivenName, isKnownOrganization } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { pronounAfter } from './pronoun-evidence';
import { bigPlace, keyOf, spanText, withType, wordsText } from './shared';
import { isOrganizationHeadOrSuffix } from './words';

/**
 * "Miami-Dade", "North-Rhine Westphalia", "Saxony-Anhalt": a place the gazetteer knows, a hyphen written without
 * spaces and a capitalized word name one place (a county, a region), never a person, and no organization either:
 * pass 07 reads "a place and one more word" as a body from that place ("Tokyo Electron"), but a body's name does not
 * join the place with a hyphen. A given name first is a person's double name ("Mary-Kate"), and a name holding an
 * organization's head or suffix stays the body ("Chicago-Kent College of Law"). So does a known organization
 * ("Toronto-Dominion"), a name the article reports saying "it" ("X said it would ..."), and a person's surname whose
 * words stand in a longer person's name in the article ("Jamie Hamilton-Smith ... Hamilton-Smith").
 */
export const hyphenatedPlaceNames: EntityPass = { name: 'hyphenated-place-names', triggers: new Set(['-']), run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const saysIt = new Set(spans.filter((s) => pronounAfter(tokens, s.tokenEnd) === 'ORG').map((s) => keyOf(tokens, s.tokenStart, s.tokenEnd)));
  let changed = false;
  const out = spans.map((s) => {
    if (s.type === 'LOC' || !placeJoinedByHyphen(tokens, s)) return s;
    if (isKnownOrganization(spanText(tokens, s)) || saysIt.has(keyOf(tokens, s.tokenStart, s.tokenEnd))) return s;
    if (s.type === 'PER' && tailOfLongerPerson(tokens, spans, s)) return s;
    changed = true;
    return withType(s, 'LOC');
  });
  return changed ? out : [...spans];
}

function placeJoinedByHyphen(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  const words = tokens.slice(s.tokenStart, s.tokenEnd);
  const hyphen = words.findIndex((w) => w.text === '-');
  if (hyphen < 1 || hyphen + 1 >= words.length) return false;
  const before = words[hyphen - 1]!;
  const after = words[hyphen + 1]!;
  // written as one word: "Miami-Dade", not "Miami - Dade"
  if (before.end !== words[hyphen]!.start || after.start !== words[hyphen]!.end || !/^\p{Lu}\p{Ll}/u.test(after.text)) return false;
  const place = wordsText(words.slice(0, hyphen));
  if (!bigPlace(place) || isGivenName(words[0]!.lower)) return false;
  return !words.some((w, i) => isOrganizationHeadOrSuffix(w.lower, words[i + 1]?.lower));
}

/** "Hamilton-Smith" after "Jamie Hamilton-Smith": the same words closing a longer person's name in the article. */
function tailOfLongerPerson(tokens: EntityPassContext['tokens'], spans: readonly TaggedSpan[], s: TaggedSpan): boolean {
  const key = keyOf(tokens, s.tokenStart, s.tokenEnd);
  const length = s.tokenEnd - s.tokenStart;
  return spans.some((p) => p.type === 'PER' && p.tokenEnd - p.tokenStart > length && keyOf(tokens, p.tokenEnd - length, p.tokenEnd) === key);
}
