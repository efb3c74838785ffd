import type { Span } from '../../document';
import type { EventTime, TimeExpression } from '../../schema';

/** kinds of time expression that can place an event; durations and sets cannot */
const PLACING_TYPES = new Set(['date', 'time']);

/** "since September": the start of a span of time, not when the event happens */
const ANCHOR_ONLY = /\b(?:since|until|till)\s{1,3}$/i;

/** a comma or semicolon between trigger and time counts as this many characters more */
const CLAUSE_PENALTY = 60;

/**
 * a clause of its own lies between trigger and time: "meeting since Kishida took office in September",
 * "the by-election was called after the MP resigned in September" ("after" or "before" right before the time
 * itself, "shortly before 3am", still places the event)
 */
const OTHER_CLAUSE = /\b(?:since|because|when|who)\b|\b(?:after|before)\s+\S+\s+\S/i;

/** a time before the trigger that dates the reporting: "said on Saturday that a meeting ..." */
const REPORTING = /\b(?:that|said|says|told)\b/i;

/** words that may open another clause, each counted like a comma */
const SUBORDINATOR = /\b(?:which|whereas|while)\b/gi;

function clauseBreaks(source: string, gap: Span): number {
  let n = 0;
  for (let i = gap.start; i < gap.end; i++) if (source[i] === ',' || source[i] === ';') n++;
  const text = source.slice(gap.start, gap.end);
  for (const _ of text.matchAll(SUBORDINATOR)) n++;
  return n;
}

/** a time further than this (UTF-16 units) from the trigger is more likely about another clause */
const MAX_DISTANCE = 120;

/**
 * The time expression of the trigger's sentence nearest to the trigger, as
 * the event's time (linked by id), or null. Nearness is in characters, a
 * comma or semicolon in between counting extra (another clause); times
 * introduced by "since"/"until" and vague references (PAST_REF) never place
 * an event.
 */
export function linkTime(source: string, times: readonly TimeExpression[], sentence: Span, trigger: Span): EventTime | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    if (t.span.start < sentence.start || t.span.end > sentence.end) continue;
    // "recent", "now": PAST_REF and the like say nothing about when
    if (!PLACING_TYPES.has(t.type) || t.value?.endsWith('_REF')) continue;
    if (ANCHOR_ONLY.test(source.slice(Math.max(sentence.start, t.span.start - 8), t.span.start))) continue;
    const gap = t.span.start >= trigger.end ? { start: trigger.end, end: t.span.start } : { start: t.span.end, end: trigger.start };
    const raw = gap.end - gap.start;
    if (raw > MAX_DISTANCE) continue;
    const gapText = source.slice(gap.start, gap.end);
    if (OTHER_CLAUSE.test(gapText) || (t.span.end <= trigger.start && REPORTING.test(gapText))) continue;
    const distance = raw + CLAUSE_PENALTY * clauseBreaks(source, gap);
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best ? toEventTime(best) : null;
}

function toEventTime(t: TimeExpression): EventTime {
  return { text: t.text, value: t.value, span: t.span, timeId: t.id };
}

/** True when a calendar value (YYYY-MM-DD, YYYY-MM) lies wholly after the reference date. */
export function isAfter(value: string | null, referenceDate: string | null): boolean {
  if (!value || !referenceDate) return false;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10) > referenceDate.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(value)) return value > referenceDate.slice(0, 7);
  if (/^\d{4}$/.test(value)) return value > referenceDate.slice(0, 4);
  return false;
}

/** True when a year or month value (YYYY, YYYY-MM) ends before the reference date's year or month. */
export function whollyBefore(value: string | null, referenceDate: string | null): boolean {
  if (!value || !referenceDate) return false;
  if (/^\d{4}-\d{2}$/.test(value)) return value < referenceDate.slice(0, 7);
  if (/^\d{4}$/.test(value)) return value < referenceDate.slice(0, 4);
  return false;
}

/**
 * How precisely a value places an event: a day beats a week beats a month
 * beats a year; unknown values rank last. Used to pick a merged event's time.
 */
export function specificity(value: string | null): number {
  if (!value) return 0;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 5;
  if (/^\d{4}-W\d{2}$/.test(value)) return 4;
  if (/^\d{4}-\d{2}$/.test(value)) return 3;
  if (/^[\dX]{4}-\d{2}-\d{2}/.test(value)) return 2;
  if (/^\d{4}/.test(value)) return 1;
  return 0;
}
