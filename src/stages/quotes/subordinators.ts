/**
 * Words opening a subordinate clause ('after', 'when', 'as'; words.json `sentenceSubordinators`), which the tagger may
 * read as prepositions. One set for every quote-stage reading of an opening or subordinate clause.
 */
import words from '../../data/quotes/words.json';
import cues from '../../data/quotes/cues.json';

const SENTENCE_SUBORDINATORS: ReadonlySet<string> = new Set(words.sentenceSubordinators.words);

/** Does the (lower-cased) word open a subordinate clause? */
export function isSentenceSubordinator(lower: string): boolean {
  return SENTENCE_SUBORDINATORS.has(lower);
}

/** Subordinators ("after", "because", "when"; not "as" or "so", which also join phrases): a clause starts after them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(cues.boundaries.subordinators.filter((w) => w !== 'as' && w !== 'so'));
