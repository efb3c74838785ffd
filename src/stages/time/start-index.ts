import type { Matcher } from './context';
import type { PhraseTable } from './lexicon';
import { startsWithDigit } from './words';

/**
 * What word a matcher's expression can open with: the keys of the lexicon tables the matcher reads at its first
 * word, the first words of its phrase tables, the function words its code tests there ("the", "fiscal"), and
 * whether a word opening with a digit or an apostrophe ("'90s") can start one. Declared next to the matcher list
 * from the tables the matchers themselves read, so a word added to src/data/time reaches the index with no
 * second list to keep in step.
 */
export interface StartSpec {
  /** tables keyed by a whole word the matcher may start with (months, units, number words) */
  tables?: ReadonlyArray<ReadonlyMap<string, unknown> | ReadonlySet<string>>;
  /** phrase tables whose first words the matcher may start with */
  phrases?: ReadonlyArray<PhraseTable<unknown>>;
  /** function words the matcher's own code tests at its first word */
  words?: readonly string[];
  digit?: boolean;
  apostrophe?: boolean;
}

/** Every word `spec` names (the tables' keys and its own words). */
function wordsOf(spec: StartSpec): Set<string> {
  const words = new Set<string>(spec.words);
  for (const table of spec.tables ?? []) for (const word of table.keys()) words.add(word);
  for (const table of spec.phrases ?? []) for (const word of table.keys()) words.add(word);
  return words;
}

const APOSTROPHE = 39;

/**
 * For each word, the matchers that can start at it, in the matchers' listed order (the order decides ties, so it
 * is kept); a word no matcher can start with gets none. Built once: the grammar ran every matcher at every
 * start word, "the" and "a" included, where most of them return null after one look-up.
 */
export interface StartIndex {
  /** the matchers that can start at a word whose lower case is `word`, in their listed order; empty for most words */
  matchersAt(word: string): readonly Matcher[];
}

export function buildStartIndex(matchers: ReadonlyArray<{ matcher: Matcher; starts: StartSpec }>): StartIndex {
  const words = matchers.map(({ starts }) => wordsOf(starts));
  const byWord = new Map<string, Matcher[]>();
  const every = new Set<string>();
  for (const set of words) for (const word of set) every.add(word);
  // a listed word that also opens with a digit or an apostrophe gets the digit or apostrophe matchers too
  for (const word of every) {
    const digit = startsWithDigit(word);
    const apostrophe = word.charCodeAt(0) === APOSTROPHE;
    byWord.set(word, matchers.filter(({ starts }, k) => words[k]!.has(word) || (digit && starts.digit) || (apostrophe && starts.apostrophe)).map(({ matcher }) => matcher));
  }
  const digitMatchers = matchers.filter(({ starts }) => starts.digit).map(({ matcher }) => matcher);
  const apostropheMatchers = matchers.filter(({ starts }) => starts.apostrophe).map(({ matcher }) => matcher);
  const none: readonly Matcher[] = [];
  return {
    matchersAt(word) {
      const listed = byWord.get(word);
      if (listed) return listed;
      if (startsWithDigit(word)) return digitMatchers;
      return word.charCodeAt(0) === APOSTROPHE ? apostropheMatchers : none;
    },
  };
}

/** One spec naming everything any of `specs` names: "the" or a quantity, a quantity or a unit. */
export function startsOf(...specs: StartSpec[]): StartSpec {
  return {
    tables: specs.flatMap((s) => s.tables ?? []),
    phrases: specs.flatMap((s) => s.phrases ?? []),
    words: specs.flatMap((s) => s.words ?? []),
    digit: specs.some((s) => s.digit),
    apostrophe: specs.some((s) => s.apostrophe),
  };
}
