import { bestOf } from './best';
import { lower, single, type Context, type Match, type Matcher } from './context';
import { amountModifiers, positionModifiers } from './lexicon';
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
import { startWords } from './start-words';
import { readsAsTitle } from './titles';
import { startsWithDigit } from './words';

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
const allMatchers: readonly Matcher[] = [
  matchPositioned, matchAmount, matchYearTo, matchAgo, matchClock, ...dateMatchers, matchSeasonAfterPreposition, matchReference,
  matchDuration, matchBarePlural, matchSet,
];

/** The longest expression starting at word `i`, or null. */
export function matchAt(ctx: Context, i: number): Match | null {
  const word = lower(ctx, i);
  // most words cannot start an expression: skip them with one look-up
  const digitOrApostrophe = startsWithDigit(word) || word.charCodeAt(0) === 39;
  if (!digitOrApostrophe && !startWords.has(word)) return null;
  const match = bestOf(allMatchers, ctx, i);
  return match && !readsAsTitle(ctx, i, match) ? match : null;
}
