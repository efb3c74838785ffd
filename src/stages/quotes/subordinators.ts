/**
 * Words opening a subordinate clause ('after', 'when', 'as'; words.json `sentenceSubordinators`), which the tagger may
 * read as prepositions. One set for every quote-stage reading of an opening or subordinate clause.
 */
import words from '../../data/quotes/words.json';

const SENTENCE_SUBORDINATORS: ReadonlySet<string> = new Set(words.sentenceSubordinators.words);

/** Does the (lower-cased) word open a subordinate clause? */
export function isSentenceSubordinator(lower: string): boolean {
  return SENTENCE_SUBORDINATORS.has(lower);
}
