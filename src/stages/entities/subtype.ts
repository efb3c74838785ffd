/**
 * Subtypes and metonymy for recognized names, from the gazetteers and the
 * name's head word: "Nanyang Technological University" -> university,
 * "East China Sea" -> body-of-water, "Tokyo announced" -> government.
 */
import type { Token } from '../../document';
import type { EntityType } from '../../schema';
import lexicon from '../../data/entities/lexicon.json';
import { chamberKeys } from './passes/words';
import { canonicalCountry, isCapitalCity, placeKind } from './gazetteer';
import { packedMap } from '../../packed';
import { tokenAtIndex } from '../../nlp/token-at-index';

const orgSubtypeByWord = new Map<string, string>();
const orgSubtypeByPhrase = new Map<string, string>();
for (const [subtype, words] of Object.entries(lexicon.orgSubtypes)) {
  for (const w of words) {
    if (w.includes(' ')) orgSubtypeByPhrase.set(w, subtype);
    else if (!orgSubtypeByWord.has(w)) orgSubtypeByWord.set(w, subtype);
  }
}
const subtypeByHeadPhrase: readonly (readonly [string, string])[] = Object.entries(lexicon.orgSubtypeHeadPhrases).flatMap(
  ([subtype, phrases]) => phrases.map((p) => [p, subtype] as const),
);
const headsWithoutSubtype = new Set(lexicon.orgHeadsWithoutSubtype);
const bodyOfWater = new Set(lexicon.bodyOfWater);
const geoFeature = new Set(lexicon.geoFeature);
const regionWords = new Set(lexicon.regionWords);
const agencyVerbs = new Set(lexicon.agencyVerbs);
export function subtypeOf(type: EntityType, text: string, words: readonly string[]): string | null {
  if (type === 'person') return null;
  const lowerWords = packedMap(words, (w) => w.toLowerCase());
  if (type === 'location') {
    if (canonicalCountry(text)) return 'country';
    if (isCapitalCity(text)) return 'city';
    const last = lowerWords[lowerWords.length - 1] ?? '';
    const first = lowerWords[0] ?? '';
    if (bodyOfWater.has(last) || (first === 'lake' && words.length > 1)) return 'body-of-water';
    if (geoFeature.has(last) || first === 'mount' || first === 'mt.') return 'geo';
    if (regionWords.has(last)) return 'region';
    const kind = placeKind(text);
    if (kind === 'city' || kind === 'majorcity') return 'city';
    if (kind === 'region') return 'region';
    return null;
  }
  const phrase = lowerWords.join(' ');
  // "the Commons", "the Lords": a house of parliament named alone by its members' plural (pass 44, institutions-named-alone) is a
  // legislature; "Creative Commons" has more words and goes by its head word as any name
  if (chamberKeys.has(phrase)) return 'government-body';
  const byPhrase = orgSubtypeByPhrase.get(phrase);
  if (byPhrase) return byPhrase;
  // the head word decides first ("Japan Bank for International Cooperation" is a bank),
  // then any word of the name
  const ofAt = lowerWords.findIndex((w) => w === 'of' || w === 'for');
  const head = ofAt > 0 ? lowerWords[ofAt - 1]! : lowerWords[lowerWords.length - 1]!;
  const firstWord = lowerWords[0] ?? '';
  // "Central Bank of Nigeria": two words say more than "bank" alone
  const spaced = ` ${phrase} `;
  for (const [p, subtype] of subtypeByHeadPhrase) if (spaced.includes(` ${p} `)) return subtype;
  // "St James's University Hospital" is a hospital, "Network Rail" a railway: a head of a kind we give no
  // subtype outranks the words before it
  if (headsWithoutSubtype.has(head)) return null;
  // "Massachusetts Institute of Technology" is a university; "National Statistics Institute" or
  // "Institute for Fiscal Studies" is not: an institute teaches only when it is one of technology
  if (head === 'institute' && (lowerWords.includes('technology') || lowerWords.includes('technological'))) return 'university';
  for (const w of [head, firstWord, ...lowerWords]) {
    const s = orgSubtypeByWord.get(w);
    if (s) return s;
  }
  return null;
}

/**
 * A country or capital acting as its government: the name is the subject of
 * a verb of saying or deciding ("Beijing refused", "Tokyo has announced").
 */
export function isGovernmentMetonymy(tokens: readonly Token[], tokenEnd: number, text: string, subtype: string | null): boolean {
  if (subtype !== 'country' && !(subtype === 'city' && isCapitalCity(text))) return false;
  const next = tokenAtIndex(tokens, tokenEnd);
  if (!next || next.sentence !== tokens[tokenEnd - 1]?.sentence) return false;
  if (!agencyVerbs.has(next.lower)) return false;
  if (next.lower === 'is' || next.lower === 'was' || next.lower === 'has' || next.lower === 'have' || next.lower === 'had') {
    // "Tokyo is a city" is not an act; "Beijing has refused" is
    const after = tokens[tokenEnd + 1];
    return after !== undefined && after.tag === 'VERB' && agencyVerbs.has(after.lower);
  }
  return true;
}
