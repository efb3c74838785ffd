import { lower, wordAt, single, YEAR, type Matcher } from './context';
import { barePluralCues, durationDeterminers, goalVerbs, pluralUnits, unitQualifiers, units } from './lexicon';
import { matchRelative } from './match-relative';
import { quantityAt } from './numbers';
import { dayAt, monthAt, unitAt } from './pieces';
import { bestOf } from './best';
import { durationValue } from './values';

/** "three days", "15 years", "two-year", "the past 15 years", "the first nine months", "several weeks", "8-month-old" */
export const matchDuration: Matcher = (ctx, i) => {
  let j = i;
  if (lower(ctx, j) === 'the' || lower(ctx, j) === 'those' || lower(ctx, j) === 'these') j++;
  if (durationDeterminers.has(lower(ctx, j)) && j > i) j++;
  else if (['past', 'last', 'next', 'first'].includes(lower(ctx, j)) && quantityAt(ctx.words, j + 1)?.n !== null && /^\d|^[a-z]/.test(lower(ctx, j + 1))) j++;
  const quantity = quantityAt(ctx.words, j);
  let n: number | null;
  let k: number;
  if (quantity) {
    n = quantity.n;
    k = quantity.end;
    if (lower(ctx, k) === '-') k++;
  } else if (j > i && pluralUnits.has(lower(ctx, j))) {
    n = null; // "the past months"
    k = j;
  } else return null;
  if (unitQualifiers.has(lower(ctx, k)) && unitAt(ctx, k + 1)) k++;
  const unit = unitAt(ctx, k);
  if (!unit) return null;
  const word = lower(ctx, k);
  if (quantity && YEAR.test(lower(ctx, j)) && !pluralUnits.has(word)) return null; // "the 1988 quarter"
  if (word === 'second' && !(n === 1 && quantity) && lower(ctx, k - 1) !== '-') return null; // "the 1988 second quarter"
  // "a quarter of", "half an hour" style fractions and "one day" as "some day" are not durations
  if (unit === 'Q' && (lower(ctx, k + 1) === 'of' || lower(ctx, k - 1) === 'a')) return null;
  if (n === 1 && lower(ctx, j) === 'one' && word === 'day' && lower(ctx, k - 1) !== '-' && wordAt(ctx, k + 1)?.pos !== 'ADP') return null;
  // "levelled on 61 minutes" in a match report: the minute of play, not a span of time
  if (unit === 'MIN' && j === i && lower(ctx, i - 1) === 'on' && ctx.matchReport()) return null;
  // "Duro added a second from the penalty spot", "scored a second before the break": in a match report "a second" as
  // the object of a scoring verb is the second goal ("paused for a second", "a second later", "the referee waited a
  // second" keep the unit)
  if (word === 'second' && j === i && lower(ctx, i) === 'a' && goalVerbs.has(lower(ctx, i - 1)) && ctx.matchReport()) return null;
  let end = k + 1;
  // ages ("a 6-year-old boy", "52 years old") are not time expressions in TimeML
  if (lower(ctx, end) === '-' && lower(ctx, end + 1) === 'old') return null;
  if (lower(ctx, end) === 'old' || (lower(ctx, end) === 'of' && lower(ctx, end + 1) === 'age')) return null;
  // "a second group": the ordinal, not the unit
  if (word === 'second' && ['NOUN', 'ADJ', 'PROPN'].includes(wordAt(ctx, end)?.pos ?? '')) return null;
  if (lower(ctx, end) === '-' && lower(ctx, end + 1) === 'long') end += 2;
  // "a year" after an amount: a rate ("$5 million a year")
  if ((lower(ctx, j) === 'a' || lower(ctx, j) === 'an') && j === i && n === 1) {
    const prev = wordAt(ctx, i - 1);
    if (prev && (prev.pos === 'NUM' || /^(?:percent|%|million|billion|times|once|twice|thousand|dollars|cents)$/.test(prev.lower))) {
      return single({ from: i, to: end, type: 'set', value: durationValue(1, unit) });
    }
  }
  return single({ from: i, to: end, type: 'duration', value: durationValue(n, unit) });
};


/** bare plural units after a preposition: "for years", "in months", "within weeks" */
export const matchBarePlural: Matcher = (ctx, i) => {
  const word = lower(ctx, i);
  if (!pluralUnits.has(word)) return null;
  if (!barePluralCues.has(lower(ctx, i - 1))) return null;
  const next = wordAt(ctx, i + 1);
  if (next && (next.lower === 'of' || next.lower === 'ago')) return null;
  return single({ from: i, to: i + 1, type: 'duration', value: durationValue(null, units.get(word)!) });
};


const YEAR_TO_SPANS: readonly Matcher[] = [matchDuration, matchRelative];

/** "the year to March", "the 12 months to September": a span ending at a named month */
export const matchYearTo: Matcher = (ctx, i) => {
  // tested before the two matchers run: at every other start word (digits, "a", "that", ...) they were run for nothing
  if (lower(ctx, i) !== 'the') return null;
  const duration = bestOf(YEAR_TO_SPANS, ctx, i);
  if (!duration || duration.items.length !== 1) return null;
  const k = duration.end;
  if (!['year', 'months', 'quarter'].includes(lower(ctx, k - 1))) return null;
  if (lower(ctx, k) !== 'to') return null;
  const month = monthAt(ctx, k + 1);
  if (month === null || dayAt(ctx, k + 2) !== null) return null;
  const quantity = lower(ctx, k - 1) === 'year' ? 1 : quantityAt(ctx.words, k - 2)?.n ?? 1;
  const unit = lower(ctx, k - 1) === 'year' ? 'Y' : lower(ctx, k - 1) === 'quarter' ? 'Q' : 'M';
  return single({ from: i, to: k + 2, type: 'duration', value: durationValue(quantity, unit) });
};

