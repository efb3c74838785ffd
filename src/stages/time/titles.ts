import { wordAt, type Context, type Match } from './context';
import { holidays, months, weekdayPlurals, weekdays } from './lexicon';
import type { Word } from './words';

const TITLE_CASE = /^[A-Z][a-z]/;

/** Words that are capitalized in running text anyway: months, weekdays, the first word of a holiday. */
const properTimeWord = (word: Word): boolean =>
  months.has(word.lower) || weekdays.has(word.lower) || weekdayPlurals.has(word.lower) || holidays.has(word.lower);

/**
 * Whether a match is part of a name or title rather than a time: ABC's "This Week", "VOA Today", "60 Minutes".
 * In running text a common time word (week, today, minutes) capitalized after the first word of its clause is
 * a name's; matches holding a month, weekday or holiday are capitalized for their own sake.
 */
export function readsAsTitle(ctx: Context, from: number, match: Match): boolean {
  // at the very start of a sentence a capitalized second word is more often a slip ("Last Year over 4 million")
  if (from === 0 || ctx.titleCase) return false;
  let capitalized = false;
  for (let k = from; k < match.end; k++) {
    const word = ctx.words[k]!;
    if (properTimeWord(word)) return false;
    if (!TITLE_CASE.test(word.text)) continue;
    const prev = wordAt(ctx, k - 1);
    // after punctuation, or after an abbreviation's full stop that also ended a sentence ("Co. Recently, ...")
    const clauseStart = !prev || (k === from && (prev.pos === 'PUNCT' || prev.text.endsWith('.')));
    if (!clauseStart) capitalized = true;
  }
  return capitalized;
}
