import { formatYear, monthShift, quarterOf } from './calendar';
import { lower, single, YEAR, type Context, type Matcher } from './context';
import { quarterCountFollowers, quarterQualifiers, relativeDeterminers } from './lexicon';
import { ordinalAt } from './numbers';
import { matchPhrase } from './phrase';
import { yearAt } from './pieces';
import { shiftedValue } from './values';

/** "this year's", "the 1988", "the year-ago", "the year-earlier" before a quarter: which year it belongs to */
function quarterYearPrefix(ctx: Context, j: number): { end: number; year: number | null; anaphoric: boolean } | null {
  const explicit = YEAR.test(lower(ctx, j)) ? Number(lower(ctx, j)) : null;
  if (explicit !== null) return { end: j + 1, year: explicit, anaphoric: false };
  const ref = ctx.ref;
  if (['this', 'last', 'next'].includes(lower(ctx, j)) && lower(ctx, j + 1) === 'year' && lower(ctx, j + 2) === "'s") {
    const shift = lower(ctx, j) === 'last' ? -1 : lower(ctx, j) === 'next' ? 1 : 0;
    return { end: j + 3, year: ref ? ref.y + shift : null, anaphoric: false };
  }
  if (lower(ctx, j) === 'year' && lower(ctx, j + 1) === '-' && ['ago', 'earlier'].includes(lower(ctx, j + 2))) {
    const base = ctx.anchor?.q !== undefined ? ctx.anchor.y : ref ? ref.y : null;
    return { end: j + 3, year: base === null ? null : base - 1, anaphoric: true };
  }
  return null;
}

/** words opening a year counted from the story's last date, not the reference date ("the following year") */
const ANAPHORIC_OPENERS: ReadonlySet<string> = new Set(['the', 'following', 'previous']);

/** "the third quarter", "third-quarter", "the first quarter of 1998", "this year's third quarter", "the year-ago quarter", "the first half" */
export const matchQuarter: Matcher = (ctx, i) => {
  let j = i;
  if (lower(ctx, j) === 'the') j++;
  if (j > i && quarterQualifiers.has(lower(ctx, j))) j++;
  const prefix = quarterYearPrefix(ctx, j);
  if (prefix) j = prefix.end;
  if (lower(ctx, j) === 'fiscal') j++;
  let q: number | null = null;
  let half: number | null = null;
  let relative: number | null = null;
  let anaphoric = prefix?.anaphoric ?? false;
  const ordinal = ordinalAt(ctx.words, j);
  let k: number;
  if (ordinal && ordinal.n >= 1 && ordinal.n <= 4) {
    k = ordinal.end;
    const hyphenated = lower(ctx, k) === '-';
    if (hyphenated) k++;
    if (lower(ctx, k) === 'quarter') q = ordinal.n;
    else if (lower(ctx, k) === 'half' && ordinal.n <= 2) half = ordinal.n;
    else return null;
    // "the second quarter in a row", "the third quarter straight": a count of quarters, no quarter of the calendar.
    // Only with "quarter" as a noun: "second-quarter running costs" is an adjective on a noun and keeps its date.
    if (!hyphenated && matchPhrase(quarterCountFollowers, ctx.words, k + 1)) return null;
  } else if (lower(ctx, j) === 'last' && lower(ctx, j + 1) === 'half' && j > i) {
    k = j + 1;
    half = 2;
  } else {
    const rel = prefix ? null : matchPhrase(relativeDeterminers, ctx.words, j);
    let k0 = j;
    if (rel) k0 = rel.end;
    else if (['latest', 'current', 'same', 'that'].includes(lower(ctx, j))) k0 = j + 1;
    k = k0;
    const noun = lower(ctx, k);
    const latest = lower(ctx, j) === 'latest' || lower(ctx, j) === 'same';
    if (noun !== 'quarter' && !(noun === 'period' && (prefix || latest))) return null;
    if (k === i) return null; // "quarter" alone is a fraction as often as a period
    if (lower(ctx, k + 1) === 'of' && !YEAR.test(lower(ctx, k + 2))) return null; // "a quarter of its sales"
    if (lower(ctx, k + 1) === '-') return null; // "the quarter-to-quarter comparison"
    relative = rel ? rel.value : lower(ctx, j) === 'current' ? 0 : null;
    if (lower(ctx, j) === 'that' || lower(ctx, j) === 'same') anaphoric = true;
  }
  let end = k + 1;
  let year: number | null = prefix?.year ?? null;
  // "of next year", "of last year": the year's offset from the reference date (relativeDeterminers); "of the
  // following year", "of the previous year" count from a date the story gave, not from the reference date
  const deictic = lower(ctx, end) === 'of' && !ANAPHORIC_OPENERS.has(lower(ctx, end + 1));
  const shift = deictic ? matchPhrase(relativeDeterminers, ctx.words, end + 1) : null;
  const yearShift = shift && lower(ctx, shift.end) === 'year' ? shift : null;
  if (lower(ctx, end) === 'of' && yearAt(ctx, end + 1) !== null) {
    year = yearAt(ctx, end + 1);
    end += 2;
  } else if (yearShift && ctx.ref && (q !== null || half !== null)) {
    // "the first half of next year", "the fourth quarter of next year": the year named relative to the reference
    // date; only with a numbered quarter or half ("the last quarter of this year" is a quarter counted back, whose
    // value would not read that year)
    year = ctx.ref.y + yearShift.value;
    end = yearShift.end + 1;
  } else if (yearAt(ctx, end) !== null && q !== null) {
    year = yearAt(ctx, end);
    end += 1;
  }
  const ref = ctx.ref;
  const y4 = (y: number | null): string => (y === null ? 'XXXX' : formatYear(y));
  if (half !== null) {
    // in a match report a bare "the first half" is the game's; a year, "fiscal" or "of ..." keeps the calendar's
    if (year === null && lower(ctx, end) !== 'of' && !ctx.words.slice(i, end).some((w) => w.lower === 'fiscal') && ctx.matchReport()) return null;
    return single({ from: i, to: end, type: 'date', value: `${y4(year ?? ref?.y ?? null)}-H${half}` });
  }
  if (q === null) {
    // "the quarter", "that quarter", "the 1988 quarter": the quarter the story is about, else the last complete one
    const storyQuarter = ctx.anchor?.q ?? (ref ? quarterOf(monthShift(ref.y, ref.m, -3).m) : null);
    if (prefix || anaphoric || (relative === null && ctx.anchor?.q !== undefined)) {
      const y = year ?? ctx.anchor?.y ?? (ref ? monthShift(ref.y, ref.m, -3).y : null);
      return single({ from: i, to: end, type: 'date', value: storyQuarter === null ? null : `${y4(y)}-Q${storyQuarter}` });
    }
    if (!ref) return single({ from: i, to: end, type: 'date', value: null });
    const shifted = shiftedValue(ref, 'Q', relative ?? -1)!;
    return single({ from: i, to: end, type: 'date', value: shifted.value, anchor: shifted.anchor });
  }
  if (year === null && ref) {
    year = ref.y;
    if (q > quarterOf(ref.m) && ctx.direction(i, end) === 'past') year--;
  }
  if (year === null) return single({ from: i, to: end, type: 'date', value: `XXXX-Q${q}` });
  return single({ from: i, to: end, type: 'date', value: `${formatYear(year)}-Q${q}`, anchor: anaphoric ? undefined : { y: year, q } });
};

