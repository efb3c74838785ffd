import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import placeContext from '../../../data/entities/place-context.json';
import { isCapitalized, isAsciiTitleCaseWord } from '../capitalized';
import { demonymToCountry, isFamilyName, isGivenName, isKnownOrganization, placeKind } from '../gazetteer';
import { type EntityPass, type EntityPassContext, writesAnyOf } from '../pass';
import { possessiveMarks } from '../possessive-names';
import type { TaggedSpan } from '../tagger';
import { coordinators, readNameList } from './lists';
import { type KnownPeople, knownPeople, listAnchorKinds, listedNames, loneListMember, personElsewhere, placeContextBefore, beforePlaceTail, PLACE_LIST_READING, spansByStart } from './place-lists';
import { closesApposition, keyOf, mapSpans, spanText, taggedSpan } from './shared';
import { POSSESSIVE_DETERMINERS } from '../../../nlp/pronouns';
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
 * - a one-word "person" written onto "-based", "-born" and the like with a
 *   hyphen ("Paris-based Les Films du Worso", rule-words.json placeTails);
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
/** the plural place nouns a list of names may stand before ("Sonoma and Napa counties") */
const pluralListNouns = new Set(placeContext.listNouns);
const beforeIn = new Set(placeContext.beforeIn);
const residentNouns: ReadonlySet<string> = new Set(placeContext.residentNouns);
/** the words listHead takes: a list of places can follow "of" only where the article writes one of them */
const listHeadWords: ReadonlySet<string> = new Set([...listNouns, ...residentNouns]);

function run(ctx: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const { tokens, initial, wordIndex } = ctx;
  const byStart = spansByStart(spans);
  const places = new Map<number, TaggedSpan>();
  // (each walk over the words below is skipped where the article writes none of the words it looks for)
  if (writesAnyOf(ctx, listHeadWords)) {
    // (the places of "of" from the article's word index, not a walk over every token)
    for (const t of wordIndex.of('of')) if (t >= 1 && listHead(tokens, t - 1)) for (const p of listedNames(tokens, initial, t + 1, byStart)) places.set(p.tokenStart, p);
  }
  const people = knownPeople(tokens, spans);
  if (writesAnyOf(ctx, pluralListNouns)) for (const p of namesBeforePluralPlaceNouns(tokens, initial, byStart, people)) places.set(p.tokenStart, p);
  // a word listed as a place here is no evidence of a person where a place preposition stands before it again
  // ("Residents of Bruthen, Buchan and Wiseleigh ... farmed near Buchan")
  const listedWords = new Set<string>();
  for (const p of places.values()) if (p.tokenEnd - p.tokenStart === 1) listedWords.add(tokens[p.tokenStart]!.lower);
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const listed = places.get(s.tokenStart);
    if (listed) {
      places.delete(s.tokenStart);
      out.push(listed);
    } else {
      const placeContext = s.type === 'PER' && (afterPlacePreposition(tokens, s) || beforePlaceTail(tokens, s));
      const asPlace = placeContext && ((s.tokenEnd - s.tokenStart === 1 && listedWords.has(tokens[s.tokenStart]!.lower)) || !namesAPerson(tokens, s, people));
      out.push(asPlace ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s);
    }
  }
  out.push(...places.values());
  if (writesAnyOf(ctx, beforeIn)) out.push(...placesAfterBasedIn(tokens, initial, spans, wordIndex.of('in')));
  out.sort((x, y) => x.tokenStart - y.tokenStart);
  return personsOnlyInPlaceContexts(tokens, initial, personsListedAmongPlaces(tokens, placesListedWithKnownPlaces(ctx, out, people), people), people);
}

const locativePrepositions: ReadonlySet<string> = new Set(placeContext.locativePrepositions);
const motionVerbsBeforeTo: ReadonlySet<string> = new Set(placeContext.motionVerbsBeforeTo);
const notLocativeBeforeIn: ReadonlySet<string> = new Set(placeContext.notLocativeBeforeIn);

/**
 * "Tourists flocked to Tenerife ... Prices in Tenerife rose": a one-word "person" the article writes two times or
 * more, every time right after "in", "near" and the like (or "to" after a verb of motion) with no possessive after
 * it or a noun it qualifies ("in Trump country"), and never as a sentence's first word, is a place, unless it is a
 * given or family name or a word of a full person name. One mention is too little, and "faith in" is no place's.
 */
