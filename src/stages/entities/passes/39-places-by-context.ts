import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import placeContext from '../../../data/entities/place-context.json';
import { isCapitalized } from '../capitalized';
import { isCommonWord } from '../common-words';
import { demonymToCountry, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { readNameList } from './lists';
import { keyOf, spanText, taggedSpan } from './shared';
import { listJoiners, notNames } from './words';

/**
 * Towns and districts no gazetteer holds are read as people ("Saptari",
 * "Gorkha", "Moss Side"). Two contexts settle them as places:
 * - a list after a place noun: "the districts of Saptari, Rautahat and
 *   Bardiya", "the towns of X and Y": every name in the list is a place, and
 *   a capitalized word of the list the tagger left out is added unless it
 *   is a common word ("the departments of Health and Education");
 * - a "person" of one or two words right after "near", "around" or
 *   "outside", or after "in" that follows an event or a place word
 *   ("the hills around Gorkha", "shot in Moss Side"; "faith in Trump" keeps
 *   its person: place-context.json), when no word
 *   is a given name, none belongs to a full person name in the article, the
 *   article names no person by it outside these contexts ("Sunak met donors.
 *   Aides around Sunak said" keeps its person), and no possessive follows
 *   ("faith in Johnson's plan" keeps its person);
 * - a capitalized word no name covers after "based in", "born in" and the
 *   like ("based in Cupertino");
 * - a list of three or more lone names that holds a city, region or
 *   country the gazetteer knows ("a red alert for Idukki, Wayanad and
 *   Kozhikode"): its other members, and every mention of them the tagger
 *   took for a one-word person, are places too, unless a member is an
 *   organization or a full person name, or the word is a given name or
 *   part of a person's full name in the article.
 */
export const placesByContext: EntityPass = { name: 'places-by-context', run };

const listNouns = new Set([...placeContext.listNouns, ...lexicon.contextTypes.placeOf]);
const prepositions = new Set(placeContext.prepositions);
const beforeIn = new Set(placeContext.beforeIn);
const wordsBeforeIn = new Set(placeContext.wordsBeforeIn);

function run({ tokens, initial }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const byStart = new Map<number, TaggedSpan>();
  for (const s of spans) byStart.set(s.tokenStart, s);
  const places = new Map<number, TaggedSpan>();
  for (let t = 1; t < tokens.length; t++) if (tokens[t]!.lower === 'of' && listHead(tokens, t - 1)) for (const p of listedNames(tokens, initial, t + 1, byStart)) places.set(p.tokenStart, p);
  const people = knownPeople(tokens, spans);
  for (const p of namesBeforePluralPlaceNouns(tokens, initial, spans, people)) places.set(p.tokenStart, p);
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const listed = places.get(s.tokenStart);
    if (listed) {
      places.delete(s.tokenStart);
      out.push(listed);
    } else out.push(s.type === 'PER' && afterPlacePreposition(tokens, s) && !namesAPerson(tokens, s, people) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s);
  }
  out.push(...places.values(), ...placesAfterBasedIn(tokens, initial, spans));
  out.sort((x, y) => x.tokenStart - y.tokenStart);
  return placesListedWithKnownPlaces(tokens, initial, out, people);
}

const coordinator = (x: Token | undefined): boolean => x?.lower === 'and' || x?.lower === 'or';

/** Gazetteer kinds that vouch for a list of places ("Idukki, Wayanad and Kozhikode"). */
const listAnchorKinds = new Set(['city', 'majorcity', 'region', 'country']);

/**
 * "for Idukki, Wayanad and Kozhikode": a list of three or more one-word
 * names with a known place in it lists places. Every one-word person of the
 * article named like a member becomes a place; a member the tagger left out
 * is added.
 */
