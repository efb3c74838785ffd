import type { Token } from '../../../document';
import modifierNames from '../../../data/entities/modifier-names.json';
import { placeKind } from '../gazetteer';
import { isCapitalized, wordClass } from '../features';
import { organizationHeadAt, possessiveMarks, possessorInName, saintBefore } from '../possessive-names';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { replaceSpans, taggedSpan, spanIndexByToken } from './shared';
import { bracketedTokenAt, capitalsAcronymShape } from '../acronyms';
import { connectors } from './words';
import { isAsciiTitleCaseWord } from '../capitalized';

/**
 * Organizations whose name holds a possessive: "Kurdistan Workers' Party",
 * "Farmers' Union", "People's Bank of China". Names break at a possessive
 * (spans.ts: "China's Communist Party" is a place and a party), so the tagger's
 * pieces come out as "Kurdistan Workers" and no party, or "People" and "Bank
 * of China". A possessive joins the pieces when the word before it is a
 * plural common noun (no place, no person's name: "workers", "people"), a
 * title institutions are named for ("King's College London") or a saint's
 * name ("St John's College"), and the capitalized words after it end in an
 * organization's head. A disease's eponym ("Alzheimer's Society", "Alzheimer's
 * Europe") opens a charity's name too, which may end in the place it serves.
 */
export const joinPossessiveNames: EntityPass = { name: 'join-possessive-names', triggers: possessiveMarks, run };


function run({ tokens, caseless, capitalized, wordIndex }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  // only the possessive marks' places: a mark's lower case is itself, so the index's places hold every mark
  const marks = wordIndex.ofAny(possessiveMarks);
  const spanAt = spanIndexByToken(tokens.length, spans);
  const joined: TaggedSpan[] = [];
  const dropped = new Set<number>();
  let next = 1;
  for (let k = 0; k < marks.length; k++) {
    const p = marks[k]!;
    if (p < next) continue;
    if (p + 1 >= tokens.length) break;
    const mark = tokens[p]!;
    const word = tokens[p - 1]!;
    if (!possessiveMarks.has(mark.text) || spanAt[p]! >= 0 || word.end !== mark.start || caseless[mark.sentence]) continue;
    const eponym = diseaseEponymAt(tokens, p - 1, spanAt, spans);
    // (past a possessive the name goes on only from a tagged span or a capitalized word, headedRun's first step: most
    // possessives, "Obama's decision", have a lower-case word after them, and the possessor's gazetteer look-ups are
    // asked only of the others; an eponym's run may go on to a place in capitals, so it is asked as before)
    if (!eponym && ((spanAt[p + 1]! < 0 && capitalized[p + 1] === 0) || !possessorInName(tokens, p - 1))) continue;
    // "St John's College": the saint's title opens the name
    const left = eponym ? p - 1 : spanAt[p - 1]! >= 0 ? spans[spanAt[p - 1]!]!.tokenStart : saintBefore(tokens, p - 1) ? p - 2 : wordsBefore(tokens, p - 1, spanAt);
    const end = headedRun(tokens, p + 1, spanAt, spans, eponym);
    if (end < 0) continue;
    for (let t = left; t < end; t++) if (spanAt[t]! >= 0) dropped.add(spanAt[t]!);
    joined.push(taggedSpan(left, end, 'ORG'));
    // "Kurdistan Workers' Party (PKK)": the acronym in brackets after it, as add-acronyms does for names found earlier
    const acronym = bracketedTokenAt(tokens, end);
    if (acronym && spanAt[end + 1]! < 0 && capitalsAcronymShape.test(acronym.text)) {
      joined.push(taggedSpan(end + 1, end + 2, 'ORG'));
    }
    next = end + 1;
  }
  return replaceSpans(spans, dropped, joined);
}

/** "New People's Party": up to two untagged capitalized words of the sentence before the plural noun at t ("The" is no such word). */
function wordsBefore(tokens: readonly Token[], t: number, spanAt: Int32Array): number {
  let a = t;
  while (a > t - 2 && a > 0) {
    const w = tokens[a - 1]!;
    if (spanAt[a - 1]! >= 0 || w.sentence !== tokens[t]!.sentence || !isAsciiTitleCaseWord(w.text) || !nameWordPos.has(w.pos) || wordClass(w.lower)) break;
    a--;
  }
  return a;
}
const nameWordPos = new Set(['PROPN', 'NOUN', 'ADJ']);

/**
 * The end of the capitalized run from token a (connectors between capitalized
 * words, tagged spans taken whole) when it ends in an organization's head
 * ("Party", "Union", "Bank of China"); -1 otherwise.
 */
function headedRun(tokens: readonly Token[], a: number, spanAt: Int32Array, spans: readonly TaggedSpan[], endsInPlace = false): number {
  const sentence = tokens[a]!.sentence;
  let e = a;
  let headed = false;
  while (e < tokens.length && e - a < 8 && tokens[e]!.sentence === sentence) {
    const w = tokens[e]!;
    if (spanAt[e]! >= 0 && spans[spanAt[e]!]!.tokenStart === e) {
      const s = spans[spanAt[e]!]!;
      if (s.type === 'PER') break;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) headed ||= organizationHeadAt(tokens, t);
      e = s.tokenEnd;
      continue;
    }
    if (isAsciiTitleCaseWord(w.text) && wordClass(w.lower) !== 'title') {
      headed ||= organizationHeadAt(tokens, e);
      e++;
      continue;
    }
    if (e > a && /^[a-z]+$|^&$/.test(w.text) && connectors.has(w.lower) && tokens[e + 1]?.sentence === sentence && isCapitalized(tokens[e + 1]!.text)) {
      e++;
      continue;
    }
    break;
  }
  // ("Alzheimer's Europe", "Alzheimer's Research UK": a charity named for a disease may end in the place it serves,
  // whose name in capitals the loop above leaves out)
  if (endsInPlace && tokens[e]?.sentence === sentence && spanAt[e]! < 0 && placeAt(tokens, e)) e++;
  return e > a && (headed || (endsInPlace && placeAt(tokens, e - 1))) ? e : -1;
}

const diseaseEponyms: ReadonlySet<string> = new Set(modifierNames.diseaseEponyms);

/** A country's or region's name ends at token t ("UK", "Europe"). */
const placeAt = (tokens: readonly Token[], t: number): boolean => {
  const kind = placeKind(tokens[t]!.text);
  return kind === 'country' || kind === 'region';
};

/**
 * "Alzheimer's Europe", "Parkinson's UK": a disease's eponym (modifier-names.json diseaseEponyms) before its
 * possessive opens a charity's name, when the word is alone (the tagger's span, if any, is that word: "Michael
 * Parkinson's show" is a person's).
 */
function diseaseEponymAt(tokens: readonly Token[], w: number, spanAt: Int32Array, spans: readonly TaggedSpan[]): boolean {
  const word = tokens[w]!;
  if (!diseaseEponyms.has(word.lower) || !isAsciiTitleCaseWord(word.text)) return false;
  const s = spanAt[w]!;
  if (s >= 0 && (spans[s]!.tokenStart !== w || spans[s]!.tokenEnd !== w + 1)) return false;
  // ("Ms Parkinson's remarks": a title before it makes a person)
  return wordClass(tokens[w - 1]?.lower ?? '') !== 'title';
}

