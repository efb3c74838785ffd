import { VOCAB } from './vocabulary';

const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s)?';
const MONTH = '([A-Za-z]{3,9})\\.?';
const MONTH_DAY_YEAR = new RegExp(`${WEEKDAY}${MONTH}\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b`);
const DAY_MONTH_YEAR = new RegExp(`${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s${MONTH},?\\s(\\d{4})\\b`);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const SLASHED = /\b(\d{4})\/(\d{2})\/(\d{2})\b/;

/** A full calendar date stated in `text` as YYYY-MM-DD, with its offsets in `text`, or null. */
export function findStatedDate(text: string): { value: string; start: number; end: number } | null {
  for (const pattern of [ISO, SLASHED]) {
    const m = pattern.exec(text);
    if (m) {
      const value = build(Number(m[1]), Number(m[2]), Number(m[3]));
      if (value) return { value, start: m.index, end: m.index + m[0].length };
    }
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const value = build(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
    if (value) return { value, start: mdy.index, end: mdy.index + mdy[0].length };
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const value = build(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
    if (value) return { value, start: dmy.index, end: dmy.index + dmy[0].length };
  }
  return null;
}

/** True when the whole line is a date (optionally with a weekday and a time): "Wednesday, April 13, 2011", "March 4, 2025 at 9:12 am". */
export function isDateLine(text: string): boolean {
  if (text.length > 60) return false;
  const found = findStatedDate(text);
  if (!found) return false;
  const rest = (text.slice(0, found.start) + text.slice(found.end)).replace(/\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\b(?:GMT|UTC|[A-Z]{2,4}T|ET|IST|at)\b|[\s,|/–—-]/gi, '');
  return rest === '';
}

function monthNumber(name: string): number {
  return VOCAB.months.get(name.toLowerCase()) ?? 0;
}

function build(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
