import type { Token } from '../document';

/**
 * One past the last token of the sentence holding token `at`, read from the tokens' own sentence numbers: for rules
 * that get the tokens alone (the quote cue chain's one call shape), where the layer's Sentence.tokenEnd is not at hand.
 * With `stopAt`, the first token after `at` it holds for, when that comes sooner: a rule that reads on only to, say,
 * a quotation stops there instead of walking a long sentence to its end on every call.
 */
export function sentenceEndFrom(tokens: readonly Token[], at: number, stopAt?: (token: Token) => boolean): number {
  const s = tokens[at]!.sentence;
  let k = at + 1;
  while (k < tokens.length && tokens[k]!.sentence === s && !(stopAt?.(tokens[k]!) ?? false)) k++;
  return k;
}

/** The first token of the sentence holding token `at`, read the same way as sentenceEndFrom. */
export function sentenceStartFrom(tokens: readonly Token[], at: number): number {
  const s = tokens[at]!.sentence;
  let k = at;
  while (k > 0 && tokens[k - 1]!.sentence === s) k--;
  return k;
}
