/**
 * Lists of names read as lists of places, shared by pass 39 (places by
 * context) and pass 55 (places listed after prepositions), so that neither
 * numbered pass imports the other: where such a list runs, which member may
 * be a place, and what the article says of its people.
 */
import type { Token } from '../../../document';
import placeContext from '../../../data/entities/place-context.json';
import ruleWords from '../../../data/entities/rule-words.json';
import { isTightHyphen } from '../../../nlp/hyphens';
import { isCapitalized } from '../capitalized';
import { isCommonWord } from '../../../nlp/common-words';
import { demonymToCountry, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import type { TaggedSpan } from '../tagger';
import { coordinators, readNameList, type ListReading } from './lists';
import { keyOf, taggedSpan } from './shared';
import { listJoiners, notNames } from './words';

/** Gazetteer kinds that vouch for a list of places ("Idukki, Wayanad and Kozhikode"). */
export const listAnchorKinds = new Set(['city', 'majorcity', 'region', 'country']);

/**
 * How a list of places is read: the member after "and" / "or" is the last ("in Ottawa and Halifax, Cowley broke
 * in"), twelve members at most, and only "and" / "or" may follow a comma between two places ("Hubei and, Reuters
 * reported, Guangdong" is no list of three).
 */
export const PLACE_LIST_READING: ListReading = { endAfterCoordinator: true, max: 12, secondJoiners: coordinators };

/** The spans by their first token, for a list's `memberAt` (a later span starting at the same token wins). */
export function spansByStart(spans: readonly TaggedSpan[]): Map<number, TaggedSpan> {
  const byStart = new Map<number, TaggedSpan>();
  for (const s of spans) byStart.set(s.tokenStart, s);
  return byStart;
}

const prepositions = new Set(placeContext.prepositions);
const wordsBeforeIn = new Set(placeContext.wordsBeforeIn);
const peopleBeforeFrom = new Set(placeContext.peopleBeforeFrom);

/**
 * The names of the list that starts at token t: spans the tagger found
 * (kept with their extent, typed as places) or lone capitalized words it
 * left out, joined by commas, "and" or "or"; the list ends at anything else.
 */
export function listedNames(tokens: readonly Token[], initial: readonly boolean[], t: number, byStart: ReadonlyMap<number, TaggedSpan>): TaggedSpan[] {
  // most tokens start no list of two: no member here, or no joiner after it (readNameList would stop at one).
  // Passes 39 and 55 ask at nearly every token, so that is settled first, without the closure and arrays below
  if (t >= tokens.length) return [];
  const firstEnd = byStart.get(t)?.tokenEnd ?? (loneName(tokens, initial, t) ? t + 1 : -1);
  if (firstEnd < 0 || !listJoiners.has(tokens[firstEnd]?.lower ?? '')) return [];
  const memberAt = (k: number): TaggedSpan | undefined => {
    const s = byStart.get(k);
    if (s) return taggedSpan(s.tokenStart, s.tokenEnd, 'LOC');
    return loneName(tokens, initial, k) ? taggedSpan(k, k + 1, 'LOC') : undefined;
  };
  const out = readNameList(tokens, t, memberAt, PLACE_LIST_READING);
  // a list of one is "the state of X", which the tagger and pass 07 already read
  return out.length >= 2 ? out : [];
}

/** A capitalized proper noun the tagger left out that may stand in a list of places: not a sentence's first word, no common word. */
function loneName(tokens: readonly Token[], initial: readonly boolean[], k: number): boolean {
  const w = tokens[k]!;
  return isCapitalized(w.text) && w.pos === 'PROPN' && !initial[k] && !notNames.has(w.lower) && !isCommonWord(w.lower);
}

/**
 * What the article says of its people, read once per run: how many full
 * person names hold each word, the names it gives a person outside the
 * place contexts ("Sunak met donors"), and where it names a person by one word.
 */
export interface KnownPeople {
  fullNameWords: ReadonlyMap<string, number>;
  namedOutsidePlaceContexts: ReadonlySet<string>;
  /** the first tokens of the one-word person spans, by their lower-cased word */
  oneWordPersons: ReadonlyMap<string, readonly number[]>;
}

export function knownPeople(tokens: readonly Token[], spans: readonly TaggedSpan[]): KnownPeople {
  const fullNameWords = new Map<string, number>();
  const namedOutsidePlaceContexts = new Set<string>();
  const oneWordPersons = new Map<string, number[]>();
  for (const s of spans) {
    if (s.type !== 'PER') continue;
    if (!placeContextBefore(tokens, s) && !beforePlaceTail(tokens, s)) namedOutsidePlaceContexts.add(keyOf(tokens, s.tokenStart, s.tokenEnd));
    if (s.tokenEnd - s.tokenStart >= 2) for (let t = s.tokenStart; t < s.tokenEnd; t++) fullNameWords.set(tokens[t]!.lower, (fullNameWords.get(tokens[t]!.lower) ?? 0) + 1);
    else {
      const starts = oneWordPersons.get(tokens[s.tokenStart]!.lower);
      if (starts) starts.push(s.tokenStart);
      else oneWordPersons.set(tokens[s.tokenStart]!.lower, [s.tokenStart]);
    }
  }
  return { fullNameWords, namedOutsidePlaceContexts, oneWordPersons };
}

const placeTails: ReadonlySet<string> = new Set(ruleWords.placeTails);

/** "Paris-based", "Leeds-born": one word, a hyphen written tight and a tail saying where someone or something is. */
export function beforePlaceTail(tokens: readonly Token[], s: TaggedSpan): boolean {
  return s.tokenEnd - s.tokenStart === 1 && tokens[s.tokenEnd]?.text === '-' && isTightHyphen(tokens, s.tokenEnd) && placeTails.has(tokens[s.tokenEnd + 1]?.lower ?? '');
}

/** "near", "around", "outside", or "in" after an event or a place word ("shot in"). */
export function placeContextBefore(tokens: readonly Token[], s: TaggedSpan): boolean {
  const prep = tokens[s.tokenStart - 1]?.lower ?? '';
  const before = tokens[s.tokenStart - 2]?.lower ?? '';
  // "a 22-year-old man from Normanton": where a person is from
  return prepositions.has(prep) || (prep === 'in' && wordsBeforeIn.has(before)) || (prep === 'from' && peopleBeforeFrom.has(before));
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

/**
 * "Tensions between Trump and Beijing rose. Trump said...": a member the
 * article names as a one-word person outside the list is a person listed
 * beside a place, and the list lists no places.
 */
export function personElsewhere(tokens: readonly Token[], members: readonly TaggedSpan[], people: KnownPeople): boolean {
  const first = members[0]!.tokenStart;
  const end = members[members.length - 1]!.tokenEnd;
  return members.some((m) => (people.oneWordPersons.get(tokens[m.tokenStart]!.lower) ?? []).some((t) => (t < first || t >= end) && !openingInPlace(tokens, t)));
}

/**
 * "In Oban, cafe owner Lorna MacPhail said ...": one word between a sentence's opening "In" and a comma is where
 * the sentence happens, not a person (a copy of a listed place's word there says nothing against the list).
 */
function openingInPlace(tokens: readonly Token[], t: number): boolean {
  const before = tokens[t - 1];
  return before?.text === 'In' && tokens[t - 2]?.sentence !== before.sentence && tokens[t + 1]?.text === ',';
}
