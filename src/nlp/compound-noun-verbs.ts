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
/** Reporting verbs whose -s form is also a plural noun: 'forecasts', 'reports' (verb-noun-compounds.json `pluralHeads`). */
const PLURAL_HEADS: ReadonlySet<string> = new Set(compounds.pluralHeads.lemmas);
/** What may stand before a bare noun that is a whole noun phrase's start: nothing, a clause break, a conjunction. */
const OPENS_PHRASE: ReadonlySet<string> = new Set(['CCONJ', 'SCONJ', 'PUNCT']);

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

/**
 * "And weather forecasts we can trust": the plural head of a compound noun read as a verb (by wink, or by the repair
 * of a speech verb wink tagged as a noun), as if the noun before it were its subject, and so as a cue by the quote
 * stage ('weather' quoted).
 * A singular common noun with no determiner, adjective or number before it is rarely a clause's whole subject, while
 * it often modifies a following noun; so a listed -s word that is also a noun right after one is a noun.
 */
export function compoundNounHeadTaggedAsVerb(tokens: readonly Token[], i: number): string | null {
  const head = tokens[i]!;
  const modifier = tokenAtIndex(tokens, i - 1);
  if (!modifier || !head.lower.endsWith('s') || !head.lemmas.some((l) => PLURAL_HEADS.has(l))) return null;
  if (modifier.pos !== 'NOUN' || modifier.sentence !== head.sentence || modifier.lower.endsWith('s')) return null;
  // lowercase: a capitalised word may be a name or a headline's subject ('Expert Reports ...')
  if (modifier.text !== modifier.lower) return null;
  const before = tokenAtIndex(tokens, i - 2);
  return !before || before.sentence !== head.sentence || OPENS_PHRASE.has(before.pos) ? 'NOUN' : null;
}
