import type { Token } from '../../../document';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { isTightHyphen } from '../../../nlp/hyphens';
import { isJoinedPair as joinedPair, pairKey, pairsInsideLongerNames } from './hyphenated-name-pairs';

/**
 * "The Kishida-Xi meeting", "a Biden-Putin summit": two people's names joined
 * by a hyphen are two person mentions, not one person, when the article
 * names each of them as a person elsewhere ("Fumio Kishida", "Xi Jinping").
 * "Hewlett-Packard" and "Rolls-Royce" stay whole: their parts name nobody
 * else in the article.
 * A double-barrelled surname stays whole: "Rhodes-Vivour" after "Gbadebo
 * Rhodes-Vivour" is one person, because words joined by a hyphen inside a
 * longer person name do not count as names of their own, and the pair alone
 * stays that person when the article writes it as a longer name's surname
 * (relatives in a profile may bear each part: "Babatunde Adeyemi", "Ayodele Cole").
 */
const PERSONS: ReadonlySet<TaggedSpan['type']> = new Set(['PER']);

export const splitHyphenatedPairs: EntityPass = { name: 'split-hyphenated-pairs', run };

function run({ tokens }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const personWords = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'PER' || joinedPair(tokens, s)) continue;
    // ("Gbadebo Rhodes-Vivour": the parts of a hyphenated surname name no one on their own)
    for (let t = s.tokenStart; t < s.tokenEnd; t++) if (!isTightHyphen(tokens, t - 1) && !isTightHyphen(tokens, t + 1)) personWords.add(tokens[t]!.lower);
  }
  // "Temitope Adeyemi-Cole" ... "Adeyemi-Cole, 47, ...": a pair the article writes as the surname of a longer person
  // name is that person, even when her brother Babatunde Adeyemi and her husband Ayodele Cole bear each part
  const surnames = pairsInsideLongerNames(tokens, spans, PERSONS);
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    if (joinedPair(tokens, s) && !surnames.has(pairKey(tokens, s.tokenStart)) && personWords.has(tokens[s.tokenStart]!.lower) && personWords.has(tokens[s.tokenStart + 2]!.lower)) {
      out.push({ tokenStart: s.tokenStart, tokenEnd: s.tokenStart + 1, type: 'PER' }, { tokenStart: s.tokenStart + 2, tokenEnd: s.tokenEnd, type: 'PER' });
    } else out.push(s);
  }
  return out;
}
