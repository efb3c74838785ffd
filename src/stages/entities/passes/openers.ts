/** Which words open a sentence as a reader sees it, for the passes that judge lone sentence openers. */
import type { Token } from '../../../document';

/**
 * Per token: opens its sentence (`initial`, from the feature context) or
 * opens the story after a wire dateline ("LONDON (Reuters) - Sterling fell",
 * "PARIS, Dec 5 (AFP) — Officials said"). The tokenizer keeps a dateline in
 * the first sentence, so the word after its dash is not sentence-initial
 * there, yet it is written capitalized for the same reason a sentence's
 * first word is. A dateline: a dash within the sentence's first twelve
 * tokens with no lower-case word before it and a word in capitals or an
 * agency bracket among them.
 */
export function openerFlags(tokens: readonly Token[], initial: readonly boolean[]): boolean[] {
  const out = initial.slice();
  for (let t = 0; t < tokens.length; t++) {
    if (!isDash(tokens[t]!.text) || !tokens[t + 1]) continue;
    const sentence = tokens[t]!.sentence;
    let start = t;
    while (start > 0 && tokens[start - 1]!.sentence === sentence && t - start < 12) start--;
    if (start > 0 && tokens[start - 1]!.sentence === sentence) continue;
    if (tokens[t + 1]!.sentence !== sentence || start === t) continue;
    let capitals = false;
    let lower = false;
    for (let k = start; k < t; k++) {
      const x = tokens[k]!;
      if (!hasLetters(x.text)) continue;
      if (x.text === x.text.toUpperCase() && x.text.length >= 2) capitals = true;
      else if (x.text[0] === x.text[0]!.toLowerCase()) lower = true;
    }
    if (capitals && !lower) out[t + 1] = true;
  }
  return out;
}

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);
const isDash = (text: string): boolean => text === '-' || text === '–' || text === '—' || text === '--';
