import type { Token } from '../../../document';
import listed from '../../../data/entities/news-organizations.json';
import outlets from '../../../data/entities/news-outlets.json';
import { bracketedTokenAt } from '../acronyms';
import { isCapitalized } from '../capitalized';
import { isCommonWord } from '../../../nlp/common-words';
import { lowerOf } from '../../../nlp/characters';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import { keyOf, matchEnd, taggedSpan } from './shared';
import { corporateSuffixes } from './words';
import { legislatorMembersAfter } from '../legislator-abbreviations';

const membersAfter = new Set([...listed.membersAfter, ...legislatorMembersAfter]);
/**
 * the name's first token (names split at spaces, hyphens and apostrophes as the tokenizer does) -> the listed names:
 * news-organizations.json's, then the mastheads news-outlets.json lists as added wherever written (listedBare: that
 * file owns the outlets, so that one list says which names are outlets)
 */
const byFirstWord = new Map<string, string[]>();
for (const name of [...listed.names, ...outlets.listedBare]) {
  const first = name.split(/[\s\-'’]/)[0]!;
  byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
}
/** the first tokens' lower case (as the tokens stage writes it): the words whose places the pass visits */
const firstWords: ReadonlySet<string> = new Set([...byFirstWord.keys()].map(lowerOf));

/**
 * Organizations wire copy names bare and the tagger misses ("after Labour
 * councillors voted", "the Liberal Democrats abstained", "Save the Children
 * warned", "budget airline easyJet"): a name of news-organizations.json
 * or of news-outlets.json listedBare ("Politico"), written exactly as
 * listed, is an organization, and so is an acronym in
 * brackets right after it ("the Alternative for Germany (AfD)"). It
 * replaces the names the tagger found inside it ("Germany"); a name
 * reaching beyond it is left alone. Not in a headline or a
 * sentence in capitals or title case, not inside a longer run of
 * capitalized words ("Labour Day"), and a one-word name that is also a
 * common English word at a sentence's start only before a possessive
 * ("Labour's leader"; "Labour costs rose" is no party).
 */
export const addListedOrganizations: EntityPass = { name: 'add-listed-organizations', triggers: firstWords, run };

function run({ tokens, initial, caseless, writtenLower, wordIndex }: EntityPassContext, spans: readonly TaggedSpan[]): readonly TaggedSpan[] {
  const claims: TaggedSpan[] = [];
  // a listed name starts only where its first word stands: those places from the word index, not a walk over every
  // token asking each for its text (the pass's costliest line)
  const starts = wordIndex.ofAny(firstWords);
  let next = 0;
  for (let k = 0; k < starts.length; k++) {
    const t = starts[k]!;
    if (t < next) continue;
    const candidates = byFirstWord.get(tokens[t]!.text);
    if (!candidates) continue;
    const w = tokens[t]!;
    if (w.paragraph < 0 || caseless[w.sentence]) continue;
    for (const name of candidates) {
      const end = matchEnd(tokens, t, name);
      if (end < 0) continue;
      // "eBay Inc": a corporate suffix right after is part of the name
      const suffixed = corporateSuffixes.has(tokens[end]?.lower ?? '') && tokens[end]!.sentence === w.sentence ? end + 1 : end;
      if (insideCapitalizedRun(tokens, initial, t, suffixed)) continue;
      if (end === t + 1 && initial[t] && !openerReadsAsName(tokens, t, writtenLower)) continue;
      claims.push(taggedSpan(t, suffixed, 'ORG'));
      // "the Alternative for Germany (AfD)": its acronym in brackets right after
      if (/^[A-Z][A-Za-z]{1,5}$/.test(bracketedTokenAt(tokens, suffixed)?.text ?? '')) claims.push(taggedSpan(suffixed + 1, suffixed + 2, 'ORG'));
      next = suffixed;
      break;
    }
  }
  if (claims.length === 0) return spans;
  // a claim replaces the spans inside it; a span reaching outside a claim ("Labour Party conference" read whole) wins
  // (and the same words elsewhere: "The AfD won 12 percent")
  const claimed = new Set(claims.map((c) => keyOf(tokens, c.tokenStart, c.tokenEnd)));
  const kept = spans
    .filter((s) => !claims.some((c) => s.tokenStart >= c.tokenStart && s.tokenEnd <= c.tokenEnd))
    .map((s) => (s.type !== 'ORG' && claimed.has(keyOf(tokens, s.tokenStart, s.tokenEnd)) ? taggedSpan(s.tokenStart, s.tokenEnd, 'ORG') : s));
  const free = claims.filter((c) => !kept.some((s) => s.tokenStart < c.tokenEnd && c.tokenStart < s.tokenEnd));
  return [...kept, ...free].sort((x, y) => x.tokenStart - y.tokenStart);
}

/**
 * A listed one-word name opening a sentence: a name when the article never
 * writes the word in lower case and it is no common English word, or when a
 * possessive or a lower-case word for its members follows ("Labour's
 * leader", "Labour councillors voted"; "Labour costs rose" stays a word).
 */
function openerReadsAsName(tokens: readonly Token[], t: number, writtenLower: ReadonlySet<string>): boolean {
  const next = tokens[t + 1]?.text;
  if (next === "'s" || next === '’s' || (next !== undefined && membersAfter.has(next.toLowerCase()))) return true;
  const w = tokens[t]!;
  return !writtenLower.has(w.lower) && !isCommonWord(w.lower);
}

/** A capitalized word right before (not opening the sentence) or after, no acronym title ("Labour MP"): part of a longer name. */
function insideCapitalizedRun(tokens: readonly Token[], initial: readonly boolean[], a: number, b: number): boolean {
  const before = tokens[a - 1];
  const after = tokens[b];
  if (before && before.sentence === tokens[a]!.sentence && isCapitalized(before.text) && !initial[a - 1] && /[a-z]/.test(before.text)) return true;
  return after !== undefined && after.sentence === tokens[b - 1]!.sentence && isCapitalized(after.text) && /[a-z]/.test(after.text);
}
