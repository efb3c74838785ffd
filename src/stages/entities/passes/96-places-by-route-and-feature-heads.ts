import placeHeads from '../../../data/entities/place-heads.json';
import { isCapitalized, wordClass } from '../features';
import lexicon from '../../../data/entities/lexicon.json';
import { isCommonWord } from '../../../nlp/common-words';
import { isFamilyName, isGivenName, isKnownOrganization } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanText, taggedSpan } from './shared';

/**
 * Places named by their kind of road or natural feature: "on Third Avenue",
 * "between Sonora Pass and Tuolumne Meadows", "the Pacific Crest Trail". The
 * tagger reads such names as persons or organizations when their first words
 * are no place it knows. A name of two to four words the tagger typed a person
 * or an organization, ending in a capitalized road's or feature's head
 * (place-heads.json routeAndFeatureHeads), is a place; not a well-known
 * organization ("Downing Street"), nor a person whose given name opens the name
 * or whose title stands before it ("Mark Meadows", "Secretary Tom Ridge").
 * And "430 N. Washington St.": a name after a house number, right before a
 * street's abbreviated head (streetAbbreviations), takes the abbreviation and is
 * a place (the tagger ends it before "St.", or reads "St." alone).
 */
export const placesByRouteAndFeatureHeads: EntityPass = { name: 'places-by-route-and-feature-heads', triggers: triggerWords(), run };

const heads: ReadonlySet<string> = new Set(placeHeads.routeAndFeatureHeads);
const streetAbbreviations: ReadonlySet<string> = new Set(placeHeads.streetAbbreviations);
const placePrepositions: ReadonlySet<string> = new Set(lexicon.locPrepositions);
const maxWords = 4;

function triggerWords(): ReadonlySet<string> {
  return new Set([...placeHeads.routeAndFeatureHeads, ...placeHeads.streetAbbreviations.map((w) => w.toLowerCase())]);
}

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let changed = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const street = streetOfAddress(tokens, s, spans[i + 1]);
    if (street) {
      out.push(street);
      changed = true;
      // the abbreviation the tagger read alone is now inside the street's name
      if (spans[i + 1] !== undefined && spans[i + 1]!.tokenStart < street.tokenEnd) i++;
      continue;
    }
    if (s.type !== 'LOC' && endsInPlaceHead(tokens, s)) {
      out.push(taggedSpan(s.tokenStart, s.tokenEnd, 'LOC'));
      changed = true;
    } else out.push(s);
  }
  return changed ? out : [...spans];
}

/** The street's name with its abbreviated head ("N. Washington St."), as a place, or null when s is no such name. */
function streetOfAddress(tokens: EntityPassContext['tokens'], s: TaggedSpan, next: TaggedSpan | undefined): TaggedSpan | null {
  const before = tokens[s.tokenStart - 1];
  const abbreviation = tokens[s.tokenEnd];
  if (before === undefined || abbreviation === undefined || !/^\d+[A-Za-z]?$/.test(before.text)) return null;
  if (!streetAbbreviations.has(abbreviation.text) || abbreviation.sentence !== tokens[s.tokenEnd - 1]!.sentence) return null;
  // "St." glued to the name or after a line break is something else ("Fifth St.Louis")
  if (abbreviation.start !== tokens[s.tokenEnd - 1]!.end + 1 || s.tokenEnd - s.tokenStart > maxWords) return null;
  // the abbreviation alone may be a span of its own; any longer span there goes on past it and is left alone
  if (next !== undefined && next.tokenStart === s.tokenEnd && next.tokenEnd !== s.tokenEnd + 1) return null;
  return taggedSpan(s.tokenStart, s.tokenEnd + 1, 'LOC');
}

/** Two to four words ending in a capitalized road's or feature's head, no known organization, no person's name. */
function endsInPlaceHead(tokens: EntityPassContext['tokens'], s: TaggedSpan): boolean {
  const length = s.tokenEnd - s.tokenStart;
  const last = tokens[s.tokenEnd - 1]!;
  if (length < 2 || length > maxWords || !heads.has(last.lower) || !isCapitalized(last.text)) return false;
  if (isKnownOrganization(spanText(tokens, s))) return false;
  if (s.type !== 'PER') return true;
  // "Secretary Ridge": a person's title before the name keeps the person
  const before = tokens[s.tokenStart - 1];
  const sameSentence = before !== undefined && before.sentence === last.sentence;
  if (sameSentence && isCapitalized(before.text) && wordClass(before.lower) === 'title') return false;
  // "Mark Meadows", "Tom Ridge": a given name before a head that may be a surname (a family name, or no common word)
  // keeps the person, unless "the" or a place's preposition stands before ("near Dana Meadows"); "Carson Pass" is a place
  const mayBeSurname = isFamilyName(last.lower) || !isCommonWord(last.lower);
  if (!isGivenName(tokens[s.tokenStart]!.lower) || !mayBeSurname) return true;
  return sameSentence && (before.lower === 'the' || placePrepositions.has(before.lower));
}
