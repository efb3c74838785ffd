import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { tokensOf, type UnjudgedQuote } from './features';

/** The most confidence a headline's paraphrase or unnamed speaker's quote gets (words.json `headlineQuotes`). */
export const HEADLINE_MAX_CONFIDENCE: number = words.headlineQuotes.maxConfidence;

/**
 * Is this a headline quote a reader should not act on at full confidence: a
 * paraphrase in the headline, or any headline quote whose speaker names no
 * entity ('Experts warn of more attacks')? A headline drops its articles, so
 * its bare plural names a kind of people, and its present-tense cue restates
 * what the body attributes with its own speaker. The headline's tokens are
 * those of paragraph -1 (the token layer's paragraph index).
 */
export function weakHeadlineQuote(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  const [from, to] = tokensOf(tokens, q.span);
  if (to <= from || tokens[from]!.paragraph >= 0) return false;
  return q.kind === 'indirect' || q.speaker.entityId === null;
}
