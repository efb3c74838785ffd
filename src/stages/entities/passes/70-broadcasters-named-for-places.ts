import ruleWords from '../../../data/entities/rule-words.json';
import { isCapitalized } from '../features';
import { placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { replaceSpans, spanIndexByToken, taggedSpan, wordsText } from './shared';

const heads: ReadonlySet<string> = new Set(ruleWords.broadcasterHeadsBeforePlaces);

/**
 * Broadcasters named for the place they serve: "Radio Lagos", "BBC Radio
 * Kent", "Television Jamaica". The tagger leaves the whole out or keeps the
 * place alone as a location ("on Radio Lagos 97.3 FM", "spoke to Radio
 * Kent"). A capitalized broadcaster's head (rule-words.json
 * broadcasterHeadsBeforePlaces) right before a place of the gazetteer (up to
 * three words) is one organization with it, and so is an organization ending
 * in that head ("BBC Radio") with the place; not when another capitalized word
 * goes on after the place (where the name ends is unclear), nor when the head
 * or the place is inside another kind of name.
 */
export const broadcastersNamedForPlaces: EntityPass = { name: 'broadcasters-named-for-places', triggers: heads, run };

const maxPlaceWords = 3;

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const joined: TaggedSpan[] = [];
  const dropped = new Set<number>();
  for (let h = 0; h + 1 < tokens.length; h++) {
    const head = tokens[h]!;
    if (!heads.has(head.lower) || !isCapitalized(head.text) || caseless[head.sentence]) continue;
    // the head alone or the end of an organization ("BBC Radio"), never inside a person's or place's name
    const own = spanAt[h]!;
    if (own >= 0 && (spans[own]!.type !== 'ORG' || spans[own]!.tokenEnd !== h + 1)) continue;
    const end = placeEnd(tokens, h + 1, spanAt, spans);
    if (end < 0) continue;
    const start = own >= 0 ? spans[own]!.tokenStart : h;
    for (let t = start; t < end; t++) if (spanAt[t]! >= 0) dropped.add(spanAt[t]!);
    joined.push(taggedSpan(start, end, 'ORG'));
    h = end - 1;
  }
  return replaceSpans(spans, dropped, joined);
}

/**
 * The end (exclusive) of the longest place of the gazetteer from token a, in capitalized words of the head's sentence,
 * when nothing capitalized follows it and any span it touches lies inside it as a place; -1 otherwise.
 */
function placeEnd(tokens: EntityPassContext['tokens'], a: number, spanAt: Int32Array, spans: readonly TaggedSpan[]): number {
  const sentence = tokens[a - 1]!.sentence;
  const capitalAt = (t: number): boolean => t < tokens.length && tokens[t]!.sentence === sentence && isCapitalized(tokens[t]!.text) && tokens[t]!.start === tokens[t - 1]!.end + 1;
  let best = -1;
  for (let e = a + 1; e <= a + maxPlaceWords && capitalAt(e - 1); e++) {
    if (placeKind(wordsText(tokens.slice(a, e))) !== null) best = e;
  }
  if (best < 0 || capitalAt(best)) return -1;
  for (let t = a; t < best; t++) {
    const i = spanAt[t]!;
    if (i >= 0 && (spans[i]!.type !== 'LOC' || spans[i]!.tokenStart < a || spans[i]!.tokenEnd > best)) return -1;
  }
  return best;
}
