import { firstNotBefore } from './search';

/**
 * A read-only set of words for the long name and word lists (given and
 * family names, common English words): one sorted string of the words, each
 * followed by a newline, and where each word starts; a look-up is a binary
 * search comparing characters in place. A Set holds a hash-table entry and a
 * string object per word, 0.6-0.75 MB for each list of 12,000-15,000 words
 * (heap snapshot after the first briefing), for the life of the process; this
 * holds the characters once and 4 bytes per word.
 */
export class WordList {
  private readonly text: string;
  /** word i is text[starts[i], starts[i + 1] - 1); one entry more than words */
  private readonly starts: Uint32Array;

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].sort();
    this.starts = new Uint32Array(sorted.length + 1);
    let at = 0;
    for (const [i, word] of sorted.entries()) {
      this.starts[i] = at;
      at += word.length + 1;
    }
    this.starts[sorted.length] = at;
    this.text = sorted.length === 0 ? '' : `${sorted.join('\n')}\n`;
  }

  /** Words read from one newline-separated string, as `new Set(lines.split('\n'))` would hold them. */
  static fromLines(lines: string): WordList {
    return new WordList(lines.split('\n'));
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The word's place in sorted order (0 .. size - 1), for data kept alongside in a typed array; -1 when absent. */
  indexOf(word: string): number {
    const n = this.size;
    const i = firstNotBefore(n, (k) => this.compare(k, word) < 0);
    return i < n && this.compare(i, word) === 0 ? i : -1;
  }

  /** word k against `word`, by UTF-16 code units as Array.prototype.sort orders them: negative, 0 or positive */
  private compare(k: number, word: string): number {
    const start = this.starts[k]!;
    const length = this.starts[k + 1]! - 1 - start;
    const shared = Math.min(length, word.length);
    for (let j = 0; j < shared; j++) {
      const d = this.text.charCodeAt(start + j) - word.charCodeAt(j);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}
