import { formatDay, formatYear, isValidDate, monthShift, thanksgiving } from './calendar';
import { isCapitalized, lower, wordAt, settled, single, YEAR, type Anchor, type Context, type Found, type Matcher } from './context';
import { decadeWords, holidays, numberWords, rangeConnectors, partsOfDay, relativeDeterminers, units, weekdayPlurals, weekdays } from './lexicon';
import { ordinalAt, ordinalDigits, quantityAt } from './numbers';
import { matchPhrase } from './phrase';
import { dayAt, monthAt, yearAt, zoneEnd } from './pieces';
import { weekdayValue, yearForMonth } from './values';
import { startsWithDigit } from './words';


/** "November 4", "Nov. 4, 2022", "4 November", "Saturday, April 25", "November 2022", "last October", "January this year" */
export const matchMonthDate: Matcher = (ctx, i) => {
  let start = i;
  let j = i;
  const weekday = weekdays.get(lower(ctx, j));
  if (weekday !== undefined && isCapitalized(wordAt(ctx, j))) {
    j++;
    if (lower(ctx, j) === ',') j++;
  }
  let relative: number | null = null;
  if (weekday === undefined) {
    const rel = matchPhrase(relativeDeterminers, ctx.words, j);
    if (rel && monthAt(ctx, rel.end) !== null) {
      relative = rel.value;
      j = rel.end;
    }
  }
  let month = monthAt(ctx, j);
  let day: number | null = null;
  let end: number;
  if (month !== null) {
    end = j + 1;
    const d = dayAt(ctx, end);
    const clock = lower(ctx, end + 1) === ':' && /^\d\d$/.test(lower(ctx, end + 2));
    if (d !== null && relative === null && !clock) {
      day = d;
      end++;
    }
  } else {
    // "4 November", "the 4th of November"
    let k = j;
    if (lower(ctx, k) === 'the' && weekday === undefined) k++;
    const d = dayAt(ctx, k) ?? ordinalAt(ctx.words, k)?.n ?? null;
    if (d === null || d > 31) return null;
    let m = k + 1;
    if (lower(ctx, m) === 'of') m++;
    month = monthAt(ctx, m);
    if (month === null) return null;
    day = d;
    end = m + 1;
  }
  if (weekday !== undefined && day === null) return null;
  // year: ", 2022", "2022", "of 2022", "this year", "last year"
  let year: number | null = null;
  let k = end;
  if (lower(ctx, k) === ',' || (lower(ctx, k) === 'of' && day === null)) k++;
  const explicit = yearAt(ctx, k);
  const spoken = explicit === null ? spokenYearAt(ctx, k, true) : null;
  if (explicit !== null) {
    year = explicit;
    end = k + 1;
  } else if (spoken) {
    year = spoken.year;
    end = spoken.end;
  } else if (/^'\d\d$/.test(lower(ctx, end))) {
    year = 1900 + Number(lower(ctx, end).slice(1));
    if (ctx.ref && year + 100 <= ctx.ref.y + 10) year += 100;
    end++;
  } else if (ctx.ref && lower(ctx, end + 1) === 'year' && ['this', 'last', 'next'].includes(lower(ctx, end))) {
    year = ctx.ref.y + (lower(ctx, end) === 'last' ? -1 : lower(ctx, end) === 'next' ? 1 : 0);
    end += 2;
  }
  if (year === null) year = yearForMonth(ctx, month, day, start, end, relative);
  if (day !== null && year !== null && !isValidDate(year, month, day)) return null;
  const y = year === null ? 'XXXX' : formatYear(year);
  const mm = String(month).padStart(2, '0');
  const value = day === null ? `${y}-${mm}` : `${y}-${mm}-${String(day).padStart(2, '0')}`;
  const anchor: Anchor | undefined = year === null ? undefined : day === null ? { y: year, m: month } : { y: year, m: month, d: day };
  const first: Found = { from: start, to: end, type: 'date', value, anchor };
  const items = [settled(first)];
  // "November 14 and 18", "Nov. 14-18": the second day of a range is an expression of its own
  if (day !== null && rangeConnectors.has(lower(ctx, end))) {
    const second = dayAt(ctx, end + 1);
    const after = lower(ctx, end + 2);
    if (second !== null && second > day && !units.has(after) && monthAt(ctx, end + 2) === null && after !== ':' && after !== '%') {
      const value2 = `${y}-${mm}-${String(second).padStart(2, '0')}`;
      items.push(settled({ from: end + 1, to: end + 2, type: 'date', value: value2, anchor: year !== null ? { y: year, m: month, d: second } : undefined }));
    }
  }
  return { end: items[items.length - 1]!.to, items };
};

