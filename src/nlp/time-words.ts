/**
 * The time words the quote stage reads around cues, subjects and speakers,
 * from src/data/lexicon/time-words.json: one set per job, built once, so no
 * module writes its own weekday or 'last week' list.
 */
import time from '../data/lexicon/time-words.json';

/** "monday" ... "sunday", in week order (07-partial-spans puts them in a pattern). */
export const WEEKDAY_WORDS: readonly string[] = time.weekdays.words;
/** A weekday: after a cue or a closing mark, a time setting ('said Monday'). */
export const WEEKDAYS: ReadonlySet<string> = new Set(time.weekdays.words);
/** A month name ('may' left out: a modal far more often). */
export const MONTHS: ReadonlySet<string> = new Set(time.months.words);
/** A time word that is a setting alone ('yesterday'); the other time words need a period noun after them ('last week'). */
export const BARE_TIMES: ReadonlySet<string> = new Set(time.bareTimes.words);
/** A period noun after a time word ('last week', 'this month'): one setting with it. */
export const PERIOD_NOUNS: ReadonlySet<string> = new Set(time.timeNouns.words);
/** Words that end a setting after a cue ('said on Thursday | it may') or open one after a trailing '..., X said': the time words and weekdays. */
export const SETTING_TIME_WORDS: ReadonlySet<string> = new Set([...time.timeWords.words, ...time.weekdays.words]);
/** The word a time setting ends in: a period noun, weekday or month ('Nabisco in August announced'). */
export const TIME_SETTING_HEADS: ReadonlySet<string> = new Set([...time.timeNouns.words, ...time.weekdays.words, ...time.months.words]);
/** Any word of a time setting before a cue: its heads, the time words and the words that open one ('late last week', 'the past year'). */
export const TIME_SETTING_WORDS: ReadonlySet<string> = new Set([...TIME_SETTING_HEADS, ...time.timeWords.words, ...time.timeOpeners.words]);
/** A speaker phrase's head that makes it a date when no name or pronoun comes before it ('last week said'). */
export const DATE_HEADS: ReadonlySet<string> = new Set([...time.weekdays.words, ...time.timeWords.words, ...time.dateHeads.words]);

/** Where a bare time phrase at `j` ends ('yesterday', 'last week', 'this morning'), or `j`. */
export function bareTimeEnd(tokens: ReadonlyArray<{ lower: string }>, j: number): number {
  const t = tokens[j];
  if (!t) return j;
  if (BARE_TIMES.has(t.lower)) return j + 1;
  return SETTING_TIME_WORDS.has(t.lower) && PERIOD_NOUNS.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j;
}

/** "2010", "the 2007 plan": a number of four digits is read as a year, a date rather than a count or a speaker. */
export function isYearNumber(token: { readonly pos: string; readonly text: string }): boolean {
  return token.pos === 'NUM' && /^\d{4}$/.test(token.text);
}
