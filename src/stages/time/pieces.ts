import { ambiguousMonths, earlyYearCues, eraWords, monthCueWords, months, timeZones, units, yearBlockers, yearNameBlockers, yearPrecedingBlockers } from './lexicon';
import { isCapitalized, lower, wordAt, YEAR, type Context } from './context';
import { startsWithDigit } from './words';

/** A month name; "May", "March" and abbreviations only when the context says it is a date. */
export function monthAt(ctx: Context, i: number): number | null {
  const word = wordAt(ctx, i);
  if (!word) return null;
  const month = months.get(word.lower);
  if (month === undefined) return null;
  if (!isCapitalized(word)) return null;
  if (ambiguousMonths.has(word.lower)) {
    const next = wordAt(ctx, i + 1);
    const followedByNumber = !!next && /^\d{1,4}(?:st|nd|rd|th)?$/.test(next.lower);
    const prev = lower(ctx, i - 1);
    const datePreposition = monthCueWords.has(prev);
    if (!followedByNumber && !datePreposition) return null;
    // "Jan Kavan", "Dec": a bare abbreviation must carry a number
    if (!followedByNumber && !word.lower.endsWith('.') && word.lower.length <= 4 && word.lower !== 'may' && word.lower !== 'june' && word.lower !== 'july') return null;
    if (!followedByNumber && (word.pos === 'AUX' || word.pos === 'VERB') && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'DET' || next.pos === 'PRON')) return null;
  }
  return month;
}

export function yearAt(ctx: Context, i: number): number | null {
  const word = wordAt(ctx, i);
  if (!word || !startsWithDigit(word.lower) || !YEAR.test(word.lower)) return null;
  if (yearBlockers.has(lower(ctx, i + 1)) || units.has(lower(ctx, i + 1))) return null;
  const prev = lower(ctx, i - 1);
  if (yearPrecedingBlockers.has(prev)) return null;
  // "Russell 2000", "Windows 2000": a number naming an index or product
  if (yearNameBlockers.has(prev)) return null;
  if (gluedToName(ctx, i)) return null;
  // "1800 123 456": part of a phone or code number
  if (/^\d/.test(lower(ctx, i + 1))) return null;
  const year = Number(word.lower);
  // "1010 WINS", "1450 AM": a number this old is a year only where a year is expected ("in 1066", "since 1215")
  if (year < EARLY_YEAR && !earlyYearCues.has(prev) && !eraWords.has(lower(ctx, i + 1))) return null;
  return year;
}

/** Years before this need a preposition or an era word to be read as years. */
const EARLY_YEAR = 1600;

/** "1010data", "A1010": digits written together with letters are part of a name, never a year */
function gluedToName(ctx: Context, i: number): boolean {
  const word = ctx.words[i]!;
  const next = wordAt(ctx, i + 1);
  const prev = wordAt(ctx, i - 1);
  return (!!next && next.start === word.end && /^[a-z]/i.test(next.text)) || (!!prev && prev.end === word.start && /[a-z0-9]$/i.test(prev.text));
}

/** "15", "15th", "15," as a day of the month */
export function dayAt(ctx: Context, i: number): number | null {
  const text = lower(ctx, i);
  const match = startsWithDigit(text) ? /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(text) : null;
  if (!match) return null;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : null;
}

export function unitAt(ctx: Context, i: number): string | null {
  const word = wordAt(ctx, i);
  if (!word) return null;
  const unit = units.get(word.lower);
  if (!unit) return null;
  // "SEC", "HR": abbreviations count only in lower case
  if (word.lower.length <= 4 && !/^(?:day|days|week|year|hour)$/.test(word.lower) && word.text !== word.lower) return null;
  return unit;
}

/** Time-zone words that stay inside a clock time's or day's extent: "EST", "GMT", "Washington time". */
export function zoneEnd(ctx: Context, i: number): number {
  const word = wordAt(ctx, i);
  if (!word) return i;
  if (timeZones.has(word.lower) && word.text === word.text.toUpperCase()) return i + 1;
  if (word.lower === 'local' && lower(ctx, i + 1) === 'time') return i + 2;
  if (isCapitalized(word) && word.pos === 'PROPN' && lower(ctx, i + 1) === 'time') return i + 2;
  return i;
}

