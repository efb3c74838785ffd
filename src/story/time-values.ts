/**
 * TIMEX3 date values as day intervals, to tell whether two reports can
 * place one event at the same time. Values with unknown parts ("XXXX-11-04",
 * "PRESENT_REF") give null: they agree with anything.
 */
export interface DayRange {
  /** days since 1970-01-01, inclusive */
  from: number;
  to: number;
  /** 'day' | 'week' | 'month' | 'year' */
  precision: 'day' | 'week' | 'month' | 'year';
}

const DAY = 86_400_000;

export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const d = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY;
    return { from: d, to: d, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday
    const jan4 = Date.UTC(Number(m[1]), 0, 4) / DAY;
    const monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7) + (Number(m[2]) - 1) * 7;
    return { from: monday, to: monday + 6, precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const from = Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) / DAY;
    return { from, to: Date.UTC(Number(m[1]), Number(m[2]), 1) / DAY - 1, precision: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: Date.UTC(Number(m[1]), 0, 1) / DAY, to: Date.UTC(Number(m[1]) + 1, 0, 1) / DAY - 1, precision: 'year' };
  return null;
}

/** Can two ranges hold the same occasion, allowing `slack` days for reports that round ("this week", "next week")? */
export function rangesMeet(x: DayRange | null, y: DayRange | null, slack = 7): boolean {
  if (!x || !y) return true;
  return x.from <= y.to + slack && y.from <= x.to + slack;
}

/** Can two values name the same occasion? */
export function compatibleTimes(a: string | null | undefined, b: string | null | undefined, slack = 7): boolean {
  return rangesMeet(dayRange(a), dayRange(b), slack);
}

/** how far news looks back at what happened, or ahead to what is planned, when it gives no date */
const NEWS_HORIZON_DAYS = 31;

/**
 * When an undated report can place its event: a past event in the month
 * before publication, a planned one in the month after. Null without a
 * publication date.
 */
export function undatedRange(published: string, tense: 'past' | 'future'): DayRange | null {
  const day = dayRange(published);
  if (!day || day.precision !== 'day') return null;
  return tense === 'past'
    ? { from: day.from - NEWS_HORIZON_DAYS, to: day.from, precision: 'month' }
    : { from: day.from, to: day.from + NEWS_HORIZON_DAYS, precision: 'month' };
}
