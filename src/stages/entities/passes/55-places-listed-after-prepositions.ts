import placeContext from '../../../data/entities/place-context.json';
import { placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { knownPeople, listedNames, loneListMember, personElsewhere } from './place-lists';
import { spanText, taggedSpan } from './shared';

/**
 * "polling units in Surulere and Alimosho", "protests in Mysuru, Hubballi
 * and Belagavi": a list of lone names right after a locative preposition
 * (place-context.json listPrepositions) in which one member is a place, by
 * the tagger or the gazetteer, lists places; the members the tagger took
 * for one-word persons (districts and towns no gazetteer holds) are places
 * too, and so is every other one-word person mention of the same word.
 * Pass 39 needs a place noun before the list or three members with a known
 * city among them; here the preposition and a place member stand in for
 * that. A member that is an organization, a demonym, a given name, or a
 * word of a person's full name in the article keeps the list as it is
 * ("in Lagos and Obi's camp" has a possessive and is not a list of places),
 * and so does a member the article names as a one-word person elsewhere
 * ("between Trump and Beijing ... Trump said").
 */
export const placesListedAfterPrepositions: EntityPass = { name: 'places-listed-after-prepositions', run };

const listPrepositions = new Set(placeContext.listPrepositions);

function run({ tokens, initial }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const byStart = new Map<number, TaggedSpan>();
  for (const s of spans) byStart.set(s.tokenStart, s);
  const people = knownPeople(tokens, spans);
  const placeWords = new Set<string>();
  for (let t = 1; t < tokens.length; t++) {
    if (!listPrepositions.has(tokens[t - 1]!.lower) || !byStart.has(t)) continue;
    const members = listedNames(tokens, initial, t, byStart);
    if (members.length < 2) continue;
    const last = members[members.length - 1]!;
    if (possessiveMarks.has(tokens[last.tokenEnd]?.text ?? '')) continue;
    if (!members.every((m) => loneListMember(tokens, m, byStart, people)) || personElsewhere(tokens, members, people)) continue;
    const tagged = members.map((m) => byStart.get(m.tokenStart));
    const anchored = members.some((m, i) => tagged[i]?.type === 'LOC' || placeKind(spanText(tokens, m)) !== null);
    const persons = tagged.filter((s) => s?.type === 'PER');
    if (!anchored || persons.length === 0) continue;
    for (const s of persons) placeWords.add(tokens[s!.tokenStart]!.lower);
    t = last.tokenEnd;
  }
  if (placeWords.size === 0) return [...spans];
  return spans.map((s) => (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && placeWords.has(tokens[s.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
}
