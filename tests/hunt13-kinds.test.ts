import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// kinds of error found on made-up pages nobody tuned for (hunt 13: a cabin crew strike, a rate decision, a
// wildfire, a ransomware attack, a musician's obituary, a drug approval, a storm, an art auction), written here
// in other words

const times = (text: string): string[][] =>
  extractBriefing(text, { publishedAt: '2026-11-20' }).timeExpressions.map((t) => [t.text, t.value ?? '']);

describe('a clock time right after a written-out day is that day, not the reference date', () => {
  it.each([
    ['By Anna Berg, Health Editor Monday 16 November 2026 08:15 GMT\n\nNurses voted to strike.', '08:15 GMT', '2026-11-16T08:15'],
    ['Oskar Lind\nCity Reporter\nWednesday 18 November 2026, 17:05\n\nThe bridge was closed.', '17:05', '2026-11-18T17:05'],
    ['Published Mon 16 Nov 2026 // 09:30 UTC\n\nA school was closed.', '09:30 UTC', '2026-11-16T09:30'],
    ['Oct 30, 2026, 4:45pm\n\nThe council met.', '4:45pm', '2026-10-30T16:45'],
    // no day before it: the reference date, as before
    ['The council met. The vote was held at 16:30 and passed easily.', '16:30', '2026-11-20T16:30'],
    // a day further back in the sentence does not date it
    ['The ferry left on Monday 16 November with 40 cars and docked at 11:20 after a rough crossing.', '11:20', '2026-11-20T11:20'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });
});

describe('a clock time with am/pm that ends the sentence is read', () => {
  it.each([
    ['Flights were grounded. The last plane left at 3pm.', '3pm', '2026-11-20T15:00'],
    ['The road was shut. It reopened at 10.30am. Drivers were warned of delays.', '10.30am', '2026-11-20T10:30'],
  ])('%s', (text, expression, value) => {
    expect(times(text)).toContainEqual([expression, value]);
  });
});

describe('a trigger word inside a longer name is no event', () => {
  const eventsOf = (text: string): string[] => extractBriefing(text, { publishedAt: '2026-11-20' }).events.map((e) => `${e.type}:${e.trigger.text}`);
  it.each([
    ['The Met Office issued a yellow warning. Met Office forecaster Jane Doyle said the rain would ease by the evening.', 'meeting:Met'],
  ])('%s', (text, event) => {
    expect(eventsOf(text)).not.toContain(event);
  });
  it('the same word outside a name is still an event', () => {
    expect(eventsOf('The two leaders met in Geneva on Tuesday to discuss the ceasefire.').some((e) => e.startsWith('meeting:'))).toBe(true);
  });
});