function personsOnlyInPlaceContexts(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[], people: KnownPeople): readonly TaggedSpan[] {
  const candidates = new Set<string>();
  for (const s of spans) if (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && lonePlaceLikeWord(tokens[s.tokenStart]!, people)) candidates.add(tokens[s.tokenStart]!.text);
  if (candidates.size === 0) return spans;
  const inLongerName = new Uint8Array(tokens.length);
  for (const s of spans) if (s.tokenEnd - s.tokenStart > 1) inLongerName.fill(1, s.tokenStart, s.tokenEnd);
  const mentions = new Map<string, number>();
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t]!.text;
    if (!candidates.has(word)) continue;
    if (initial[t] || inLongerName[t] || !locativeBefore(tokens, t) || possessiveMarks.has(tokens[t + 1]?.text ?? '')) candidates.delete(word);
    else mentions.set(word, (mentions.get(word) ?? 0) + 1);
  }
  const places = new Set([...candidates].filter((w) => (mentions.get(w) ?? 0) >= 2));
  if (places.size === 0) return spans;
  return spans.map((s) => (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && places.has(tokens[s.tokenStart]!.text) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
}

const appositionPlaceNouns: ReadonlySet<string> = new Set(placeContext.appositionPlaceNouns);

/** "in X", "near X", "flocked to X": a locative preposition of X's sentence right before token t; or "the capital, X". */
function locativeBefore(tokens: readonly Token[], t: number): boolean {
  if (placeNounInApposition(tokens, t)) return true;
  const prep = tokens[t - 1];
  if (!prep || prep.sentence !== tokens[t]!.sentence || prep.text !== prep.lower) return false;
  // ("faith in Trump", "in Trump country": a person trusted, a name as a modifier)
  const next = tokens[t + 1];
  if (next && next.sentence === prep.sentence && next.pos === 'NOUN' && next.text === next.lower) return false;
  if (locativePrepositions.has(prep.lower)) return !(prep.lower === 'in' && notLocativeBeforeIn.has(tokens[t - 2]?.lower ?? ''));
  const verb = tokens[t - 2];
  return prep.lower === 'to' && verb !== undefined && verb.sentence === prep.sentence && verb.lemmas.some((l) => motionVerbsBeforeTo.has(l));
}

/**
 * "the capital, Nordhaven", "his hometown, Ashby": "the" or a possessive, a place noun and a comma right before token
 * t, and the apposition closes after it ("In the state, Whitmer now faces": a fronted phrase, and t opens the clause).
 */
function placeNounInApposition(tokens: readonly Token[], t: number): boolean {
  const comma = tokens[t - 1];
  const noun = tokens[t - 2];
  const det = tokens[t - 3];
  if (comma?.text !== ',' || !noun || !det || det.sentence !== tokens[t]!.sentence || !appositionPlaceNouns.has(noun.text)) return false;
  if (!closesApposition(tokens, t, t + 1)) return false;
  return det.lower === 'the' || POSSESSIVE_DETERMINERS.has(det.lower);
}

/** A list member: a span, or a span after a lower-case "the" ("Argyll, the Western Isles and County Antrim"). */
function memberAfterThe(tokens: readonly Token[], byStart: ReadonlyMap<number, TaggedSpan>, t: number): TaggedSpan | undefined {
  return byStart.get(t) ?? (tokens[t]!.text === 'the' ? byStart.get(t + 1) : undefined);
}

/**
 * "a warning covering Argyll, the Western Isles and County Antrim": in a list of three or more names closed by
 * "and" / "or" whose other members are all places, two at least, a one-word "person" is a place too, unless it is
 * a given or family name, a word of a person's full name in the article, or a one-word person outside the list.
 */
function personsListedAmongPlaces(tokens: readonly Token[], spans: readonly TaggedSpan[], people: KnownPeople): readonly TaggedSpan[] {
  const byStart = spansByStart(spans);
  const retype = new Set<TaggedSpan>();
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i]!;
    if (listJoiners.has(tokens[first.tokenStart - 1]?.lower ?? '')) continue;
    const members = readNameList(tokens, first.tokenStart, (t) => memberAfterThe(tokens, byStart, t), PLACE_LIST_READING);
    if (members.length < 3 || !closedByCoordinator(tokens, members[members.length - 1]!)) continue;
    const persons = members.filter((m) => m.type === 'PER');
    const places = members.length - persons.length;
    if (persons.length === 0 || places < 2 || members.some((m) => m.type === 'ORG')) continue;
    if (!persons.every((m) => m.tokenEnd - m.tokenStart === 1 && lonePlaceLikeWord(tokens[m.tokenStart]!, people)) || personElsewhere(tokens, members, people)) continue;
    for (const m of persons) retype.add(m);
  }
  if (retype.size === 0) return spans;
  return mapSpans(spans, (s) => (retype.has(s) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
}

/**
 * "and" or "or" before the list's last member, or before its "the": asked of lists read by memberAfterThe and of
 * listedNames lists alike (those take no "the", so only the word right before the member counts there).
 */
function closedByCoordinator(tokens: readonly Token[], last: TaggedSpan): boolean {
  const k = tokens[last.tokenStart - 1]?.text === 'the' ? last.tokenStart - 2 : last.tokenStart - 1;
  return coordinators.has(tokens[k]?.lower ?? '');
}

/** One title-case word that is no given or family name ("Smith, London and Paris"), nationality or known organization and no word of a full person name. */
function lonePlaceLikeWord(w: Token, people: KnownPeople): boolean {
  return isAsciiTitleCaseWord(w.text) && !isGivenName(w.lower) && !isFamilyName(w.lower) && !demonymToCountry(w.text) && !isKnownOrganization(w.text) && (people.fullNameWords.get(w.lower) ?? 0) === 0;
}

/**
 * "for Idukki, Wayanad and Kozhikode": a list of three or more one-word
 * names with a known place in it lists places. Every one-word person of the
 * article named like a member becomes a place; a member the tagger left out
 * is added.
 */
function placesListedWithKnownPlaces({ tokens, initial, capitalized }: EntityPassContext, spans: readonly TaggedSpan[], people: KnownPeople): readonly TaggedSpan[] {
  const byStart = spansByStart(spans);
  const placeWords = new Set<string>();
  const added: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    // a list's first member: not itself after a joiner, nor the tail of a longer name ("Levico Terme, Trento")
    // (the capital marks first: most words open no list, and their text is not read)
    if (capitalized[t] === 0 || capitalized[t - 1] === 1 || listJoiners.has(tokens[t - 1]!.lower)) continue;
    const members = listedNames(tokens, initial, t, byStart);
    // ("with Shiraz, Mourvèdre, Viognier": commas alone may run on past a list of grapes)
    if (members.length < 3 || !closedByCoordinator(tokens, members[members.length - 1]!)) continue;
    if (!members.every((m) => loneListMember(tokens, m, byStart, people))) continue;
    if (!members.some((m) => listAnchorKinds.has(placeKind(spanText(tokens, m)) ?? ''))) continue;
    for (const m of members) {
      placeWords.add(tokens[m.tokenStart]!.lower);
      if (!byStart.has(m.tokenStart)) added.push(m);
    }
    t = members[members.length - 1]!.tokenEnd;
  }
  if (placeWords.size === 0) return spans;
  const out = mapSpans(spans, (s) => (s.type === 'PER' && s.tokenEnd - s.tokenStart === 1 && placeWords.has(tokens[s.tokenStart]!.lower) ? taggedSpan(s.tokenStart, s.tokenEnd, 'LOC') : s));
  for (const a of added) out.push(a);
  return out.sort((x, y) => x.tokenStart - y.tokenStart);
}

