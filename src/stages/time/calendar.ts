/** A calendar date; month 1-12, day 1-31. */
export interface YMD {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDate(value: string | null | undefined): YMD | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const ymd = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc(date: YMD): Date {
  const utc = new Date(Date.UTC(2000, date.m - 1, date.d));
  utc.setUTCFullYear(date.y);
  return utc;
}

function fromUtc(utc: Date): YMD {
  return { y: utc.getUTCFullYear(), m: utc.getUTCMonth() + 1, d: utc.getUTCDate() };
}

export function addDays(date: YMD, days: number): YMD {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function weekdayOf(date: YMD): number {
  const day = toUtc(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** ISO 8601 week-numbering year and week. */
function isoWeek(date: YMD): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const ordinal = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86_400_000);
  return { year: thursday.y, week: Math.floor(ordinal / 7) + 1 };
}

export function monthShift(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

/** The weekday `weekday` nearest `ref` in the given direction; the reference day itself counts. */
export function weekdayFrom(ref: YMD, weekday: number, direction: 'past' | 'future'): YMD {
  const diff = weekday - weekdayOf(ref);
  if (direction === 'past') return addDays(ref, diff <= 0 ? diff : diff - 7);
  return addDays(ref, diff >= 0 ? diff : diff + 7);
}

/** Fourth Thursday of November. */
export function thanksgiving(y: number): YMD {
  const first = weekdayFrom({ y, m: 11, d: 1 }, 4, 'future');
  return addDays(first, 21);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const formatYear = (y: number): string => pad(y, 4);
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const formatDay = (date: YMD): string => `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
export function formatWeek(date: YMD): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}
export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;
export { pad };
