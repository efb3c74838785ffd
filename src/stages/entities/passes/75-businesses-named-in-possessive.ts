import ruleWords from '../../../data/entities/rule-words.json';
import type { Token } from '../../../document';
import { wordClass } from '../features';
import { placeKind } from '../gazetteer';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { spanIndexByToken, taggedSpan, wordsOfFullPersonNames } from './shared';

const placePrepositions = new Set(ruleWords.placesOfBusinessBefore);
const possessive = new Set(["'s", '’s']);

/**
 * Auction houses and shops named in the possessive: "sold for £4.2m at Christie's in London", "a queue
 * outside Sainsbury's." A possessive with no noun after it, after a preposition of place, names a house of
 * business, an organization; the tagger read the person the house is named for ("Christie"), and a later
 * "she" resolved to it. Once one mention shows the house, the article's other "X's" are the house too
 * ("Christie's specialist Annabel Crewe"). Not a name that is a place ("at Britain's") or a title ("at Lord's", the cricket ground) or a word of a person's
 * full name in the article ("Chris Christie ... at Christie's" stays unclear: left as it was).
 */
export const businessesNamedInPossessive: EntityPass = { name: 'businesses-named-in-possessive', triggers: placePrepositions, run };

/** Token p is "'s" written onto the word before it. */
const possessiveAt = (tokens: readonly Token[], p: number): boolean =>
  possessive.has(tokens[p]?.text ?? '') && p > 0 && tokens[p - 1]!.end === tokens[p]!.start;

/** No possessed noun after the possessive at p: the sentence ends, punctuation, or a preposition follows ("in London"). */
function nothingOwned(tokens: readonly Token[], p: number): boolean {
  const next = tokens[p + 1];
  if (!next || next.sentence !== tokens[p]!.sentence) return true;
  if (next.pos === 'PUNCT') return /^[.,;:!?)]$/.test(next.text);
  return next.pos === 'ADP' && next.text === next.lower;
}

/** A name word a house may be named for: "Christie", "McDonald". */
const houseWord = /^(?:Ma?c)?[A-Z][a-z]+$/;

function run({ tokens, caseless }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const spanAt = spanIndexByToken(tokens.length, spans);
  const inFullNames = wordsOfFullPersonNames(tokens, spans);
  const houses = new Set<string>();
  /** the word at `w` names a house if its possessive (at w + 1) follows a place's preposition and owns nothing */
  const house = (w: number): boolean => {
    const word = tokens[w]!.text;
    const before = tokens[w - 1]!;
    if (caseless[tokens[w]!.sentence] || !placePrepositions.has(before.text) || before.sentence !== tokens[w]!.sentence) return false;
    const s = spanAt[w]!;
    // a one-word name only: the tagger's span, if any, is that word
    if (s >= 0 && (spans[s]!.tokenStart !== w || spans[s]!.tokenEnd !== w + 1)) return false;
    // ("at Lord's": a title's possessive names a ground or a house, not a business named for a person)
    const lower = word.toLowerCase();
    return !placeKind(word) && wordClass(lower) !== 'title' && !inFullNames.has(lower) && nothingOwned(tokens, w + 1);
  };
  for (let p = 2; p < tokens.length; p++) if (possessiveAt(tokens, p) && houseWord.test(tokens[p - 1]!.text) && house(p - 1)) houses.add(tokens[p - 1]!.lower);
  if (houses.size === 0) return spans;
  // every "X's" of a house found, and the word's one-word spans before a possessive, become the house with its "'s"
  const out = spans.filter((s) => !(s.tokenEnd - s.tokenStart === 1 && possessiveAt(tokens, s.tokenEnd) && houses.has(tokens[s.tokenStart]!.lower)));
  for (let p = 1; p < tokens.length; p++) {
    if (!possessiveAt(tokens, p) || !houses.has(tokens[p - 1]!.lower) || !/^[A-Z]/.test(tokens[p - 1]!.text)) continue;
    const s = spanAt[p - 1]!;
    if (s >= 0 && spans[s]!.tokenEnd - spans[s]!.tokenStart > 1) continue;
    out.push(taggedSpan(p - 1, p + 1, 'ORG'));
  }
  return out.sort((a, b) => a.tokenStart - b.tokenStart);
}