/** "the 15th", "the 15th and 16th of the same month", "16th of this month" */
export const matchOrdinalDay: Matcher = (ctx, i) => {
  let j = i;
  const hasThe = lower(ctx, j) === 'the';
  if (hasThe) j++;
  const first = ordinalDigits(lower(ctx, j)) !== null ? dayAt(ctx, j) : null;
  if (first === null) return null;
  const days: Array<{ day: number; from: number; to: number }> = [{ day: first, from: i, to: j + 1 }];
  let k = j + 1;
  if (['and', 'to', '-', 'or', 'through'].includes(lower(ctx, k))) {
    const m = lower(ctx, k + 1) === 'the' ? k + 2 : k + 1;
    const second = ordinalDigits(lower(ctx, m)) !== null ? dayAt(ctx, m) : null;
    if (second !== null) {
      days.push({ day: second, from: k + 1, to: m + 1 });
      k = m + 1;
    }
  }
  // which month: "of the same month", "of this month", else the last month mentioned
  let month: { y: number; m: number } | null = null;
  let end = k;
  if (lower(ctx, k) === 'of') {
    const words = [lower(ctx, k + 1), lower(ctx, k + 2), lower(ctx, k + 3)];
    if (words[0] === 'the' && words[1] === 'same' && words[2] === 'month') { end = k + 4; month = anchorMonth(ctx); }
    else if (['this', 'that'].includes(words[0]!) && words[1] === 'month') { end = k + 3; month = words[0] === 'this' && ctx.ref ? { y: ctx.ref.y, m: ctx.ref.m } : anchorMonth(ctx); }
    else if (['next', 'last'].includes(words[0]!) && words[1] === 'month' && ctx.ref) { end = k + 3; month = monthShift(ctx.ref.y, ctx.ref.m, words[0] === 'next' ? 1 : -1); }
  }
  if (end === k) {
    // bare "the 15th": only with "the" or "on" before it and no noun after it ("the 15th century")
    const next = wordAt(ctx, k);
    if (!hasThe && lower(ctx, i - 1) !== 'on') return null;
    if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return null;
    month = anchorMonth(ctx) ?? (ctx.ref ? { y: ctx.ref.y, m: ctx.ref.m } : null);
  }
  const items: Found[] = days.map((d, index) => {
    const to = index === days.length - 1 ? end : d.to;
    if (!month || !isValidDate(month.y, month.m, d.day)) return settled({ from: d.from, to, type: 'date', value: `XXXX-XX-${String(d.day).padStart(2, '0')}` });
    const date = { y: month.y, m: month.m, d: d.day };
    return settled({ from: d.from, to, type: 'date', value: formatDay(date), anchor: date });
  });
  return { end, items };
};

function anchorMonth(ctx: Context): { y: number; m: number } | null {
  const a = ctx.anchor;
  return a && a.m !== undefined ? { y: a.y, m: a.m } : null;
}


/** "Friday", "last Friday", "Friday night", "Friday Washington time", "Tuesdays" */
export const matchWeekday: Matcher = (ctx, i) => {
  let j = i;
  let relative: number | null = null;
  const rel = matchPhrase(relativeDeterminers, ctx.words, j);
  if (rel && weekdays.has(lower(ctx, rel.end))) {
    relative = rel.value;
    j = rel.end;
  }
  const word = wordAt(ctx, j);
  if (!isCapitalized(word) && relative === null) return null;
  const plural = weekdayPlurals.get(lower(ctx, j));
  if (plural !== undefined && relative === null) {
    const part = partsOfDay.get(lower(ctx, j + 1));
    return single({ from: i, to: part ? j + 2 : j + 1, type: 'set', value: `XXXX-WXX-${plural}${part ? `T${part}` : ''}` });
  }
  const weekday = weekdays.get(lower(ctx, j));
  if (weekday === undefined) return null;
  if (word && word.text.endsWith('.') && word.text.length <= 5 && lower(ctx, j + 1) === '') return null;
  let end = j + 1;
  const part = partsOfDay.get(lower(ctx, end));
  const partPlural = lower(ctx, end) === 'nights' || lower(ctx, end) === 'mornings';
  if (partPlural) return single({ from: i, to: end + 1, type: 'set', value: `XXXX-WXX-${weekday}T${lower(ctx, end) === 'nights' ? 'NI' : 'MO'}` });
  if (part) end++;
  end = zoneEnd(ctx, end);
  // "Wednesday's ruling": something the story reports, so already past
  const possessive = lower(ctx, end) === "'s" ? 'past' : undefined;
  const { value, anchor } = weekdayValue(ctx, weekday, i, end, relative, possessive);
  return single({ from: i, to: end, type: part ? 'time' : 'date', value: part ? `${value}T${part}` : value, anchor: anchor ?? undefined });
};