function placesListedWithKnownPlaces(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[], people: KnownPeople): TaggedSpan[] {
  const byStart = new Map<number, TaggedSpan>();
  for (const s of spans) byStart.set(s.tokenStart, s);
  const placeWords = new Set<string>();
  const added: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    // a list's first member: not itself after a joiner, nor the tail of a longer name ("Levico Terme, Trento")
    if (listJoiners.has(tokens[t - 1]!.lower) || isCapitalized(tokens[t - 1]!.text) || !isCapitalized(tokens[t]!.text)) continue;
    // no joiner after the first member (a span here, or the word alone): listedNames would stop at one member
    // and return none, so most capitalized words skip its look-ups and allocations
    const firstEnd = byStart.get(t)?.tokenEnd ?? t + 1;
    if (!listJoiners.has(tokens[firstEnd]?.lower ?? '')) continue;
    const members = listedNames(tokens, initial, t, byStart);
    // ("with Shiraz, Mourvèdre, Viognier": commas alone may run on past a list of grapes)
    if (members.length < 3 || !coordinator(tokens[members[members.length - 1]!.tokenStart - 1])) continue;
    if (!members.every((m) => loneListMember(tokens, m, byStart, people))) continue;
    if (!members.some((m) => listAnchorKinds.has(placeKind(spanText(tokens, m)) ?? ''))) continue;
    for (const m of members) {
      placeWords.add(tokens[m.tokenStart]!.lower);
      if (!byStart.has(m.tokenStart)) added.push(m);
    }
    t = members[members.length - 1]!.tokenEnd;
  }
  if (placeWords.size === 0) return [...spans];
  const out = spans.map((s) => (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && placeWords.has(tokens[s.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
  return out.concat(added).sort((x, y) => x.tokenStart - y.tokenStart);
}

/** A member that may be a place of such a list: one word, no organization, demonym or given name, no word of a person's full name. */
export function loneListMember(tokens: readonly Token[], m: TaggedSpan, byStart: ReadonlyMap<number, TaggedSpan>, people: KnownPeople): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const tagged = byStart.get(m.tokenStart);
  if (tagged && tagged.type === 'ORG') return false;
  const w = tokens[m.tokenStart]!;
  // "books in German, Hebrew and Japanese": languages and peoples list no places
  if (demonymToCountry(w.text)) return false;
  if (!listAnchorKinds.has(placeKind(w.text) ?? '') && (isGivenName(w.lower) || isKnownOrganization(w.text))) return false;
  return (people.fullNameWords.get(w.lower) ?? 0) === 0;
}

/** "based in Cupertino", "born in Harehills": a capitalized word no name covers after such a verb and "in". */
function placesAfterBasedIn(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let next = 0;
  for (let t = 2; t < tokens.length; t++) {
    while (next < spans.length && spans[next]!.tokenEnd <= t) next++;
    if (tokens[t - 1]!.lower !== 'in' || !beforeIn.has(tokens[t - 2]!.lower)) continue;
    const w = tokens[t]!;
    if (spans[next] && spans[next]!.tokenStart <= t) continue;
    if (/^[A-Z][a-z]+$/.test(w.text) && w.pos === 'PROPN' && !initial[t] && !notNames.has(w.lower)) out.push(taggedSpan(t, t + 1, 'LOC'));
  }
  return out;
}

/**
 * "Sonoma and Napa counties", "the Donetsk, Luhansk and Kherson regions": two
 * or more names joined by commas or "and" right before a lower-case plural
 * place noun share it, so each is a place. Organizations and nationality
 * words stay out ("the French and German regions" names no place).
 */
function namesBeforePluralPlaceNouns(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[], people: KnownPeople): TaggedSpan[] {
  const byEnd = new Map<number, TaggedSpan>();
  const byStart = new Map<number, TaggedSpan>();
  for (const s of spans) {
    byEnd.set(s.tokenEnd, s);
    byStart.set(s.tokenStart, s);
  }
  const out: TaggedSpan[] = [];
  for (let t = 2; t < tokens.length; t++) {
    const noun = tokens[t]!;
    if (noun.text !== noun.lower || !noun.lower.endsWith('s') || !listNouns.has(noun.lower)) continue;
    const members: TaggedSpan[] = [];
    let end = t;
    while (members.length < 12) {
      const member = byEnd.get(end) ?? loneCapitalized(tokens, initial, end - 1);
      if (!member || tokens[member.tokenStart]!.sentence !== noun.sentence || !placeLikeMember(tokens, member, byStart, people)) break;
      members.push(taggedSpan(member.tokenStart, member.tokenEnd, 'LOC'));
      // ", and" / "and" / "," before the member, and the list goes on
      let joiner = member.tokenStart - 1;
      if (tokens[joiner]?.lower === 'and' || tokens[joiner]?.lower === 'or') joiner -= tokens[joiner - 1]?.text === ',' ? 1 : 0;
      if (!listJoiners.has(tokens[joiner]?.lower ?? '') || joiner < 1) break;
      end = joiner;
    }
    // read backwards, so members[0] is the list's last: an "and" / "or" must stand before it
    if (members.length >= 2 && coordinatedList(tokens, members)) out.push(...members);
  }
  return out;
}

/** The members, read backwards, are joined by commas with an "and" / "or" before the last. */
function coordinatedList(tokens: readonly Token[], members: readonly TaggedSpan[]): boolean {
  const beforeLast = tokens[members[0]!.tokenStart - 1]?.lower;
  return beforeLast === 'and' || beforeLast === 'or';
}

/** A one-word member as loneListMember says; a longer one only when already a place ("New Mexico and Arizona states"). */
function placeLikeMember(tokens: readonly Token[], m: TaggedSpan, byStart: ReadonlyMap<number, TaggedSpan>, people: KnownPeople): boolean {
  if (m.tokenEnd - m.tokenStart === 1) return loneListMember(tokens, m, byStart, people);
  return m.type === 'LOC' && !isKnownOrganization(spanText(tokens, m));
}

function loneCapitalized(tokens: readonly Token[], initial: readonly boolean[], t: number): TaggedSpan | null {
  const w = tokens[t];
  if (!w || !isCapitalized(w.text) || w.pos !== 'PROPN' || initial[t] || notNames.has(w.lower) || isCommonWord(w.lower)) return null;
  return taggedSpan(t, t + 1, 'LOC');
}

/** "the districts", "the village": a lower-case place noun before "of". */
function listHead(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]!;
  return w.text === w.lower && listNouns.has(w.lower);
}

/**
 * The names of the list that starts at token t: spans the tagger found
 * (kept with their extent, typed as places) or lone capitalized words it
 * left out, joined by commas, "and" or "or"; the list ends at anything else.
 */
export function listedNames(tokens: readonly Token[], initial: readonly boolean[], t: number, byStart: ReadonlyMap<number, TaggedSpan>): TaggedSpan[] {
  const memberAt = (k: number): TaggedSpan | undefined => {
    const s = byStart.get(k);
    const w = tokens[k]!;
    if (s) return taggedSpan(s.tokenStart, s.tokenEnd, 'LOC');
    if (isCapitalized(w.text) && w.pos === 'PROPN' && !initial[k] && !notNames.has(w.lower) && !isCommonWord(w.lower)) return taggedSpan(k, k + 1, 'LOC');
    return undefined;
  };
  // "in Ottawa and Halifax, Cowley broke in": the member after "and" / "or" is the last
  const out = readNameList(tokens, t, memberAt, { endAfterCoordinator: true, max: 12 });
  // a list of one is "the state of X", which the tagger and pass 07 already read
  return out.length >= 2 ? out : [];
}

/**
 * What the article says of its people, read once per run: how many full
 * person names hold each word, and the names it gives a person outside the
 * place contexts ("Sunak met donors").
 */
export interface KnownPeople {
  fullNameWords: ReadonlyMap<string, number>;
  namedOutsidePlaceContexts: ReadonlySet<string>;
}

export function knownPeople(tokens: readonly Token[], spans: readonly TaggedSpan[]): KnownPeople {
  const fullNameWords = new Map<string, number>();
  const namedOutsidePlaceContexts = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    if (!placeContextBefore(tokens, s)) namedOutsidePlaceContexts.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
    if (s.tokenEnd - s.tokenStart >= 2) for (let t = s.tokenStart; t < s.tokenEnd; t++) fullNameWords.set(tokens[t]!.lower, (fullNameWords.get(tokens[t]!.lower) ?? 0) + 1);
  }
  return { fullNameWords, namedOutsidePlaceContexts };
}

