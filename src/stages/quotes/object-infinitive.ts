import type { Token } from '../../document';

/** Word classes a short object may hold before its infinitive ('the deal', 'it', 'the Clinton camp', 'rates'). */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
/** Tokens an object may span before its 'to' ('President Barack Obama', 'two of the candidates'). */
const MAX_OBJECT = 8;

/**
 * Is the content [from, to) an object and then its infinitive ('the deal to close in May', 'it to raise rates', 'her
 * to have a good night')? An expectation about someone or something else is a view held ('Officials expect the deal
 * to close in May'), while an infinitive right after the cue ('is expecting to air a new ad') is the subject's own
 * plan. The object is a short noun phrase, an 'of' after a noun inside it ('two of the candidates'); a comma,
 * preposition or verb before the 'to' is no object of this shape.
 */
export function objectThenInfinitive(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to || !OBJECT_WORDS.has(tokens[from]!.pos)) return false;
  for (let k = from + 1; k < to && k <= from + MAX_OBJECT; k++) {
    const t = tokens[k]!;
    if (t.lower === 'to') return tokens[k + 1] !== undefined && k + 1 < to && (tokens[k + 1]!.pos === 'VERB' || tokens[k + 1]!.pos === 'AUX');
    if (!(OBJECT_WORDS.has(t.pos) || (t.lower === 'of' && tokens[k - 1]!.pos === 'NOUN'))) return false;
  }
  return false;
}
