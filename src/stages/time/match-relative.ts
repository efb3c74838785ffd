import { addDays, formatDay, formatWeek, formatYear, weekdayOf, type YMD } from './calendar';
import { lower, wordAt, single, type Context, type Matcher } from './context';
import { deictics, partsOfDay, periodAdjectives, periodsWithThe, pluralUnits, relativeDeterminers, seasonEventNouns, seasonPrepositions, seasons } from './lexicon';
import { matchSpokenYear, matchYear } from './match-dates';
import { quantityAt } from './numbers';
import { matchPhrase } from './phrase';
import { kindOfTime } from './habitual';
import { unitAt } from './pieces';
import { anchorValue, durationValue, shiftedValue } from './values';

/** "today", "yesterday morning", "tonight" */
export const matchDeictic: Matcher = (ctx, i) => {
  let j = i;
  let offset = deictics.get(lower(ctx, j));
  if (offset === undefined) {
    if (lower(ctx, j) === 'the' && lower(ctx, j + 1) === 'day' && ['before', 'after'].includes(lower(ctx, j + 2))) {
      const base = deictics.get(lower(ctx, j + 3));
      if (base === undefined || base === 0) return null;
      offset = base + (lower(ctx, j + 2) === 'before' ? -1 : 1);
      j += 3;
    } else return null;
  }
  const tonight = lower(ctx, j) === 'tonight';
  let end = j + 1;
  let part = tonight ? 'NI' : partsOfDay.get(lower(ctx, end));
  if (!tonight && part) end++;
  else if (!tonight) part = undefined;
  const ref = ctx.ref;
  if (!ref) return single({ from: i, to: end, type: part ? 'time' : 'date', value: null });
  const day = addDays(ref, offset);
  const value = part ? `${formatDay(day)}T${part}` : formatDay(day);
  return single({ from: i, to: end, type: part ? 'time' : 'date', value, anchor: { ...day } });
};