/** Does the article name a person by these words elsewhere: outside a place context, or in another full name? */
function namesAPerson(tokens: readonly Token[], s: TaggedSpan, people: KnownPeople): boolean {
  if (people.namedOutsidePlaceContexts.has(keyOf(tokens, s.tokenStart, s.tokenEnd))) return true;
  // (the span's own words count once when it is a full name itself)
  const own = s.tokenEnd - s.tokenStart >= 2 ? 1 : 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if ((people.fullNameWords.get(tokens[t]!.lower) ?? 0) > own) return true;
  return false;
}

/** "near", "around", "outside", or "in" after an event or a place word ("shot in"). */
function placeContextBefore(tokens: readonly Token[], s: TaggedSpan): boolean {
  const prep = tokens[s.tokenStart - 1]?.lower ?? '';
  return prepositions.has(prep) || (prep === 'in' && wordsBeforeIn.has(tokens[s.tokenStart - 2]?.lower ?? ''));
}

function afterPlacePreposition(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart > 2 || !placeContextBefore(tokens, s)) return false;
  // ("in Carrano (2006)", "in Carrano and Biewener's study": authors; "in Chinese": a language)
  const next = tokens[s.tokenEnd]?.text ?? '';
  if (possessiveMarks.has(next) || next === '(' || next === 'et' || next === 'and' || next === '&' || placeKind(spanText(tokens, s)) === 'country' || demonymToCountry(tokens[s.tokenStart]!.text)) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const w = tokens[t]!;
    if (isGivenName(w.lower) || !/^[A-Z][a-z]+$/.test(w.text)) return false;
  }
  return true;
}
