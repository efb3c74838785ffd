import { bestOf } from './best';
import { lower, single, type Context, type Match, type Matcher } from './context';
import {
  amountModifiers, deictics, holidays, months, numberWords, ordinals, pluralUnits, positionModifiers, referencePhrases,
  references, relativeDeterminers, seasons, setDeterminers, sets, units, vagueQuantities, weekdayPlurals, weekdays,
} from './lexicon';
import { matchClock } from './match-clock';
import {
  matchCentury, matchDecade, matchHoliday, matchMonthDate, matchNumericDate, matchOrdinalDay, matchSpokenYear,
  matchWeekday, matchYear, matchYearEnd,
} from './match-dates';
import { matchBarePlural, matchDuration, matchYearTo } from './match-durations';
import { matchQuarter } from './match-quarters';
import { matchReference } from './match-references';
import { matchAgo, matchBareSeason, matchDeictic, matchRelative, matchSeasonAfterPreposition } from './match-relative';
import { matchSet } from './match-sets';
import { matchPhrase } from './phrase';
import { buildStartIndex, startsOf, type StartSpec } from './start-index';
import { readsAsTitle } from './titles';

export type { Anchor, Context, Found, Match } from './context';

/** "mid-November", "early 1998", "the end of the year", "late Friday", "earlier this year" */
const matchPositioned: Matcher = (ctx, i) => {
  const position = matchPhrase(positionModifiers, ctx.words, i);
  if (!position) return null;
  let j = position.end;
  if (lower(ctx, j) === '-') j++;
  if (lower(ctx, j) === 'in' && lower(ctx, i) !== 'the') j++; // "earlier in the year"
  const inner = bestOf(dateMatchers, ctx, j) ?? matchBareSeason(ctx, j);
  if (!inner || inner.items.length !== 1) return null;
  const found = inner.items[0]!;
  if (found.type !== 'date' && found.type !== 'time') return null;
  if (found.from !== j) return null;
  return single({ ...found, from: i, mod: position.value });
};

/** What an amount modifier may stand before: one list for every call, not an array literal per start word. */
const AMOUNT_TARGETS: readonly Matcher[] = [matchAgo, matchDuration, matchClock];

/** "about three months", "more than two years", "nearly four years ago", "around 7:15 p.m." */
const matchAmount: Matcher = (ctx, i) => {
  const amount = matchPhrase(amountModifiers, ctx.words, i);
  if (!amount) return null;
  // "over the past year": "over" is a preposition there, not an amount
  if (lower(ctx, amount.end) === 'the') return null;
  const inner = bestOf(AMOUNT_TARGETS, ctx, amount.end);
  if (!inner || inner.items.length !== 1) return null;
  const found = inner.items[0]!;
  if (found.from !== amount.end) return null;
  if (found.type === 'date' && amount.value !== 'APPROX') return single({ ...found, from: i, mod: 'APPROX' });
  return single({ ...found, from: i, mod: amount.value });
};

/** Matchers of dates that modifiers such as "early" or "the end of" can wrap. */
const dateMatchers: readonly Matcher[] = [
  matchSpokenYear, matchYearEnd, matchMonthDate, matchWeekday, matchYear, matchDecade, matchCentury, matchQuarter,
  matchDeictic, matchRelative, matchOrdinalDay, matchHoliday, matchNumericDate,
];

/** Every matcher; on equal length the earlier one wins, so references beat durations ("these days"). */
export const allMatchers: readonly Matcher[] = [
  matchPositioned, matchAmount, matchYearTo, matchAgo, matchClock, ...dateMatchers, matchSeasonAfterPreposition, matchReference,
  matchDuration, matchBarePlural, matchSet,
];

/** What quantityAt reads: "15", "two", "a", "several", "a couple of". */
const QUANTITY: StartSpec = { tables: [numberWords], phrases: [vagueQuantities], digit: true };
/** What ordinalAt and dayAt read: "15th", "15", "third", "twenty-first". */
const ORDINAL: StartSpec = { tables: [numberWords, ordinals], digit: true };

/**
 * The words each matcher can open with, read off its code: the tables it looks its first word up in, and the
 * words it tests there before moving on ("the", "fiscal"). A word left out here silently loses that matcher's
 * expressions (tests/time-start-index.test.ts runs every matcher at every word of the time tests to catch it).
 */
const STARTS = new Map<Matcher, StartSpec>([
  [matchPositioned, { phrases: [positionModifiers] }],
  [matchAmount, { phrases: [amountModifiers] }],
  [matchYearTo, { words: ['the'] }],
  [matchAgo, startsOf({ words: ['the'], tables: [units] }, QUANTITY)],
  [matchClock, { words: ['noon', 'midday', 'midnight'], digit: true }],
  [matchSpokenYear, { words: ['the'], tables: [numberWords] }],
  [matchYearEnd, { words: ['year'] }],
  [matchMonthDate, startsOf({ words: ['the'], tables: [weekdays, months], phrases: [relativeDeterminers] }, ORDINAL)],
  [matchWeekday, { tables: [weekdays, weekdayPlurals], phrases: [relativeDeterminers] }],
  [matchYear, { words: ['the', 'fiscal'], digit: true }],
  [matchDecade, { words: ['the'], digit: true, apostrophe: true }],
  [matchCentury, startsOf({ words: ['the', 'this'] }, ORDINAL)],
  [matchQuarter, startsOf({
    words: ['the', 'this', 'last', 'next', 'year', 'fiscal', 'latest', 'current', 'same', 'that'], phrases: [relativeDeterminers],
  }, ORDINAL)],
  [matchDeictic, { words: ['the'], tables: [deictics] }],
  [matchRelative, { words: ['the', 'that', 'recent', 'coming'], phrases: [relativeDeterminers] }],
  [matchOrdinalDay, { words: ['the'], digit: true }],
  [matchHoliday, { phrases: [holidays] }],
  [matchNumericDate, { digit: true }],
  [matchSeasonAfterPreposition, { tables: [seasons] }],
  [matchReference, { tables: [references], phrases: [referencePhrases] }],
  [matchDuration, startsOf({ words: ['the', 'those', 'these', 'past', 'last', 'next', 'first'] }, QUANTITY)],
  [matchBarePlural, { tables: [pluralUnits] }],
  [matchSet, { tables: [sets, setDeterminers] }],
]);

// most words (and many start words) can open few expressions or none: only those matchers are tried there
const startIndex = buildStartIndex(allMatchers.map((matcher) => {
  const starts = STARTS.get(matcher);
  if (!starts) throw new Error(`time grammar: matcher ${matcher.name || '(anonymous)'} has no start words`);
  return { matcher, starts };
}));

/** The matchers the index tries at word `i`, in their listed order: exposed for the test that checks it misses none. */
export const matchersAt = (ctx: Context, i: number): readonly Matcher[] => startIndex.matchersAt(lower(ctx, i));

/** The longest expression starting at word `i`, or null. */
export function matchAt(ctx: Context, i: number): Match | null {
  const matchers = matchersAt(ctx, i);
  if (matchers.length === 0) return null;
  const match = bestOf(matchers, ctx, i);
  return match && !readsAsTitle(ctx, i, match) ? match : null;
}