/** "this week", "last month", "next year", "this summer", "the weekend", "last night", "the same month", "recent years" */
export const matchRelative: Matcher = (ctx, i) => {
  const rel = matchPhrase(relativeDeterminers, ctx.words, i);
  let j: number;
  let shift: number;
  let anaphoric = false;
  const first = lower(ctx, i);
  if (rel) {
    j = rel.end;
    shift = rel.value;
    anaphoric = ['the following', 'following', 'the previous'].some((p) => p === ctx.words.slice(i, rel.end).map((w) => w.lower).join(' '));
  } else if (first === 'the' && lower(ctx, i + 1) === 'same') {
    j = i + 2; shift = 0; anaphoric = true;
  } else if (first === 'that') {
    j = i + 1; shift = 0; anaphoric = true;
  } else if (first === 'the' && periodsWithThe.has(lower(ctx, i + 1))) {
    j = i + 1; shift = 0;
  } else if (first === 'recent' || first === 'coming') {
    // "recent months", "coming weeks": a vague span (TimeML PXM)
    j = i + 1;
    const unit = unitAt(ctx, j);
    if (!unit || !pluralUnits.has(lower(ctx, j))) return null;
    return single({ from: i, to: j + 1, type: 'duration', value: durationValue(null, unit) });
  } else return null;
  if (periodAdjectives.has(lower(ctx, j)) && unitAt(ctx, j + 1)) j++;
  const word = lower(ctx, j);
  const ref = ctx.ref;
  if (lower(ctx, j + 1) === '-') return null; // "the year-ago results"
  // plural: "the coming weeks", "past years": a vague span, like "recent months"
  if (pluralUnits.has(word)) {
    const unit = unitAt(ctx, j);
    if (rel && unit) return single({ from: i, to: j + 1, type: 'duration', value: durationValue(null, unit) });
    return null;
  }
  const end = j + 1;
  const season = seasons.get(word);
  if (season) {
    if (word === 'fall' && wordAt(ctx, j)?.pos === 'VERB') return null;
    if (seasonEventNouns.has(lower(ctx, end))) return null; // "the winter Olympics", "the summer games"
    // "the winter of 1994", "the summer of nineteen ninety-four", "the summer months of 2024"
    const of = lower(ctx, end) === 'of' ? end : lower(ctx, end + 1) === 'of' && pluralUnits.has(lower(ctx, end)) ? end + 1 : -1;
    if (of >= 0) {
      const year = matchYear(ctx, of + 1) ?? matchSpokenYear(ctx, of + 1);
      const value = year?.items[0]?.value;
      if (year && value) return single({ from: i, to: year.end, type: 'date', value: `${value}-${season}` });
    }
    // "usually by bicycle in the summer months": a season in a habit, or heading a plural of time, is every year's
    if (first === 'the' && rel === null && (kindOfTime(ctx.words, end) || ctx.habitual(i, end))) return single({ from: i, to: end, type: 'date', value: `XXXX-${season}` });
    if (!ref) return single({ from: i, to: end, type: 'date', value: null });
    const y = seasonYear(ctx, season, shift, i, end, ref);
    return single({ from: i, to: end, type: 'date', value: `${formatYear(y)}-${season}` });
  }
  const part = partsOfDay.get(word);
  if (part) {
    // "she walks to the shops every day in the morning", "the morning hours": a part of the day in a habit is no one day's
    if (first === 'the' && rel === null && (kindOfTime(ctx.words, end) || ctx.habitual(i, end))) return single({ from: i, to: end, type: 'time', value: `XXXX-XX-XXT${part}` });
    if (!ref) return single({ from: i, to: end, type: 'time', value: null });
    if (first === 'last' && word === 'night') return single({ from: i, to: end, type: 'time', value: `${formatDay(addDays(ref, -1))}T${part}` });
    // "spent the afternoon meeting backbenchers" after "on Tuesday night": the day the story last named, close by
    const a = ctx.anchor;
    if (first === 'the' && rel === null && a?.m !== undefined && a.d !== undefined && ctx.anchorDistance <= 2) {
      return single({ from: i, to: end, type: 'time', value: `${formatDay({ y: a.y, m: a.m, d: a.d })}T${part}` });
    }
    if (first === 'this' || (first === 'the' && rel === null)) return single({ from: i, to: end, type: 'time', value: `${formatDay(ref)}T${part}` });
    return null;
  }
  if (word === 'weekend') {
    if (!ref) return single({ from: i, to: end, type: 'date', value: null });
    // "the weekend" said on a weekday is the one before, unless the clause looks ahead
    const lastWeekend = rel === null && weekdayOf(ref) < 6 && ctx.direction(i, end) !== 'future';
    const day = addDays(ref, 7 * (lastWeekend ? -1 : shift));
    return single({ from: i, to: end, type: 'date', value: `${formatWeek(day)}-WE` });
  }
  const unit = unitAt(ctx, j);
  if (!unit || unit === 'H' || unit === 'MIN' || unit === 'S') return null;
  // "the same month", "the following year": relative to the last date mentioned
  if (anaphoric) {
    const anchor = ctx.anchor ?? (ref ? { y: ref.y, m: ref.m, d: ref.d } : null);
    if (!anchor) return single({ from: i, to: end, type: 'date', value: null });
    const base: YMD = { y: anchor.y, m: anchor.m ?? 1, d: anchor.d ?? 1 };
    if (shift === 0) return single({ from: i, to: end, type: 'date', value: anchorValue(anchor, unit) });
    const shifted = shiftedValue(base, unit, shift);
    return single({ from: i, to: end, type: 'date', value: shifted?.value ?? null, anchor: shifted?.anchor });
  }
  // "the year before", "the day after": next to the last date mentioned
  const beforeAfter = lower(ctx, end);
  if (first === 'the' && rel === null && (beforeAfter === 'before' || beforeAfter === 'after')) {
    const following = wordAt(ctx, end + 1);
    if (!following || following.pos === 'PUNCT' || following.pos === 'CCONJ') {
      const anchor = ctx.anchor ?? (ref ? { y: ref.y, m: ref.m, d: ref.d } : null);
      const shifted = anchor ? shiftedValue({ y: anchor.y, m: anchor.m ?? 1, d: anchor.d ?? 1 }, unit, beforeAfter === 'before' ? -1 : 1) : null;
      return single({ from: i, to: end + 1, type: 'date', value: shifted?.value ?? null });
    }
  }
  // "the year", "the week" with no determiner: a span of time ("for the year")
  if (first === 'the' && rel === null && (unit === 'Y' || unit === 'W' || unit === 'M')) {
    const before = lower(ctx, i - 1);
    const duration = before === 'for' || before === 'over' || before === 'during' || before === 'throughout';
    if (duration) return single({ from: i, to: end, type: 'duration', value: durationValue(1, unit) });
    if (!ref) return single({ from: i, to: end, type: 'date', value: null });
    const shifted = shiftedValue(ref, unit, 0)!;
    return single({ from: i, to: end, type: 'date', value: shifted.value, anchor: shifted.anchor });
  }
  // "the past year", "the last week": a duration reaching up to now
  if (first === 'the' && shift < 0 && rel !== null) {
    return single({ from: i, to: end, type: 'duration', value: durationValue(1, unit) });
  }
  if (!ref) return single({ from: i, to: end, type: 'date', value: null });
  const shifted = shiftedValue(ref, unit, shift);
  if (!shifted) return null;
  return single({ from: i, to: end, type: 'date', value: shifted.value, anchor: shifted.anchor });
};


