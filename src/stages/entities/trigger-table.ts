import type { EntityPass } from './pass';

/**
 * Which passes of a list may change anything in an article: a pass without triggers always, a pass with triggers
 * where one of its words occurs. Built once per pass list (the trigger words are fixed when the passes are made):
 * each trigger word maps to the places in the list of the passes it wakes.
 *
 * Why: asked pass by pass (writesAnyOf), the test walked the smaller of each pass's trigger list and the article's
 * words, some thousands of set look-ups an article over the gated passes (runPass was the stage's costliest frame of
 * its own after the tagger's). Here the article's words are walked once, one map look-up each, for all passes.
 */
export class TriggerTable {
  /** how many passes the list held when the table was built (triggerTableOf rebuilds for a list that grew or shrank) */
  readonly passCount: number;
  /** the places of the passes that run on every article */
  private readonly ungated: readonly number[];
  /** trigger word -> the places of the passes it wakes */
  private readonly wakes = new Map<string, number[]>();

  constructor(passes: readonly EntityPass[]) {
    this.passCount = passes.length;
    const ungated: number[] = [];
    for (let i = 0; i < passes.length; i++) {
      const triggers = passes[i]!.triggers;
      if (triggers === undefined) {
        ungated.push(i);
        continue;
      }
      for (const word of triggers) {
        const list = this.wakes.get(word);
        if (list === undefined) this.wakes.set(word, [i]);
        else list.push(i);
      }
    }
    this.ungated = ungated;
  }

  /** per pass of the list, 1 where it may change anything in an article that writes these (lower-case) words */
  mayRun(words: ReadonlySet<string>): Uint8Array {
    const runs = new Uint8Array(this.passCount);
    for (const i of this.ungated) runs[i] = 1;
    for (const word of words) {
      const list = this.wakes.get(word);
      if (list === undefined) continue;
      for (const i of list) runs[i] = 1;
    }
    return runs;
  }
}

/** one table per pass list: the default list, or a list a caller (a test, a trace script) hands findNameSpans */
const tables = new WeakMap<readonly EntityPass[], TriggerTable>();

/**
 * The trigger table of a pass list, built on its first use. Rebuilt when the list's length changed since (a caller
 * that pushed to a list it had already run): a stale table would leave the new places undefined, skipping them silently.
 */
export function triggerTableOf(passes: readonly EntityPass[]): TriggerTable {
  let table = tables.get(passes);
  if (table === undefined || table.passCount !== passes.length) tables.set(passes, (table = new TriggerTable(passes)));
  return table;
}
