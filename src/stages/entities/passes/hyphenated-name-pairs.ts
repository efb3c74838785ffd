import type { Token } from '../../../document';
import type { TaggedSpan } from '../tagger';
import { isTightHyphen } from '../../../nlp/hyphens';

/**
 * What a hyphen-joined pair of names is, for both passes that split one: split-hyphenated-pairs (24, people:
 * "Kishida-Xi") and split-hyphenated-name-pairs (185, any type: "Israel-Hamas"). One definition, so the two passes
 * agree on which spans are pairs and on which pairs a longer name holds.
 */

/** Three tokens, a capitalized word, a hyphen and a capitalized word written without spaces ("Kishida-Xi", "NATO-Russia"). */
export function isJoinedPair(tokens: readonly Token[], s: Pick<TaggedSpan, 'tokenStart' | 'tokenEnd'>): boolean {
  if (s.tokenEnd - s.tokenStart !== 3 || !isTightHyphen(tokens, s.tokenStart + 1)) return false;
  return /^\p{Lu}/u.test(tokens[s.tokenStart]!.text) && /^\p{Lu}/u.test(tokens[s.tokenStart + 2]!.text);
}

/** The pair starting at token `start`, lower case ("kishida-xi"). */
export function pairKey(tokens: readonly Token[], start: number): string {
  return `${tokens[start]!.lower}-${tokens[start + 2]!.lower}`;
}

/**
 * The pairs the article writes inside a longer name of the given types ("Temitope Adeyemi-Cole", "Osijek-Baranja
 * County"): such a pair written alone elsewhere is that name, even when relatives or places bear each part.
 */
export function pairsInsideLongerNames(tokens: readonly Token[], spans: readonly TaggedSpan[], types?: ReadonlySet<TaggedSpan['type']>): Set<string> {
  const keys = new Set<string>();
  for (const s of spans) {
    if (s.tokenEnd - s.tokenStart < 4 || (types && !types.has(s.type))) continue;
    for (let t = s.tokenStart + 1; t < s.tokenEnd - 1; t++) {
      if (isTightHyphen(tokens, t) && isJoinedPair(tokens, { tokenStart: t - 1, tokenEnd: t + 2 })) keys.add(pairKey(tokens, t - 1));
    }
  }
  return keys;
}
