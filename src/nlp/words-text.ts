import type { Token } from '../document';

/**
 * The words as written: a space only where the source has whitespace between two tokens ("Asia-Pacific", not
 * "Asia - Pacific"). The one way a stage joins token words back into a name to look it up (entities, quotes).
 */
export function wordsText(words: readonly Token[]): string {
  let out = '';
  words.forEach((w, i) => {
    out += (i > 0 && w.start > words[i - 1]!.end ? ' ' : '') + w.text;
  });
  return out;
}
