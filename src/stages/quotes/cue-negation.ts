/**
 * Whether a quote's cue is negated: 'Reid would not say whether ...', 'did not dispute that ...', 'has never said'.
 * Read from the cue's own verb group (the auxiliaries, adverbs and negators right before its first word), not from
 * the token layer's negation scope, which runs on over a relative clause into the main verb ('Officials who did not
 * want to be named said ...': 'said' is in scope there, yet nothing was left unsaid).
 */
import { tokenAt, type Span, type Token } from '../../document';
import words from '../../data/quotes/words.json';

const NEGATORS: ReadonlySet<string> = new Set(words.cueNegators.words);
/** How far back the verb group reaches: 'would still not have said'. */
const MAX_GROUP = 4;

export function negatedCue(tokens: readonly Token[], cue: Span | null): boolean {
  if (!cue) return false;
  const first = tokenAt(tokens, cue.start);
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && first - k <= MAX_GROUP; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (NEGATORS.has(t.lower)) return true;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) return false;
  }
  return false;
}
