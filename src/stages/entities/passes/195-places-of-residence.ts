import type { Token } from '../../../document';
import { isGivenName, isKnownOrganization } from '../gazetteer';
import { isAsciiTitleCaseWord } from '../capitalized';
import { isCommonWord } from '../../../nlp/common-words';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanIndexByToken, taggedSpan, wordsText } from './shared';
import { residenceGroupHeads, residenceNumberWords } from './words';

/**
 * "Renee Gold, 83, of Sarasota, Florida", "Gareth Lamb, 52, of Orchard Close, Hilperton", "Oliver Grant, 34, of
 * Dilton Marsh (£220)": after a person's name and age, "of" or "from" opens where the person lives, so the capitalized
 * words there are a place, and so are those after one more comma (a street, then its town). The tagger took a town no
 * gazetteer holds for a person ("Hilperton", "Dilton Marsh"), as court lists and vox-pops print them. Only a person or
 * an untagged run is made a place: an organization there may be the person's employer ("Jane Roe, 45, of Acme Corp"),
 * and it stays. Words followed by a comma and an age are the next person of a list, not a place. A given name
 * (listed, or no common word) and a capitalized word before the age that the tagger left ("Gareth Lamb, 52, of ...") are the person. On the train portions
 * of PolNeAR (19), GUM (1) and UNER-EWT (1) the shape is followed by a place all 21 times.
 */
export const placesOfResidence: EntityPass = { name: 'places-of-residence', triggers: new Set(['of', 'from']), run };

/** a place's name has at most four words ("Dilton Marsh", "Milton Keynes Village") */
const MAX_PLACE_TOKENS = 4;
const AGE = /^\d{1,3}$/;

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  let spanAt: Int32Array | undefined;
  const places: Array<[number, number]> = [];
  const persons: TaggedSpan[] = [];
  for (let t = 1; t + 4 < tokens.length; t++) {
    if (tokens[t]!.text !== ',' || !AGE.test(tokens[t + 1]!.text) || tokens[t + 2]!.text !== ',') continue;
    const of = tokens[t + 3]!;
    if ((of.lower !== 'of' && of.lower !== 'from') || of.sentence !== tokens[t]!.sentence) continue;
    spanAt ??= spanIndexByToken(tokens.length, spans);
    // a person's name before the age: tagged a person, or two capitalized words the tagger left ("Gareth Lamb, 52,")
    const person = spanAt[t - 1]!;
    // (the tagger missed "Lamb" as a common word: a given name, listed or no common word, and a capitalized word before
    // the age are the person, added too)
    const untaggedName = person < 0 && spanAt[t - 2]! < 0 && givenNameLike(tokens[t - 2]) && isAsciiTitleCaseWord(tokens[t - 1]!.text);
    if (!untaggedName && (person < 0 || spans[person]!.type !== 'PER' || spans[person]!.tokenEnd !== t)) continue;
    const first = placeRun(tokens, t + 4);
    if (first === 0) continue;
    places.push([t + 4, first]);
    if (untaggedName) persons.push(taggedSpan(t - 2, t, 'PER'));
    // "of Orchard Close, Hilperton": the town after the street
    if (tokens[first]?.text === ',') {
      const second = placeRun(tokens, first + 1);
      if (second > 0) places.push([first + 1, second]);
    }
  }
  if (places.length === 0) return spans;
  spanAt ??= spanIndexByToken(tokens.length, spans);
  const retyped = new Map<number, TaggedSpan>();
  const added: TaggedSpan[] = [...persons];
  for (const [start, end] of places) {
    if (isKnownOrganization(wordsText(tokens.slice(start, end)))) continue;
    const inside = new Set<number>();
    for (let k = start; k < end; k++) if (spanAt[k]! >= 0) inside.add(spanAt[k]!);
    if (inside.size === 0) added.push(taggedSpan(start, end, 'LOC'));
    else if (inside.size === 1) {
      const i = [...inside][0]!;
      const s = spans[i]!;
      // (the same words as the organization test above: that test covers the span)
      if (s.tokenStart === start && s.tokenEnd === end && s.type === 'PER') retyped.set(i, taggedSpan(start, end, 'LOC'));
    }
  }
  if (retyped.size === 0 && added.length === 0) return spans;
  const out = spans.map((s, i) => retyped.get(i) ?? s);
  return added.length === 0 ? out : [...out, ...added].sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * The end of a run of capitalized words from `start` that closes where a place's name does: before a comma, a full
 * stop, a bracket, a semicolon or a lower-case word, not before another capitalized word beyond the limit or before
 * a comma and an age (then the run is the next person of a list). 0 when there is no such run.
 */
function placeRun(tokens: readonly Token[], start: number): number {
  const sentence = tokens[start]?.sentence;
  let end = start;
  while (end < start + MAX_PLACE_TOKENS && tokens[end]?.sentence === sentence && isAsciiTitleCaseWord(tokens[end]!.text)) end++;
  if (end === start) return 0;
  // "of Year Four", "from Ward Nine", "of Class VI": a class, a ward or a team, not where the person lives
  if (residenceGroupHeads.has(tokens[start]!.lower) || residenceNumberWords.has(tokens[end - 1]!.lower)) return 0;
  const next = tokens[end];
  if (!next || next.sentence !== sentence) return end;
  if (next.text === ',' && AGE.test(tokens[end + 1]?.text ?? '')) return 0;
  if (next.text === "'s" || next.text === '’s') return 0;
  return /^[,.;()\[\]]$/.test(next.text) || /^[a-z]/.test(next.text) ? end : 0;
}

/** A capitalized word that is a listed given name or no common English word ("Gareth"; not "Orchard"). */
function givenNameLike(token: Token | undefined): boolean {
  return token !== undefined && isAsciiTitleCaseWord(token.text) && (isGivenName(token.lower) || !isCommonWord(token.lower));
}