/** "2007", "fiscal 1998", "fiscal year 1998", "the year 2000", "'98" after "in" */
export const matchYear: Matcher = (ctx, i) => {
  let j = i;
  if (lower(ctx, j) === 'the' && lower(ctx, j + 1) === 'year') j += 2;
  else if (lower(ctx, j) === 'fiscal') {
    j++;
    if (lower(ctx, j) === 'year') j++;
  }
  const year = yearAt(ctx, j);
  if (year === null) return null;
  const word = ctx.words[j]!;
  if (word.pos !== 'NUM' && word.pos !== 'PROPN' && word.pos !== 'NOUN' && word.pos !== 'ADJ') return null;
  return single({ from: i, to: j + 1, type: 'date', value: formatYear(year), anchor: { y: year } });
};


/** "nineteen ninety-six", "nineteen eighty", "the year two thousand": years as broadcast transcripts spell them */
export const matchSpokenYear: Matcher = (ctx, i) => {
  let j = i;
  const yearNoun = lower(ctx, j) === 'the' && lower(ctx, j + 1) === 'year';
  if (yearNoun) j += 2;
  const spoken = spokenYearAt(ctx, j, yearNoun);
  if (!spoken) return null;
  return single({ from: i, to: spoken.end, type: 'date', value: formatYear(spoken.year), anchor: { y: spoken.year } });
};

/** "nineteen ninety-six"; "two thousand (and) one" only where a year is expected, as it is also a count */
function spokenYearAt(ctx: Context, i: number, yearExpected: boolean): { year: number; end: number } | null {
  const century = numberWords.get(lower(ctx, i));
  if (century === undefined) return null;
  if (century === 2 && yearExpected && lower(ctx, i + 1) === 'thousand') {
    let k = i + 2;
    if (lower(ctx, k) === 'and') k++;
    const rest = numberWords.has(lower(ctx, k)) ? quantityAt(ctx.words, k) : null;
    if (rest && rest.n !== null && Number.isInteger(rest.n) && rest.n >= 1 && rest.n < 100) return { year: 2000 + rest.n, end: rest.end };
    return { year: 2000, end: i + 2 };
  }
  if (century < 10 || century > 20) return null;
  const tens = quantityAt(ctx.words, i + 1);
  if (!tens || tens.n === null || tens.n < 10 || tens.n > 99 || !numberWords.has(lower(ctx, i + 1))) return null;
  return { year: century * 100 + tens.n, end: tens.end };
}


/**
 * "the 1990s", "'90s", "1990s", "the nineties" -> decade "199" (TIMEX3 writes a decade as its first three digits,
 * as the TempEval-3 annotators did); "the 1800s" -> century "18": a "00s" before 2000 names the hundred years.
 */
export const matchDecade: Matcher = (ctx, i) => {
  let j = i;
  if (lower(ctx, j) === 'the') j++;
  const text = lower(ctx, j);
  let decade: number | null = null;
  const word = decadeWords.get(text);
  if (word !== undefined && j > i) decade = 190 + word;
  const full = /^(1[0-9]|20)(\d)0'?s$/.exec(text);
  if (full) decade = Number(full[1]) * 10 + Number(full[2]);
  const short = /^'(\d)0s$/.exec(text);
  if (short) decade = 190 + Number(short[1]);
  if (decade === null) return null;
  if (full && full[2] === '0' && full[1] !== '20') {
    const century = Number(full[1]);
    return single({ from: i, to: j + 1, type: 'date', value: String(century), anchor: { y: century * 100, span: 'CE' } });
  }
  return single({ from: i, to: j + 1, type: 'date', value: String(decade), anchor: { y: decade * 10, span: 'DE' } });
};


/** Another "Nth century" among the next few words of the sentence ("unlike the 20th, the 21st century") */
function centuryFollows(ctx: Context, from: number): boolean {
  for (let k = from; k < Math.min(ctx.words.length, from + 5); k++) {
    const ordinal = ordinalAt(ctx.words, k);
    if (ordinal && /^centur(?:y|ies)$/.test(lower(ctx, ordinal.end))) return true;
  }
  return false;
}

const centuryItem = (from: number, to: number, n: number): Found => ({ from, to, type: 'date', value: String(n - 1).padStart(2, '0'), anchor: { y: (n - 1) * 100, span: 'CE' } });

