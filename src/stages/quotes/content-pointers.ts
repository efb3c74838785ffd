import type { Token } from '../../document';
import words from '../../data/quotes/words.json';
import { tokensOf, type UnjudgedQuote } from './features';

const POINTER_NOUNS: ReadonlySet<string> = new Set(words.contentPointers.nouns);
const POSSESSIVES: ReadonlySet<string> = new Set(words.possessivePronouns.words);

/** The most confidence a paraphrase that only points at words said elsewhere gets (words.json `contentPointers`). */
export const POINTER_MAX_CONFIDENCE: number = words.contentPointers.maxConfidence;

/**
 * Is this paraphrase's whole content a pointer to words said elsewhere: a
 * speech noun alone or after a determiner or possessive ('Zanu-PF officials
 * rejected the claim', 'denied the allegations', 'dismissed his remarks')?
 * Right by PolNeAR, but it tells a reader only that something was said.
 */
export function pointsAtContent(tokens: readonly Token[], q: UnjudgedQuote): boolean {
  if (q.kind !== 'indirect') return false;
  const [from, to] = tokensOf(tokens, q.span);
  if (to - from < 1 || to - from > 2 || !POINTER_NOUNS.has(tokens[to - 1]!.lower)) return false;
  const first = tokens[from]!;
  return to - from === 1 || first.pos === 'DET' || POSSESSIVES.has(first.lower);
}