/** "based in Cupertino", "born in Harehills": a capitalized word no name covers after such a verb and "in". */
function placesAfterBasedIn(tokens: readonly Token[], initial: readonly boolean[], spans: readonly TaggedSpan[], ins: readonly number[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let next = 0;
  // only the words right after an "in" (`ins`: its places, ascending), not every token
  for (let k = 0; k < ins.length; k++) {
    const t = ins[k]! + 1;
    if (t < 2 || t >= tokens.length) continue;
    while (next < spans.length && spans[next]!.tokenEnd <= t) next++;
    if (tokens[t - 1]!.lower !== 'in' || !beforeIn.has(tokens[t - 2]!.lower)) continue;
    const w = tokens[t]!;
    if (spans[next] && spans[next]!.tokenStart <= t) continue;
    if (isAsciiTitleCaseWord(w.text) && w.pos === 'PROPN' && !initial[t] && !notNames.has(w.lower)) out.push(taggedSpan(t, t + 1, 'LOC'));
  }
  return out;
}

/**
 * "Sonoma and Napa counties", "the Donetsk, Luhansk and Kherson regions": two
 * or more names joined by commas and an "and" / "or" before the last, right
 * before a lower-case plural place noun (placeContext.listNouns: "residents"
 * or "streets" follow peoples and persons too), share it, so each is a place.
 * Organizations, nationality words and the article's one-word persons stay
 * out ("the French and German regions", "Obama and Biden counties").
 */
function namesBeforePluralPlaceNouns(tokens: readonly Token[], initial: readonly boolean[], byStart: ReadonlyMap<number, TaggedSpan>, people: KnownPeople): TaggedSpan[] {
  if (!tokens.some(isPluralListNoun)) return [];
  // a list starts at a span's first word or at an untagged word, never inside a name ("New Mexico")
  const inside = new Uint8Array(tokens.length);
  for (const s of byStart.values()) inside.fill(1, s.tokenStart + 1, s.tokenEnd);
  const out: TaggedSpan[] = [];
  for (let t = 1; t < tokens.length; t++) {
    if (inside[t]) continue;
    const members = listedNames(tokens, initial, t, byStart);
    if (members.length < 2) continue;
    const last = members[members.length - 1]!;
    if (!isPluralListNoun(tokens[last.tokenEnd]) || !closedByCoordinator(tokens, last)) continue;
    if (!members.every((m) => placeLikeMember(tokens, m, byStart, people)) || personElsewhere(tokens, members, people)) continue;
    out.push(...members);
    t = last.tokenEnd;
  }
  return out;
}

const isPluralListNoun = (w: Token | undefined): boolean => w !== undefined && w.text === w.lower && w.lower.endsWith('s') && pluralListNouns.has(w.lower);

/** A one-word member as loneListMember says; a longer one only when already a place ("New Mexico and Arizona states"). */
function placeLikeMember(tokens: readonly Token[], m: TaggedSpan, byStart: ReadonlyMap<number, TaggedSpan>, people: KnownPeople): boolean {
  if (m.tokenEnd - m.tokenStart === 1) return loneListMember(tokens, m, byStart, people);
  return byStart.get(m.tokenStart)?.type === 'LOC' && !isKnownOrganization(spanText(tokens, m));
}

/** "the districts", "the village", "residents": a lower-case place noun, or a noun for the people of places, before "of". */
function listHead(tokens: readonly Token[], t: number): boolean {
  const w = tokens[t]!;
  if (w.text === w.lower) return listNouns.has(w.lower) || residentNouns.has(w.lower);
  // "Residents of Bruthen, Buchan and Wiseleigh were told to leave": capitalized only as the sentence's first word
  return residentNouns.has(w.lower) && w.text === w.lower[0]!.toUpperCase() + w.lower.slice(1) && tokens[t - 1]?.sentence !== w.sentence;
}

/** Does the article name a person by these words elsewhere: outside a place context, or in another full name? */
function namesAPerson(tokens: readonly Token[], s: TaggedSpan, people: KnownPeople): boolean {
  if (people.namedOutsidePlaceContexts.has(keyOf(tokens, s.tokenStart, s.tokenEnd))) return true;
  // (the span's own words count once when it is a full name itself)
  const own = s.tokenEnd - s.tokenStart >= 2 ? 1 : 0;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) if ((people.fullNameWords.get(tokens[t]!.lower) ?? 0) > own) return true;
  return false;
}

function afterPlacePreposition(tokens: readonly Token[], s: TaggedSpan): boolean {
  if (s.tokenEnd - s.tokenStart > 2 || !placeContextBefore(tokens, s)) return false;
  // ("in Carrano (2006)", "in Carrano and Biewener's study": authors; "in Chinese": a language)
  const next = tokens[s.tokenEnd]?.text ?? '';
  if (possessiveMarks.has(next) || next === '(' || next === 'et' || next === 'and' || next === '&' || placeKind(spanText(tokens, s)) === 'country' || demonymToCountry(tokens[s.tokenStart]!.text)) return false;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const w = tokens[t]!;
    if (isGivenName(w.lower) || !isAsciiTitleCaseWord(w.text)) return false;
  }
  return true;
}
