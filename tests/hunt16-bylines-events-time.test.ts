import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';

// Bylines, events and times met on made-up news pages (hunt 16): one table per kind, with control rows.

describe('a role after the byline names is no author', () => {
  it.each([
    ['By Tomasz Wierzbicki, Health and Science Editor', ['Tomasz Wierzbicki']],
    ['By Tomasz Wierzbicki,\u00a0Health and Science Editor', ['Tomasz Wierzbicki']],
    ['By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['By Jane Roe, John Doe and Ann Lee', ['Jane Roe', 'John Doe', 'Ann Lee']],
  ])('%s', (byline, names) => {
    const text = `Daily walk linked to lower dementia risk\n\n${byline}\n\nPeople who walk about 7,000 steps a day have a lower risk of dementia, a study found.`;
    expect(extractBriefing(text).source.credits.filter((c) => c.role === 'author').map((c) => c.name)).toEqual(names);
  });
});

describe('a medical attack is no violence', () => {
  it.each([
    ['He had suffered a heart attack while awaiting trial.', []],
    ['She had a panic attack on the train.', []],
    ['Gunmen carried out an attack on the base on Monday.', ['attack']],
    // the medical modifier stands before the noun: a "panic" after it is no heart or panic attack
    ['An attack panicking shoppers in the market left two people hurt on Monday.', ['attack']],
  ])('%s', (text, types) => {
    expect(extractBriefing(text, { publishedAt: '2026-11-30' }).events.map((e) => e.type)).toEqual(types);
  });
});

describe('"the second quarter in a row" is a count, not a date', () => {
  it.each([
    ['This is the second quarter in a row where deals have slipped.', []],
    ['Sales fell for the third quarter running, the company said.', []],
    ['Profit fell in the second quarter, the company said.', ['2026-Q2']],
    ['Revenue fell for the third quarter straight, the company said.', []],
    ["The company's second-quarter running costs rose 4%, it said.", ['2026-Q2']],
  ])('%s', (text, values) => {
    expect(extractBriefing(text, { publishedAt: '2026-11-30' }).timeExpressions.filter((t) => /Q\d/.test(t.value ?? '')).map((t) => t.value)).toEqual(values);
  });
});
