import type { Token } from '../../document';

const NONE: readonly number[] = [];

/**
 * Where each lower-case word of an article stands: word -> its token positions, ascending. Built on the first
 * question, by one walk over the tokens, and shared by every pass of the article (EntityPassContext.wordIndex).
 *
 * Why: a pass that looks for a few rare words (possessive marks, the first words of the names it spreads, sports
 * words) walked every token and asked its word set of each; with the index it visits only the places where one of
 * its words stands, found by one look-up per distinct word (fewer than the tokens, and walked once for all passes).
 */
export class WordIndex {
  private readonly tokens: readonly Token[];
  private positions: Map<string, number[]> | undefined = undefined;

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  /** the positions of the tokens whose lower case is `word`, ascending (an empty list when it does not occur) */
  of(word: string): readonly number[] {
    return this.index().get(word) ?? NONE;
  }

  /**
   * The positions of the tokens whose lower case is one of `words`, ascending. `words` is walked when it is the
   * smaller, else the article's words are (a long list, such as a lexicon's, against a short article).
   */
  ofAny(words: ReadonlySet<string>): readonly number[] {
    const index = this.index();
    const lists: (readonly number[])[] = [];
    if (words.size < index.size) {
      for (const w of words) {
        const list = index.get(w);
        if (list !== undefined) lists.push(list);
      }
    } else {
      for (const [w, list] of index) if (words.has(w)) lists.push(list);
    }
    return merged(lists);
  }

  /** the positions of the tokens whose lower case passes `test`, ascending; `test` is asked once per distinct word */
  where(test: (word: string) => boolean): readonly number[] {
    const lists: (readonly number[])[] = [];
    for (const [w, list] of this.index()) if (test(w)) lists.push(list);
    return merged(lists);
  }

  private index(): Map<string, number[]> {
    if (this.positions !== undefined) return this.positions;
    const positions = new Map<string, number[]>();
    const tokens = this.tokens;
    for (let t = 0; t < tokens.length; t++) {
      const lower = tokens[t]!.lower;
      const list = positions.get(lower);
      if (list === undefined) positions.set(lower, [t]);
      else list.push(t);
    }
    return (this.positions = positions);
  }
}

/** Ascending lists of distinct positions as one ascending list (each position is one token's: no list shares one). */
function merged(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 0) return NONE;
  if (lists.length === 1) return lists[0]!;
  const out: number[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out.sort((a, b) => a - b);
}
