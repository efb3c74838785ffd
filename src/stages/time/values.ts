import {
  addDays, formatDay, formatMonth, formatWeek, formatYear, monthShift, quarterOf, weekdayFrom, type YMD,
} from './calendar';
import { lower, type Anchor, type Context } from './context';
import { hasFutureAuxiliary, opensPastOnly } from './tense';

/** The expression opens its sentence, alone or after a preposition ("By January ...", "In March, ..."). */
function opensSentence(ctx: Context, from: number): boolean {
  return from === 0 || (from === 1 && ctx.words[0]!.pos === 'ADP');
}

export function durationValue(n: number | null, unit: string): string {
  if (unit === 'DE') return n === null ? 'PXDE' : `P${n * 10}Y`;
  if (unit === 'CE') return n === null ? 'PXCE' : `P${n * 100}Y`;
  if (unit === 'Q') return n === null ? 'PXQ' : `P${n * 3}M`;
  if (unit === 'FORTNIGHT') return n === null ? 'PXW' : `P${n * 2}W`;
  const timeUnit = unit === 'H' || unit === 'MIN' || unit === 'S';
  const letter = unit === 'MIN' ? 'M' : unit;
  const prefix = timeUnit ? 'PT' : 'P';
  if (n === null) return `${prefix}X${letter}`;
  if (Number.isInteger(n)) return `${prefix}${n}${letter}`;
  const whole = Math.floor(n);
  const smaller: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['M', 60], MIN: ['S', 60] };
  const next = smaller[unit];
  if (!next) return `${prefix}${n}${letter}`;
  const part = Math.round((n - whole) * next[1]);
  const nextPrefix = !timeUnit && (unit === 'D') ? 'T' : '';
  return `${prefix}${whole > 0 ? `${whole}${letter}` : ''}${nextPrefix}${part}${next[0]}`;
}

export function anchorValue(anchor: Anchor, unit: string): string {
  if (unit === 'D' && anchor.m !== undefined && anchor.d !== undefined) return formatDay({ y: anchor.y, m: anchor.m, d: anchor.d });
  if (unit === 'M' && anchor.m !== undefined) return formatMonth(anchor.y, anchor.m);
  if (unit === 'Q' && anchor.q !== undefined) return `${formatYear(anchor.y)}-Q${anchor.q}`;
  return formatYear(anchor.y);
}

/** `ref` moved by `n` units, written at that unit's granularity. */
export function shiftedValue(ref: YMD, unit: string, n: number): { value: string; anchor: Anchor } | null {
  switch (unit) {
    case 'D': {
      const day = addDays(ref, n);
      return { value: formatDay(day), anchor: { ...day } };
    }
    case 'W': {
      const day = addDays(ref, 7 * n);
      return { value: formatWeek(day), anchor: { y: day.y, m: day.m } };
    }
    case 'FORTNIGHT': return shiftedValue(ref, 'W', 2 * n);
    case 'M': {
      const month = monthShift(ref.y, ref.m, n);
      return { value: formatMonth(month.y, month.m), anchor: { y: month.y, m: month.m } };
    }
    case 'Q': {
      const month = monthShift(ref.y, ref.m, 3 * n);
      const q = quarterOf(month.m);
      return { value: `${formatYear(month.y)}-Q${q}`, anchor: { y: month.y, q } };
    }
    case 'Y': return { value: formatYear(ref.y + n), anchor: { y: ref.y + n } };
    case 'DE': return { value: String(Math.floor((ref.y + 10 * n) / 10)), anchor: { y: ref.y + 10 * n } };
    case 'CE': return { value: String(Math.floor((ref.y + 100 * n) / 100)), anchor: { y: ref.y + 100 * n } };
    default: return null;
  }
}

/**
 * The year of a month named without one: the nearest occurrence, unless the
 * clause's tense points the other way and the nearest is more than ~6 weeks
 * off ("met in May" in November is this May; "in November" said in January is
 * the coming one). "last October" and "next March" are strict.
 * Null (printed XXXX, as with no reference date) for a bare month in a habit's clause ("Every year ... in October").
 * A fronted month just ahead in a past sentence without a future auxiliary is last year's ("By January the wheat
 * was gone").
 */
export function yearForMonth(ctx: Context, month: number, day: number | null, from: number, to: number, relative: number | null): number | null {
  const ref = ctx.ref;
  if (!ref) return null;
  if (relative === -1) return month < ref.m ? ref.y : ref.y - 1;
  if (relative === 1) return month > ref.m ? ref.y : ref.y + 1;
  if (relative === 0) return ref.y;
  // 'Every year I am hopeful in October': a month in a habit is every year's (XXXX-10); a day of it is one day
  if (day === null && ctx.habitual(from, to)) return null;
  const refDays = ref.y * 372 + ref.m * 31 + ref.d;
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, diff: y * 372 + month * 31 + (day ?? 15) - refDays }));
  candidates.sort((a, b) => Math.abs(a.diff) - Math.abs(b.diff) || a.diff - b.diff);
  const nearest = candidates[0]!;
  // "the protests began in April" said in March: a past verb right before it means last April
  const laterMonth = nearest.y * 12 + month > ref.y * 12 + ref.m;
  if (laterMonth && ctx.closePast(from)) return nearest.y - 1;
  // "By January the maize was finished" said in December: a month just ahead, opening a past-tense sentence, is the
  // one gone. Only a fronted month: further in, the past verb may govern something still to come ("told of a cut
  // in its supply in September", "a summit set for April"); "moved to January" names where something went. Not
  // when the sentence looks ahead: the past verb found may be an aside ("In January, the minister said, fares will rise").
  if (
    nearest.diff > 0 && nearest.diff <= 45 && day === null && opensSentence(ctx, from)
    && ctx.direction(from, to) === 'past' && !hasFutureAuxiliary(ctx.words)
  ) return nearest.y - 1;
  // "has gained 41 percent since January" said on December 1: a starting point already passed, however near the coming one
  if (nearest.diff > 0 && opensPastOnly(lower(ctx, from - 1))) return candidates.find((c) => c.diff <= 0)!.y;
  if (Math.abs(nearest.diff) <= 45) return nearest.y;
  const direction = ctx.direction(from, to);
  if (direction === null && ctx.sentenceYear !== null) return ctx.sentenceYear;
  if (direction === 'past' && nearest.diff > 0) return candidates.find((c) => c.diff <= 0)!.y;
  if (direction === 'future' && nearest.diff < 0) return candidates.find((c) => c.diff >= 0)!.y;
  if (direction === null && Math.abs(candidates[0]!.diff) === Math.abs(candidates[1]!.diff)) return ref.y;
  return nearest.y;
}

export function weekdayValue(
  ctx: Context, weekday: number, from: number, to: number, relative: number | null, known?: 'past',
): { value: string; anchor?: Anchor } {
  const ref = ctx.ref;
  if (!ref) return { value: `XXXX-WXX-${weekday}` };
  let day: YMD;
  if (relative === -1) day = weekdayFrom(addDays(ref, -1), weekday, 'past');
  else if (relative === 1) day = weekdayFrom(addDays(ref, 1), weekday, 'future');
  else if (relative === 0) day = weekdayFrom(ref, weekday, 'future');
  else day = weekdayFrom(ref, weekday, (known ?? ctx.direction(from, to)) === 'future' ? 'future' : 'past');
  return { value: formatDay(day), anchor: { ...day } };
}

