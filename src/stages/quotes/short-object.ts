import type { Token } from '../../document';

/** Word classes a short object may hold ('the deal', 'it', 'the Clinton camp', 'rates', 'their own party'). */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
/** Tokens a short object may span before the word that ends it ('President Barack Obama', 'two of the candidates'). */
const MAX_SHORT_OBJECT = 8;

/**
 * Where `stop` ('to', 'as') ends a short noun-phrase object opening at `from`, or -1: the object holds only noun-phrase
 * words and an 'of' after a noun ('two of the candidates'); a comma, other preposition or verb first means no object
 * of this shape. One scan for the object-then-infinitive and the 'see X as Y' cues (and their counting script), so
 * the shape counted is the shape that fires. `to` bounds the scan (exclusive); the sentence always does.
 */
export function shortObjectUntil(tokens: readonly Token[], from: number, stop: string, to: number = tokens.length): number {
  const first = tokens[from];
  if (!first || from >= to || !OBJECT_WORDS.has(first.pos)) return -1;
  for (let k = from + 1; k < to && k <= from + MAX_SHORT_OBJECT && tokens[k]!.sentence === first.sentence; k++) {
    const t = tokens[k]!;
    if (t.lower === stop) return k;
    if (!(OBJECT_WORDS.has(t.pos) || (t.lower === 'of' && tokens[k - 1]!.pos === 'NOUN'))) return -1;
  }
  return -1;
}