/** "the 20th century", "this century", "the 19th and 20th centuries", "the 21st" when the text speaks of centuries */
export const matchCentury: Matcher = (ctx, i) => {
  let j = i;
  if (lower(ctx, j) === 'the') j++;
  if (lower(ctx, j) === 'this' && lower(ctx, j + 1) === 'century' && ctx.ref) {
    const century = Math.floor(ctx.ref.y / 100);
    return single({ from: i, to: j + 2, type: 'date', value: String(century), anchor: { y: century * 100, span: 'CE' } });
  }
  const ordinal = ordinalAt(ctx.words, j);
  if (!ordinal || ordinal.n < 1 || ordinal.n > 21) return null;
  const noun = lower(ctx, ordinal.end);
  if (noun === 'century' || (noun === '-' && lower(ctx, ordinal.end + 1) === 'century')) {
    return single(centuryItem(i, noun === '-' ? ordinal.end + 2 : ordinal.end + 1, ordinal.n));
  }
  // "the 19th and 20th centuries": two centuries, the first one's noun left out
  if (rangeConnectors.has(noun)) {
    const k = lower(ctx, ordinal.end + 1) === 'the' ? ordinal.end + 2 : ordinal.end + 1;
    const second = ordinalAt(ctx.words, k);
    if (second && second.n > ordinal.n && second.n <= 21 && /^centur(?:y|ies)$/.test(lower(ctx, second.end))) {
      return { end: second.end + 1, items: [settled(centuryItem(i, ordinal.end, ordinal.n)), settled(centuryItem(k, second.end + 1, second.n))] };
    }
  }
  // a bare "the 21st" after a century was named, or just before one ("unlike the 20th, the 21st century"), is a
  // century, not a day of some month
  const centuryNear = ctx.anchor?.span === 'CE' || centuryFollows(ctx, ordinal.end);
  if (j > i && centuryNear && noun !== 'of' && lower(ctx, i - 1) !== 'on' && monthAt(ctx, ordinal.end) === null) {
    const next = wordAt(ctx, ordinal.end);
    if (!next || !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos)) return single(centuryItem(i, ordinal.end, ordinal.n));
  }
  return null;
};


/** "year-end", "year end", "year's end": the end of the reference year */
export const matchYearEnd: Matcher = (ctx, i) => {
  if (lower(ctx, i) !== 'year') return null;
  let j = i + 1;
  if (lower(ctx, j) === '-' || lower(ctx, j) === "'s") j++;
  if (lower(ctx, j) !== 'end') return null;
  if (lower(ctx, i - 1) === 'the' || lower(ctx, j + 1) === 'of') return null;
  return single({ from: i, to: j + 1, type: 'date', value: ctx.ref ? formatYear(ctx.ref.y) : null, mod: 'END' });
};


/** "Christmas", "Thanksgiving Day", "New Year's Day" */
export const matchHoliday: Matcher = (ctx, i) => {
  if (!isCapitalized(wordAt(ctx, i))) return null;
  const phrase = matchPhrase(holidays, ctx.words, i);
  if (!phrase) return null;
  let end = phrase.end;
  let year = ctx.ref?.y ?? null;
  const explicit = yearAt(ctx, end);
  if (explicit !== null) { year = explicit; end++; }
  if (phrase.value === 'THANKSGIVING') {
    return single({ from: i, to: end, type: 'date', value: year === null ? null : formatDay(thanksgiving(year)) });
  }
  return single({ from: i, to: end, type: 'date', value: `${year === null ? 'XXXX' : formatYear(year)}-${phrase.value}` });
};


/** "2022-11-04", "11/04/2022", "10/27/89" */
export const matchNumericDate: Matcher = (ctx, i) => {
  const word = lower(ctx, i);
  // both forms open with a digit
  if (!startsWithDigit(word)) return null;
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(word);
  if (slash) {
    let y = Number(slash[3]);
    if (y < 100) y += y > 30 ? 1900 : 2000;
    const m = Number(slash[1]);
    const d = Number(slash[2]);
    if (!isValidDate(y, m, d)) return null;
    return single({ from: i, to: i + 1, type: 'date', value: formatDay({ y, m, d }), anchor: { y, m, d } });
  }
  if (YEAR.test(word) && lower(ctx, i + 1) === '-' && lower(ctx, i + 3) === '-') {
    const m = Number(lower(ctx, i + 2));
    const d = Number(lower(ctx, i + 4));
    const y = Number(word);
    if (/^\d{2}$/.test(lower(ctx, i + 2)) && /^\d{2}$/.test(lower(ctx, i + 4)) && isValidDate(y, m, d)) {
      return single({ from: i, to: i + 5, type: 'date', value: formatDay({ y, m, d }), anchor: { y, m, d } });
    }
  }
  return null;
};