/** How many sentences back a date may be for "two years later" to count from it. */
const MAX_LATER_DISTANCE = 2;

const seasonStart: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** "in summer", "during winter 2014", "since spring": a season with no determiner after a preposition */
export const matchSeasonAfterPreposition: Matcher = (ctx, i) => {
  if (!seasonPrepositions.has(lower(ctx, i - 1))) return null;
  const season = seasons.get(lower(ctx, i));
  const next = wordAt(ctx, i + 1);
  // "spring training", "summer camp", "winter Olympics": the season names a kind of thing
  if (!season || wordAt(ctx, i)?.pos === 'VERB' || (next && (next.pos === 'NOUN' || (next.pos === 'PROPN' && !/^\d/.test(next.text))))) return null;
  const year = matchYear(ctx, i + 1) ?? (lower(ctx, i + 1) === 'of' ? matchYear(ctx, i + 2) : null);
  const yearValue = year?.items[0]?.value;
  if (year && yearValue) return single({ from: i, to: year.end, type: 'date', value: `${yearValue}-${season}` });
  return matchBareSeason(ctx, i);
};

/** A season with no determiner, as the inner part of "the early summer" or "late spring" */
export const matchBareSeason: Matcher = (ctx, i) => {
  const season = seasons.get(lower(ctx, i));
  if (!season || wordAt(ctx, i)?.pos === 'VERB') return null;
  const value = ctx.ref ? `${formatYear(seasonYear(ctx, season, 0, i, i + 1, ctx.ref))}-${season}` : null;
  return single({ from: i, to: i + 1, type: 'date', value });
};

/**
 * The year of "last summer", "next winter", or of "the summer" / "this summer" by the clause's tense: in a
 * past-tense clause the latest one that had begun by the reference date, in a future one the first that has
 * not ended; a year named earlier in the sentence wins.
 */
function seasonYear(ctx: Context, season: string, shift: number, from: number, to: number, ref: YMD): number {
  const startMonth = seasonStart[season]!;
  if (shift < 0) return ref.m > startMonth + 2 || (season === 'WI' && ref.m > 2 && ref.m < 12) ? ref.y : ref.y - 1;
  if (shift > 0) return ref.m < startMonth ? ref.y : ref.y + 1;
  const months = ref.y * 12 + ref.m;
  const direction = ctx.direction(from, to);
  const stated = ctx.sentenceYear;
  // the sentence's year, unless the tense rules it out ("began last April, intensified in the summer" said in May)
  if (stated !== null && (direction !== 'past' || stated * 12 + startMonth <= months)) return stated;
  if (direction === 'past') return Math.floor((months - startMonth) / 12);
  if (direction === 'future') return Math.ceil((months - startMonth - 2) / 12);
  return ref.y;
}

