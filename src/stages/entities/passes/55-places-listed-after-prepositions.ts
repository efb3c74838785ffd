import placeContext from '../../../data/entities/place-context.json';
import { isCapitalizedWord } from '../capitalized';
import type { Token } from '../../../document';
import { isFamilyName, isGivenName, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { coordinators } from './lists';
import { knownPeople, listedNames, loneListMember, personElsewhere, spansByStart } from './place-lists';
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
 * ("between Trump and Beijing ... Trump said"). A comma-only list whose last member opens the clause is no list
 * (opensClause). A two-word member that reads as
 * no personal name ("Moss Side") may stand in such a list too (placeLikePair).
 */
export const placesListedAfterPrepositions: EntityPass = { name: 'places-listed-after-prepositions', run };

const listPrepositions = new Set(placeContext.listPrepositions);

function run({ tokens, initial }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const byStart = spansByStart(spans);
  const people = knownPeople(tokens, spans);
  const placeWords = new Set<string>();
  const placePairs = new Set<string>();
  // a list opens with a name after the preposition: the names' starts are visited (spans come in token order), not
  // every word; `from` is where the token walk this replaces would stand next
  let from = 1;
  for (const first of spans) {
    const t = first.tokenStart;
    if (t < from) continue;
    from = t + 1;
    if (!listPrepositions.has(tokens[t - 1]!.lower)) continue;
    const members = listedNames(tokens, initial, t, byStart);
    if (members.length < 2) continue;
    const last = members[members.length - 1]!;
    if (possessiveMarks.has(tokens[last.tokenEnd]?.text ?? '')) continue;
    if (!coordinators.has(tokens[last.tokenStart - 1]?.lower ?? '') && opensClause(tokens, last)) continue;
    if (!members.every((m) => loneListMember(tokens, m, byStart, people) || placeLikePair(tokens, m)) || personElsewhere(tokens, members, people)) continue;
    // (by push, not map: see mapSpans in shared.ts; the filter below deoptimized on map's other array kind)
    const tagged: (TaggedSpan | undefined)[] = [];
    for (const m of members) tagged.push(byStart.get(m.tokenStart));
    const anchored = members.some((m, i) => tagged[i]?.type === 'LOC' || placeKind(spanText(tokens, m)) !== null);
    const persons = tagged.filter((s) => s?.type === 'PER');
    if (!anchored || persons.length === 0) continue;
    for (const s of persons) {
      if (s!.tokenEnd - s!.tokenStart === 1) placeWords.add(tokens[s!.tokenStart]!.lower);
      else placePairs.add(spanText(tokens, s!));
    }
    from = last.tokenEnd + 1;
  }
  if (placeWords.size === 0 && placePairs.size === 0) return spans;
  return spans.map((s) => {
    if (s.type !== 'PER') return s;
    const one = s.tokenEnd - s.tokenStart === 1 && placeWords.has(tokens[s.tokenStart]!.lower);
    return one || placePairs.has(spanText(tokens, s)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s;
  });
}

/**
 * "in Indonesia, Dewa Budjana has collaborated": the last of names joined by commas alone is the subject of the clause
 * after a fronted phrase, no list member, when a verb follows it (on the train portions the 3 names the pass retyped
 * after such a comma were all persons, all "Dewa Budjana" before "has"). Headlines and lists drop "and" too ("Curfew
 * imposed in Kosofe, Mushin after clashes"), so a comma-only list followed by no verb stays a list. (A full name
 * opening with a given name never gets here: loneListMember and placeLikePair refuse it.)
 */
function opensClause(tokens: readonly Token[], last: TaggedSpan): boolean {
  const next = tokens[last.tokenEnd]?.pos;
  return next === 'VERB' || next === 'AUX';
}

/**
 * "Children in Wythenshawe and Moss Side": a two-word member the tagger read as a person, whose first word is
 * no given name and whose second is neither a given nor a family name, is a district's name ("Moss Side",
 * "Canary Wharf"); "in London and Kate Moss" keeps its person.
 */
function placeLikePair(tokens: readonly Token[], m: TaggedSpan): boolean {
  if (m.tokenEnd - m.tokenStart !== 2) return false;
  const [a, b] = [tokens[m.tokenStart]!, tokens[m.tokenStart + 1]!];
  if (!isCapitalizedWord(a.text) || !isCapitalizedWord(b.text)) return false;
  return !isGivenName(a.lower) && !isGivenName(b.lower) && !isFamilyName(b.lower);
}
