import type { Token } from '../../../document';
import lexicon from '../../../data/entities/lexicon.json';
import outlets from '../../../data/entities/news-organizations.json';
import { isCapitalized, isCapitalizedWord } from '../capitalized';
import { isCommonWord } from '../common-words';
import { canonicalCountry, demonymToCountry, placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanIndexByToken, taggedSpan, unchangedOr, wordsText } from './shared';
import { connectors } from './words';

const kindNouns: readonly (readonly string[])[] = outlets.outletKindNounsAfter.map((n) => n.split(' '));
const articles: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// faiths and peoples ("a Jewish newspaper"), which demonymToCountry does not know
const groupWords: ReadonlySet<string> = new Set(lexicon.groupWords);
/** the most words of an outlet's name ("New York Review of Books" is not read: "of") */
const maxWords = 4;

// (the pass runs only where one of the nouns' first words stands)
const firstWords: ReadonlySet<string> = new Set(kindNouns.map((n) => n[0]!));

/**
 * "an article in Time magazine", "Forbes magazine reported", "the Asahi newspaper", "Foreign Policy magazine": one to
 * four capitalized words right before a lower-case noun of a kind of news outlet (news-organizations.json
 * outletKindNounsAfter) are the outlet's name, an organization, though the tagger tagged none of them or read a
 * person or a place. Counted on polnear-train (US political news, its train portion), 37 such phrases: after the
 * exceptions below, the pass names 7 outlets, all right ("Time" 4, "Foreign Policy", "Asahi", "Forbes"; the start
 * commit had none of them; "Forbes" stays the person its article also names, at resolve) and no wrong one; the
 * exceptions leave 4 "New York magazine" and "Latina magazine" as they were (a place's name). Not when:
 * - the words are a place, a country, a people or a faith ("a Washington newspaper", "the Israeli newspaper", "a Baton
 *   Rouge newspaper", "a Jewish newspaper"): they say where the paper is from or whom it is for;
 * - a capitalized word follows the noun ("fashion magazine Vogue"): the noun introduces that name;
 * - one word opens the sentence and is a common word ("Fashion magazine Vogue", "Business newspaper Handelsblatt");
 * - the words go on a longer capitalized run, or follow a connector or a possessive after a capitalized word ("Travel
 *   and Leisure magazine", "People's Daily newspaper"), whose bounds this rule cannot tell;
 * - a name the tagger found reaches past the words: its bounds stand. Names inside the words give way ("Jones" of
 *   "Mother Jones magazine").
 * The name leaves "The" out, as CoNLL names do ("The Times newspaper" gives "Times").
 */
export const outletsBeforeKindNouns: EntityPass = { name: 'outlets-before-kind-nouns', triggers: firstWords, run };

function run({ tokens, caseless, opener }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  let spanAt: Int32Array | undefined;
  const found: Array<[number, number]> = [];
  for (let t = 1; t < tokens.length; t++) {
    const nounEnd = kindNounEnd(tokens, t);
    if (nounEnd < 0 || caseless[tokens[t]!.sentence]) continue;
    const a = nameStart(tokens, t);
    if (a < 0 || !outletName(tokens, a, t, nounEnd, opener)) continue;
    spanAt ??= spanIndexByToken(tokens.length, spans);
    if (insideOnly(spanAt, spans, a, t)) found.push([a, t]);
  }
  if (found.length === 0) return [...spans];
  // the tagger's names inside the words ("Jones" of "Mother Jones magazine") give way to the outlet's
  const inFound = (s: TaggedSpan): boolean => found.some(([a, b]) => s.tokenStart >= a && s.tokenEnd <= b);
  const out = spans.filter((s) => !inFound(s));
  for (const [a, b] of found) out.push(taggedSpan(a, b, 'ORG'));
  return unchangedOr(spans, out.sort((x, y) => x.tokenStart - y.tokenStart));
}

/** Do the names over tokens a..b-1, if any, all lie inside them (the tagger's part of the name, to be replaced)? */
function insideOnly(spanAt: Int32Array, spans: readonly TaggedSpan[], a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const i = spanAt[t]!;
    if (i >= 0 && (spans[i]!.tokenStart < a || spans[i]!.tokenEnd > b)) return false;
  }
  return true;
}

/** The end (exclusive) of a lower-case outlet noun starting at token t ("magazine", "news agency"), or -1. */
function kindNounEnd(tokens: readonly Token[], t: number): number {
  for (const noun of kindNouns) {
    if (noun.every((word, k) => tokens[t + k]?.text === word && tokens[t + k]!.sentence === tokens[t]!.sentence)) return t + noun.length;
  }
  return -1;
}

/** The first token of the capitalized words right before token `noun` ("The" left out), or -1 when there are none. */
function nameStart(tokens: readonly Token[], noun: number): number {
  const sentence = tokens[noun]!.sentence;
  const inName = (w: number): boolean => w >= 0 && tokens[w]!.sentence === sentence && isCapitalizedWord(tokens[w]!.text) && tokens[w + 1]!.start > tokens[w]!.end;
  let a = noun;
  while (noun - a < maxWords + 1 && inName(a - 1)) a--;
  if (articles.has(tokens[a]?.lower ?? '') && a < noun) a++;
  if (a === noun || noun - a > maxWords) return -1;
  const before = tokens[a - 1];
  if (!before || before.sentence !== sentence) return a;
  // a longer run of capitalized words ("Dow Jones Business News Wire service"), or one joined by a connector or a
  // possessive ("Travel and Leisure magazine", "People's Daily newspaper")
  if (isCapitalized(before.text) && !articles.has(before.lower)) return -1;
  if ((before.text === "'s" || before.text === '’s' || connectors.has(before.lower)) && isCapitalized(tokens[a - 2]?.text ?? '')) return -1;
  return a;
}

/** Do the words [a, noun) name the outlet (see the pass's comment for what they may not be)? */
function outletName(tokens: readonly Token[], a: number, noun: number, nounEnd: number, opener: readonly boolean[]): boolean {
  const after = tokens[nounEnd];
  if (after && after.sentence === tokens[noun]!.sentence && isCapitalized(after.text)) return false;
  if (noun - a === 1 && opener[a] && isCommonWord(tokens[a]!.lower)) return false;
  const text = wordsText(tokens.slice(a, noun));
  if (groupWords.has(text.toLowerCase())) return false;
  return placeKind(text) === null && canonicalCountry(text) === null && demonymToCountry(text) === null;
}