/** "15 years ago", "a year earlier", "two days later", "a decade ago", "year-earlier", "the year-ago quarter" */
export const matchAgo: Matcher = (ctx, i) => {
  let j = i;
  if (lower(ctx, j) === 'the') j++;
  const counted = quantityAt(ctx.words, j);
  let k = counted?.end ?? j;
  if (lower(ctx, k) === '-') k++;
  const unit = unitAt(ctx, k);
  if (!unit) return null;
  // "year-ago" counts one; "years ago" with no number is vague
  const quantity = counted ?? { n: pluralUnits.has(lower(ctx, k)) ? null : 1, end: j };
  let m = k + 1;
  if (lower(ctx, m) === '-') m++;
  // "three years on, the town ..." reads as "three years later"
  const onAsLater = lower(ctx, m) === 'on' && (wordAt(ctx, m + 1) === undefined || ctx.words[m + 1]!.pos === 'PUNCT');
  const direction = onAsLater ? 'later' : lower(ctx, m);
  let sign: number;
  if (direction === 'ago' || direction === 'earlier' || (direction === 'before' && lower(ctx, m + 1) === '')) sign = -1;
  else if (direction === 'later' || (direction === 'from' && lower(ctx, m + 1) === 'now') || direction === 'hence') sign = 1;
  else return null;
  let end = m + 1 + (direction === 'from' ? 1 : 0);
  const compound = lower(ctx, m - 1) === '-';
  // "the year-ago quarter": the compound modifies a period noun that belongs to the extent
  if (compound && ['quarter', 'period', 'month', 'year', 'week', 'level', 'levels'].includes(lower(ctx, end))) {
    if (['period', 'quarter'].includes(lower(ctx, end))) end++;
  } else if (j > i) return null;
  const n = quantity.n;
  if (n === null) {
    // "decades later" tells a story from some past date on, not what is still to come
    if (direction === 'later') return single({ from: i, to: end, type: 'date', value: null });
    return single({ from: i, to: end, type: 'date', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' });
  }
  const anchor = ctx.anchor;
  // earnings convention: "a year earlier" after "the third quarter" is that quarter a year before
  if (unit === 'Y' && anchor?.q !== undefined && Number.isInteger(n)) {
    const y = anchor.y + sign * n;
    return single({ from: i, to: end, type: 'date', value: `${formatYear(y)}-Q${anchor.q}` });
  }
  // "seven decades later" counts from the event it follows; with none pinned down, no value beats a wrong one
  // a date several sentences back is as likely another story thread as the event "later" follows
  if (direction === 'later' && (!anchor || ctx.anchorDistance > MAX_LATER_DISTANCE)) return single({ from: i, to: end, type: 'date', value: null });
  // counted from a whole decade or century, a number of smaller units lands anywhere in it
  if (direction !== 'ago' && direction !== 'from' && anchor?.span && !(anchor.span === 'CE' && unit === 'CE') && !(anchor.span === 'DE' && (unit === 'DE' || unit === 'CE'))) {
    return single({ from: i, to: end, type: 'date', value: null });
  }
  const base: YMD | null = direction === 'ago' || direction === 'from' || !anchor
    ? ctx.ref
    : { y: anchor.y, m: anchor.m ?? ctx.ref?.m ?? 1, d: anchor.d ?? ctx.ref?.d ?? 1 };
  if (!base || !Number.isInteger(n)) return single({ from: i, to: end, type: 'date', value: null });
  const useUnit = anchor && direction !== 'ago' && unit === 'D' && anchor.d === undefined ? 'M' : unit;
  const shifted = shiftedValue(base, useUnit, sign * n);
  if (!shifted) return single({ from: i, to: end, type: 'date', value: null });
  // a past-tense "years later" that lands after the publication date was counted from the wrong date
  if (direction === 'later' && ctx.ref && shifted.anchor.y > ctx.ref.y && ctx.direction(i, end) === 'past') {
    return single({ from: i, to: end, type: 'date', value: null });
  }
  return single({ from: i, to: end, type: 'date', value: shifted.value, anchor: shifted.anchor });
};

