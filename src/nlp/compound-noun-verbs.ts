import type { Token } from '../document';
import { tokenAtIndex } from './token-at-index';
import compounds from '../data/lexicon/verb-noun-compounds.json';

/** First word of a compound noun -> the second word's forms (verb-noun-compounds.json). */
const SECOND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(compounds.compounds as Record<string, string[]>).map(([first, seconds]) => [first, new Set(seconds)]),
);
/** Tags before a verb that make it one: 'they think tanks are obsolete', 'to think', "don't think". */
const VERB_LEADS: ReadonlySet<string> = new Set(['PRON', 'AUX', 'PART']);

/**
 * "the Higher Education Policy Institute think tank, said ...": wink tags the first word of a compound noun as a
 * verb, and the quote stage then reads 'think' as a cue ('director of the ... think' said 'tank, said ...'). A
 * listed first word right before its listed second word is a noun, unless a pronoun, auxiliary or 'to' stands
 * before it.
 */
export function compoundNounTaggedAsVerb(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  const seconds = SECOND_WORDS.get(t.lower);
  const next = tokenAtIndex(tokens, i + 1);
  if (!seconds || !next || next.sentence !== t.sentence || !seconds.has(next.lower)) return null;
  const before = tokenAtIndex(tokens, i - 1);
  return before && before.sentence === t.sentence && VERB_LEADS.has(before.pos) ? null : 'NOUN';
}
