import type { PhraseTable } from './lexicon';
import { lowerAt, type Word } from './words';

/** The longest phrase of `table` starting at word `i`. */
export function matchPhrase<V>(table: PhraseTable<V>, words: readonly Word[], i: number): { value: V; end: number } | null {
  const candidates = table.get(lowerAt(words, i));
  if (!candidates) return null;
  for (const { words: phrase, value } of candidates) {
    let ok = true;
    for (let k = 1; k < phrase.length && ok; k++) ok = lowerAt(words, i + k) === phrase[k];
    if (ok) return { value, end: i + phrase.length };
  }
  return null;
}
