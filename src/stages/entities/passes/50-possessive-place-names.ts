import placeContext from '../../../data/entities/place-context.json';
import ruleWords from '../../../data/entities/rule-words.json';
import { isCommonWord } from '../../../nlp/common-words';
import { isCapitalized } from '../features';
import { isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { possessiveMarks, saintBefore } from '../possessive-names';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { taggedSpan, wordsText } from './shared';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * Places whose name holds a possessive: "Cox's Bazar", "Hawke's Bay",
 * "Saint Paul's Bay". Names break at a possessive, so the tagger gives "Cox"
 * (a person) and "Bazar", or "Hawke" and "Bay". When the capitalized words
 * around a possessive mark, read as one phrase, are a place of the gazetteer
 * (typographic apostrophe read as the plain one), the longest such phrase is
 * one location, and the spans it overlaps go. So is a name's possessive
 * before one capitalized street or ground word that ends the name
 * ("Franklin's Gardens", "St Mary's Road"; place-context.json
 * venuesAfterPossessives): the tagger gives "Franklin" or "St Mary" alone,
 * a club or a person who is not in the article.
 */
export const possessivePlaceNames: EntityPass = { name: 'possessive-place-names', triggers: possessiveMarks, run };

/** words before the mark ("Saint Paul's") and after it ("Bazar", "Kercem Bay") a place's name may have */
const maxBefore = 2;
const maxAfter = 3;

const venueWords: ReadonlySet<string> = new Set(placeContext.venuesAfterPossessives);
const honouredTitles: ReadonlySet<string> = new Set(ruleWords.possessorsInNames);

function run({ tokens, caseless, wordIndex }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const found: TaggedSpan[] = [];
  // only the possessive marks' places (a mark's lower case is itself), not a walk over every token
  const marks = wordIndex.ofAny(possessiveMarks);
  let next = 1;
  for (let k = 0; k < marks.length; k++) {
    const p = marks[k]!;
    if (p < next) continue;
    if (p + 1 >= tokens.length) break;
    const mark = tokens[p]!;
    if (!possessiveMarks.has(mark.text) || !mark.text.endsWith('s') || tokens[p - 1]!.end !== mark.start) continue;
    const place = longestPlace(tokens, p) ?? (caseless[mark.sentence] ? null : possessiveVenue(tokens, p));
    if (place) {
      found.push(place);
      next = place.tokenEnd;
    }
  }
  if (found.length === 0) return spans;
  const overlaps = (s: TaggedSpan): boolean => found.some((f) => s.tokenStart < f.tokenEnd && f.tokenStart < s.tokenEnd);
  return [...spans.filter((s) => !overlaps(s)), ...found].sort((x, y) => x.tokenStart - y.tokenStart);
}

function longestPlace(tokens: EntityPassContext['tokens'], p: number): TaggedSpan | null {
  const sentence = tokens[p]!.sentence;
  const capitalAt = (t: number): boolean => t >= 0 && t < tokens.length && tokens[t]!.sentence === sentence && isCapitalized(tokens[t]!.text);
  let best: TaggedSpan | null = null;
  for (let a = p - 1; a >= p - maxBefore && capitalAt(a); a--) {
    for (let e = p + 2; e <= p + 1 + maxAfter && capitalAt(e - 1); e++) {
      if (best && e - a <= best.tokenEnd - best.tokenStart) continue;
      const phrase = wordsText(tokens.slice(a, e)).replace(/\u2019/g, "'");
      if (placeKind(phrase) !== null) best = taggedSpan(a, e, 'LOC');
    }
  }
  return best;
}

/**
 * "Franklin's Gardens", "St Mary's Road", "King's Road": one name word (after a saint's title, if any) owning one
 * venue word that ends the capitalized run. A place or organization as owner is the owner of a site named
 * apart ("Britain's Park", "Arsenal's ground"), and a common word owns no name unless it is a title places are
 * named for ("King's Road", not "Government's Road").
 */
function possessiveVenue(tokens: EntityPassContext['tokens'], p: number): TaggedSpan | null {
  const owner = tokens[p - 1]!;
  const venue = tokens[p + 1]!;
  const after = tokens[p + 2];
  if (venue.sentence !== owner.sentence || venue.start !== tokens[p]!.end + 1 || !venueWords.has(venue.lower) || !isAsciiTitleCaseWord(venue.text)) return null;
  if (after && after.sentence === venue.sentence && isCapitalized(after.text)) return null;
  if (!isAsciiTitleCaseWord(owner.text)) return null;
  // "St Mary's Road": a saint owns no site apart ("Mary" alone may be a town of the gazetteer)
  if (saintBefore(tokens, p - 1)) return taggedSpan(p - 2, p + 2, 'LOC');
  if (placeKind(owner.text) !== null || isKnownOrganization(owner.text)) return null;
  const nameWord = isGivenName(owner.lower) || isFamilyName(owner.lower) || honouredTitles.has(owner.lower) || !isCommonWord(owner.lower);
  return nameWord ? taggedSpan(p - 1, p + 2, 'LOC') : null;
}
