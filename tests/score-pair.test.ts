import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { isScorePair } from '../src/nlp/score-pair';

// One score shape (src/nlp/score-pair.ts) for the quote stage's speaker labels and the entity pass on sports teams: the
// labels' own test took one or two digits and no slash, so "103-98" and "3/1" headlines were read as speakers.
describe('isScorePair', () => {
  it.each([
    ['2-1', true],
    ['2–1', true],
    ['52-48', true],
    ['402-7', true],
    ['103-98', true],
    ['3/0', true],
    ['6/4', true],
    ['2024', false],
    ['1-8000', false],
    ['3:1', false],
    ['2-1-0', false],
    ['2 - 1', false],
    ['A-1', false],
    ['2—1', false],
  ])('%s: %s', (text, expected) => {
    expect(isScorePair(text)).toBe(expected);
  });
});

const quotes = (text: string) => extractBriefing(text, { publishedAt: '2026-11-30' }).quotes.map((q) => `${q.kind} [${q.speaker?.name ?? '-'}] ${q.text}`);

describe('a headline holding a score before its colon is a result, no speaker label', () => {
  it.each(['3-1', '3–1', '103-98', '402-7', '3/1'])('Lakeside Hornets %s Bayview Comets:', (score) => {
    expect(quotes(`Lakeside Hornets ${score} Bayview Comets: Okafor double sends Hornets top\n\nThe match was close.`)).toEqual([]);
  });

  it('a speaker label with no score still speaks', () => {
    expect(quotes('Pat Caddell: Democrat voters worried about the race\n\nThe pollster spoke on Monday.').some((q) => q.includes('[Pat Caddell]'))).toBe(true);
  });
});
