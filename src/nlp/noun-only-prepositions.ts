import nounOnlyPrepositions from '../data/lexicon/noun-only-prepositions.json';

/**
 * Prepositions that take only a noun phrase, never a clause ("near", "past", "outside"; "after the Fed raises
 * rates" is a clause, so "after" is not listed). wink tags some of them as adjectives or nouns ("a shot past/ADJ
 * goalkeeper X"), so a reader that walks a run of modifiers asks this list, not the tag.
 */
export const NOUN_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(nounOnlyPrepositions.words);
