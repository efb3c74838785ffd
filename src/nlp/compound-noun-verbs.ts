import type { Token } from '../document';
import { POSSESSIVE_DETERMINERS } from './pronouns';
import { tokenAtIndex } from './token-at-index';
import compounds from '../data/lexicon/verb-noun-compounds.json';

/** First word of a compound noun -> the second word's forms (verb-noun-compounds.json). */
const SECOND_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(compounds.compounds as Record<string, string[]>).map(([first, seconds]) => [first, new Set(seconds)]),
);
/** Tags before a verb that make it one: 'they think tanks are obsolete', 'to think', "don't think" (verb-noun-compounds.json). */
const VERB_LEADS: ReadonlySet<string> = new Set(compounds.verbLeads);

/**
 * "the Higher Education Policy Institute think tank, said ...": wink tags the first word of a compound noun as a
 * verb, and the quote stage then reads 'think' as a cue ('director of the ... think' said 'tank, said ...'). A
 * listed first word right before its listed second word is a noun, unless a subject or 'to' stands before it.
 */
export function compoundNounTaggedAsVerb(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  const seconds = SECOND_WORDS.get(t.lower);
  const next = tokenAtIndex(tokens, i + 1);
  if (!seconds || !next || next.sentence !== t.sentence || !seconds.has(next.lower)) return null;
  const before = tokenAtIndex(tokens, i - 1);
  return before && before.sentence === t.sentence && leadsVerb(before, tokenAtIndex(tokens, i - 2)) ? null : 'NOUN';
}

/**
 * A pronoun (not a possessive: 'its think tank'), an auxiliary or 'to', or a plural noun, the verb's subject
 * ('Analysts think tanks will decide', 'Experts think tanks and drones will'); a determiner, adjective, name or singular noun modifies the compound ('a
 * leading think tank', 'the Centre for Fiscal Studies think tank', 'a policy think tank').
 */
function leadsVerb(before: Token, twoBefore: Token | undefined): boolean {
  if (VERB_LEADS.has(before.pos)) return !POSSESSIVE_DETERMINERS.has(before.lower);
  if (before.pos === 'NOUN') return before.lower.endsWith('s') && before.lemma !== before.lower;
  // 'Experts think tanks ...', 'Democrats think ...': wink reads a sentence's capitalized first word as a name and
  // keeps its plural as the lemma; a plural written so is the subject (a name modifying the compound, 'Washington
  // think tanks', ends in no -s)
  const opensSentence = twoBefore === undefined || twoBefore.sentence !== before.sentence;
  return before.pos === 'PROPN' && opensSentence && /^[A-Z][a-z]+[^s]s$/.test(before.text);
}
