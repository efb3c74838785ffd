import { formatDay } from './calendar';
import { lower, wordAt, single, type Matcher } from './context';
import { matchDeictic } from './match-relative';
import { matchMonthDate, matchWeekday } from './match-dates';
import { zoneEnd } from './pieces';
import { clockAfterDayJoiners } from './lexicon';
import { startsWithDigit } from './words';

/** "3 p.m.", "15:11", "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9" */
export const matchClock: Matcher = (ctx, i) => {
  const split = splitClock(ctx, i);
  if (split) return clockAt(ctx, i, split.text, split.end);
  return clockAt(ctx, i, lower(ctx, i), i + 1);
};

/**
 * "2.30pm" and "11.15am" as the tokenizer leaves them ("2.3" + "0pm", "11" + "." + "15am"): the pieces written
 * without a space between, read back together when they make a clock time with am/pm.
 */
function splitClock(ctx: Parameters<Matcher>[0], i: number): { text: string; end: number } | null {
  let text = lower(ctx, i);
  if (!/^\d/.test(text)) return null;
  for (let k = i + 1; k < i + 3; k++) {
    const prev = ctx.words[k - 1]!;
    const word = wordAt(ctx, k);
    if (!word || word.start !== prev.end) return null;
    text += word.lower;
    if (/^\d{1,2}[:.]\d{2}(?:am|pm)$/.test(text)) return { text, end: k + 1 };
  }
  return null;
}

function clockAt(ctx: Parameters<Matcher>[0], i: number, word: string, wordEnd: number): ReturnType<Matcher> {
  let hour: number | null = null;
  let minute = 0;
  let end = wordEnd;
  let explicitMinutes = false;
  // the three patterns open with a digit: "noon" and "midnight" (and most words the matchers try) skip them
  const digit = startsWithDigit(word);
  const hm = digit ? /^(\d{1,2})(?::|\.)(\d{2})$/.exec(word) : null;
  const h = digit ? /^(\d{1,2})$/.exec(word) : null;
  // "2:30pm", and "2.30pm" as British papers write it
  const glued = digit ? /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.?|p\.m\.?)$/.exec(word) : null;
  let meridiem: string | null = null;
  const military = wordEnd === i + 1 ? militaryTime(ctx, i) : null;
  if (military) { hour = military.hour; minute = military.minute; explicitMinutes = true; end = military.end; }
  else if (word === 'noon' || word === 'midday') { hour = 12; }
  else if (word === 'midnight') { hour = 24; }
  else if (glued) { hour = Number(glued[1]); minute = Number(glued[2] ?? 0); meridiem = glued[3]!; explicitMinutes = glued[2] !== undefined; }
  else if (hm && word.includes(':')) { hour = Number(hm[1]); minute = Number(hm[2]); explicitMinutes = true; }
  else if (h || (hm && /^(a\.?m|p\.?m)/.test(lower(ctx, wordEnd)))) { hour = Number((h ?? hm)![1]); minute = hm ? Number(hm[2]) : 0; explicitMinutes = !!hm; }
  if (hour === null || hour > 24 || minute > 59) return null;
  if (!meridiem) {
    const next = lower(ctx, end);
    if (/^(?:a\.m\.?|p\.m\.?|am|pm)$/.test(next)) { meridiem = next; end++; }
    else if (next === "o'clock") end++;
    else if (!explicitMinutes && word !== 'noon' && word !== 'midnight' && word !== 'midday') return null;
  }
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem.startsWith('p') && hour < 12) hour += 12;
    if (meridiem.startsWith('a') && hour === 12) hour = 0;
  }
  if (explicitMinutes && !meridiem && word.includes('.')) return null;
  if (!military) end = zoneEnd(ctx, end);
  // a day written just before the clock time dates it (a byline's "Sunday 22 November 2026, 09:40")
  let dayValue: string | null = dayJustBefore(ctx, i) ?? dayNamedJustBefore(ctx) ?? (ctx.ref ? formatDay(ctx.ref) : null);
  // a day after the clock time belongs to it
  let k = end;
  if (lower(ctx, k) === ',' || lower(ctx, k) === 'on') k++;
  const day = matchWeekday(ctx, k) ?? matchDeictic(ctx, k) ?? matchMonthDate(ctx, k);
  if (day && day.items.length === 1 && day.items[0]!.value && /^(?:\d{4}|XXXX)-/.test(day.items[0]!.value)) {
    dayValue = day.items[0]!.value.slice(0, 10);
    // "at 1451 GMT on Tuesday": the day dates the clock time but stays an expression of its own
    if (lower(ctx, k - 1) !== 'on') end = day.end;
  }
  const clock = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return single({ from: i, to: end, type: 'time', value: dayValue ? `${dayValue}${clock}` : `XXXX-XX-XX${clock}` });
}

/**
 * The whole day the sentence wrote out right before word `i` (or a clock time that day dated, which carries the day
 * on: "Monday from 9am to 5pm", time/index.ts), with at most its year and joiners between: three words in all, each
 * a joiner of lexicon.json clockAfterDayJoiners.
 */
function dayJustBefore(ctx: Parameters<Matcher>[0], i: number): string | null {
  const day = ctx.dayBefore;
  if (!day || day.end > i || i - day.end > 3) return null;
  // the day's own year may stand outside the date the matchers read ("Thursday 19 November" + "2026")
  const year = day.value.slice(0, 4);
  for (let k = day.end; k < i; k++) if (!clockAfterDayJoiners.has(lower(ctx, k)) && !(k === day.end && lower(ctx, k) === year)) return null;
  return day.value;
}

/**
 * "1451 GMT", "0900 ET": a four-digit clock time, read as one only with a time zone after it, since a bare
 * "1451" is far more often a year or a count ("2000 hours" of work too).
 */
function militaryTime(ctx: Parameters<Matcher>[0], i: number): { hour: number; minute: number; end: number } | null {
  const digits = /^([01]\d|2[0-3])([0-5]\d)$/.exec(lower(ctx, i));
  if (!digits) return null;
  const end = zoneEnd(ctx, i + 1);
  if (end === i + 1) return null;
  return { hour: Number(digits[1]), minute: Number(digits[2]), end };
}

/** how many sentences back, and how many days from the reference date, a named day may be and still date a bare clock time */
// TempEval-3 train: within 3 sentences and 7 days, one clock time more right and none wrong; a day months away is
// a story's background, not the day of its clock times
const CLOCK_DAY_SENTENCES = 3;
const CLOCK_DAY_REACH = 7;

/**
 * "ran aground early on Wednesday. [...] drifted out of the channel at around 4:30 a.m.": a bare clock time is the
 * day the story named last, when that was in this sentence or up to three before and lies within a week of the
 * reference date; a day further back or far from it leaves the reference date.
 */
function dayNamedJustBefore(ctx: Parameters<Matcher>[0]): string | null {
  const a = ctx.anchor;
  if (!a || a.d === undefined || a.m === undefined || !ctx.ref || ctx.anchorDistance > CLOCK_DAY_SENTENCES) return null;
  const days = (Date.UTC(a.y, a.m - 1, a.d) - Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d)) / 86_400_000;
  return Math.abs(days) <= CLOCK_DAY_REACH ? formatDay({ y: a.y, m: a.m, d: a.d }) : null;
}
