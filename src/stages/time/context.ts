import { lowerAt, type Word } from './words';
import type { Direction } from './tense';
import type { YMD } from './calendar';

export type TimeType = 'date' | 'time' | 'duration' | 'set';

/** The last date the text pinned down, for anaphora ("the same month", "a year earlier"). */
export interface Anchor {
  y: number;
  m?: number;
  d?: number;
  q?: number;
  /** the date was a whole decade or century ("the 1990s", "the 20th century"): a bare "the 21st" after a century is one too */
  span?: 'DE' | 'CE';
}

/** One expression over words [from, to). */
export interface Found {
  from: number;
  to: number;
  type: TimeType;
  value: string | null;
  mod?: string | undefined;
  anchor?: Anchor | undefined;
}

export interface Match {
  end: number;
  items: Found[];
}

export interface Context {
  words: readonly Word[];
  ref: YMD | null;
  anchor: Anchor | null;
  /** how many sentences back the anchor was set (0: this one) */
  anchorDistance: number;
  /** a year pinned down earlier in the same sentence ("elections this year, in July and in November") */
  sentenceYear: number | null;
  /**
   * the last whole day the sentence wrote out and the word it ended before: a clock time right after it is that
   * day's ("Thursday 19 November 2026 07:45 GMT" in a byline), not the reference date's
   */
  dayBefore?: { end: number; value: string } | null;
  /**
   * the document reports a sports match (match-play.ts): "the first half", "on 61 minutes" are the game's; read
   * off the tokens the first time a matcher asks, so a document with neither phrase never scans for the cues
   */
  matchReport(): boolean;
  /** the sentence is written in title case, so capitals do not mark names (titles.ts capitalsSayNothing) */
  titleCase: boolean;
  /** the clause of words [from, to) tells of a habit ('Every year I am hopeful in October'): habitual.ts, read when a matcher asks */
  habitual(from: number, to: number): boolean;
  /** tense direction of the clause around words [from, to) */
  direction(from: number, to: number): Direction;
  /** a past verb governs words [from, ...) from close by, in the same clause */
  closePast(from: number): boolean;
}

export type Matcher = (ctx: Context, i: number) => Match | null;

export const lower = (ctx: Context, i: number): string => lowerAt(ctx.words, i);
/** Word `i`, undefined before the first word or past the last; an index check, not a read past the end (see lowerAt). */
export const wordAt = (ctx: Context, i: number): Word | undefined => (i >= 0 && i < ctx.words.length ? ctx.words[i] : undefined);
/**
 * `found` with every field set, in one order (mod and anchor undefined when absent). Matchers write their finds
 * as literals with and without those fields and as spread copies, which V8 (Node 20) gave dozens of hidden
 * classes per document; every Match carries its finds through here, so the functions reading them see one.
 */
export function settled(found: Found): Found {
  return { from: found.from, to: found.to, type: found.type, value: found.value, mod: found.mod, anchor: found.anchor };
}
export const single = (found: Found): Match => ({ end: found.to, items: [settled(found)] });
export const isCapitalized = (word: Word | undefined): boolean => !!word && /^[A-Z]/.test(word.text);
export const YEAR = /^(1[0-9]|20)\d\d$/;
