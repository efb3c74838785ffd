import { toNameSpans } from '../spans';
import { wordClass } from '../features';
import type { EntityPass, EntityPassContext } from '../pass';
import type { TaggedSpan } from '../tagger';
import type { Token } from '../../../document';
import { taggedSpan } from './shared';
import { isOrganizationHead, portfolioWords, titleModifierWords } from './words';
import { isPluralOfCommonWord } from '../../../nlp/common-words';
import ruleWords from '../../../data/entities/rule-words.json';

/**
 * The tagger's spans cut to their name boundaries: split at commas and
 * titles, no leading "the", no trailing possessive (spans.ts), and no title
 * before "of" opening an organization or place ("Director of Air Force
 * Communications" is the title's holder's employer, "Air Force Communications").
 */
export const nameBoundaries: EntityPass = { name: 'name-boundaries', run };

function run({ tokens, opener: initial }: EntityPassContext, spans: readonly TaggedSpan[]): TaggedSpan[] {
  return spans
    .flatMap((s) => toNameSpans(tokens, s))
    .flatMap((s) => withoutLeadingTitle(tokens, s))
    .map((s) => withoutLeadingGroupNoun(tokens, initial, s));
}

const fraternalPlurals = new Set(ruleWords.fraternalPlurals);

/**
 * "Shares of Procter & Gamble Co rose", "Residents of Dahiyeh fled": a
 * sentence's first word, capitalized only for that, a plural common noun and
 * no organization head, before "of" is what the sentence says of the name,
 * not part of it. ("Friends of the Earth", "Sisters of Mercy": a name's "of
 * the" or a fraternal plural keeps it whole.)
 */
function withoutLeadingGroupNoun(tokens: readonly Token[], initial: readonly boolean[], s: TaggedSpan): TaggedSpan {
  const first = tokens[s.tokenStart]!;
  if (s.type === 'PER' || !initial[s.tokenStart] || s.tokenEnd - s.tokenStart < 3 || tokens[s.tokenStart + 1]!.lower !== 'of') return s;
  if (tokens[s.tokenStart + 2]!.lower === 'the' || !/^[A-Z][a-z]+s$/.test(first.text) || wordClass(first.lower)) return s;
  if (fraternalPlurals.has(first.lower) || isOrganizationHead(first.lower, 'of') || !isPluralOfCommonWord(first.lower)) return s;
  return taggedSpan(s.tokenStart + 2, s.tokenEnd, s.type);
}

/**
 * "Director of Air Force", "Secretary of the Navy": an organization or place
 * span opening with a title word (after its modifiers: "Deputy Director")
 * and "of" loses that title; what is left is the name, unless it is nothing
 * or a lone portfolio ("Secretary of Defense", "Minister of State").
 */
function withoutLeadingTitle(tokens: readonly Token[], s: TaggedSpan): TaggedSpan[] {
  if (s.type === 'PER') return [s];
  let a = s.tokenStart;
  while (a < s.tokenEnd && titleModifierWords.has(tokens[a]!.lower)) a++;
  if (a + 1 >= s.tokenEnd || wordClass(tokens[a]!.lower) !== 'title' || tokens[a + 1]!.lower !== 'of') return [s];
  a += 2;
  if (tokens[a]?.lower === 'the') a++;
  if (a >= s.tokenEnd) return [];
  const lone = tokens[a]!.lower;
  if (a + 1 === s.tokenEnd && (portfolioWords.has(lone) || lone === 'state')) return [];
  return [taggedSpan(a, s.tokenEnd, s.type)];
}
