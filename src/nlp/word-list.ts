import { firstNotBefore } from './search';

/** Sorted unique newline-separated words kept as they are, with where each starts (see `lineStarts`). */
class SortedLines {
  constructor(
    readonly text: string,
    readonly starts: Uint32Array,
  ) {}
}

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

  constructor(words: Iterable<string> | SortedLines) {
    if (words instanceof SortedLines) {
      this.text = words.text;
      this.starts = words.starts;
      return;
    }
    const given = [...words];
    // a list given in order skips the Set and the sort
    const sorted = isStrictlyIncreasing(given) ? given : [...new Set(given)].sort();
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

  /**
   * The same for a shipped list written sorted and without duplicates (tests/word-list.test.ts checks
   * every one): the string is kept as it is, with no split, Set, sort, joined copy or check, which
   * were a fifth of the first call's own work for the four lists of 5,000-15,000 words.
   */
  static fromSortedLines(lines: string): WordList {
    return new WordList(new SortedLines(lines, lineStarts(lines)));
  }

  get size(): number {
    return this.starts.length - 1;
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** The word's place in sorted order (0 .. size - 1), for data kept alongside in a typed array; -1 when absent. */
  indexOf(word: string): number {
    const i = this.firstNotBefore(word);
    return i < this.size && this.compare(i, word) === 0 ? i : -1;
  }

  /**
   * Does some word start with `prefix`? The first word not before it in sorted order is the only one
   * that can (every word starting with it sorts right there), so one binary search answers.
   */
  hasPrefix(prefix: string): boolean {
    const n = this.size;
    const i = this.firstNotBefore(prefix);
    if (i >= n) return false;
    const start = this.starts[i]!;
    if (this.starts[i + 1]! - 1 - start < prefix.length) return false;
    return this.text.startsWith(prefix, start);
  }

  /**
   * The first word not before `word` in sorted order, searched only among the words that open with its first
   * character (`bucketStarts`). Why: the tagger's features and the entity passes ask these lists of most words
   * (isGivenName, isFamilyName, isCommonWord, placeKind); starting from the first letter's share of a list of
   * 15,000 names saves about a third of the comparisons of each search, at 520 bytes a list.
   */
  private firstNotBefore(word: string): number {
    const buckets = (this.buckets ??= bucketStarts(this.text, this.starts));
    let lo = 0;
    let hi = this.size;
    if (word.length > 0) {
      const c = Math.min(word.charCodeAt(0), FIRST_CODE_CAP);
      lo = buckets[c]!;
      hi = buckets[c + 1]!;
    }
    return lo + firstNotBefore(hi - lo, (k) => this.compare(lo + k, word) < 0);
  }

  /** per first code unit c (0-127, and 128 for any above): where the words opening with it start; built on first look-up */
  private buckets: Uint32Array | undefined;

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

/** first code units from here on share the last bucket (every word opening beyond ASCII) */
const FIRST_CODE_CAP = 128;

/**
 * For each first code unit c up to FIRST_CODE_CAP, the index of the first word whose first code unit (capped) is c
 * or more, and the word count after them: words opening with c are [buckets[c], buckets[c + 1]). The list is sorted
 * by code units, so each bucket is one stretch of it; an empty word sorts first and counts as code 0.
 */
function bucketStarts(text: string, starts: Uint32Array): Uint32Array {
  const n = starts.length - 1;
  const buckets = new Uint32Array(FIRST_CODE_CAP + 2);
  const firstCode = (k: number): number => (starts[k + 1]! - 1 === starts[k]! ? 0 : Math.min(text.charCodeAt(starts[k]!), FIRST_CODE_CAP));
  let k = 0;
  for (let c = 0; c <= FIRST_CODE_CAP; c++) {
    while (k < n && firstCode(k) < c) k++;
    buckets[c] = k;
  }
  buckets[FIRST_CODE_CAP + 1] = n;
  return buckets;
}

/** Where each line of `lines` starts, plus one entry past the end: a word's end is the next entry minus one. */
function lineStarts(lines: string): Uint32Array {
  // indexOf finds the newlines natively: the first call runs this once per list, not yet compiled
  const starts: number[] = [0];
  for (let nl = lines.indexOf('\n'); nl >= 0; nl = lines.indexOf('\n', nl + 1)) starts.push(nl + 1);
  starts.push(lines.length + 1);
  return Uint32Array.from(starts);
}

function isStrictlyIncreasing(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) if (!(words[i - 1]! < words[i]!)) return false;
  return true;
}
