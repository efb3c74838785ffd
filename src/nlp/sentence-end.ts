import type { Token } from '../document';

/**
 * One past the last token of the sentence holding token `at`, read from the tokens' own sentence numbers: for rules
 * that get the tokens alone (the quote cue chain's one call shape), where the layer's Sentence.tokenEnd is not at hand.
 */
export function sentenceEndFrom(tokens: readonly Token[], at: number): number {
  const s = tokens[at]!.sentence;
  let k = at;
  while (k < tokens.length && tokens[k]!.sentence === s) k++;
  return k;
}

/** The first token of the sentence holding token `at`, read the same way as sentenceEndFrom. */
export function sentenceStartFrom(tokens: readonly Token[], at: number): number {
  const s = tokens[at]!.sentence;
  let k = at;
  while (k > 0 && tokens[k - 1]!.sentence === s) k--;
  return k;
}
