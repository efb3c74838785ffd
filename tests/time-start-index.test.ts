import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { parseIsoDate } from '../src/stages/time/calendar';
import type { Anchor, Context } from '../src/stages/time/context';
import { allMatchers, matchersAt } from '../src/stages/time/grammar';
import { closePastVerb, directionAt } from '../src/stages/time/tense';
import { wordsOf } from '../src/stages/time/words';

/**
 * The time grammar tries at a word only the matchers its start index names for that word. A word missing from a
 * matcher's start list would drop that matcher's expressions there without any error, so every matcher is run at
 * every word of the time tests' sentences, the fixtures and the dev corpora, under several anchors, and wherever
 * one matches, the index must have named it.
 */

/** The first string of each table row (`['sentence', ...]`) of the time tests: the sentences they were written for. */
function timeTestSentences(): string[] {
  const sentences: string[] = [];
  for (const file of ['time.test.ts', 'time-conventions.test.ts', 'time-match-play.test.ts']) {
    for (const line of readFileSync(join(import.meta.dirname, file), 'utf8').split('\n')) {
      const literal = /^\s*\[\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/.exec(line)?.[1];
      if (literal) sentences.push(new Function(`return ${literal}`)() as string);
    }
  }
  return sentences;
}

/** One or more openings of each matcher the time tests' sentences may not hold: each start word kind the index lists. */
const OPENINGS = [
  'The vote ran past midnight and resumed at midday, then again at noon Thursday and at 0900 GMT on Friday.',
  "Prices doubled in the '90s, and again in the nineties; in fiscal year 1998 and in the year 2000 they fell.",
  'In winter and since spring 2014, the paper has come out daily, each July and every two weeks, and per year.',
  'For years, within weeks, Christmas Eve and Thanksgiving Day 2019 came nowadays, lately and at present.',
  'Tonight, the day before yesterday and 2022-11-04 or 11/04/2022 mattered; nineteen ninety-six did too.',
  'Those three days, these past months, the first nine months and a couple of weeks later, several years ago.',
  'The 20th century, this century, the 19th and 20th centuries, the third quarter of 1998, that quarter, the latest period.',
  'Year-end results came about three months after the end of the year, early 1998 and mid-November.',
  'The same month, the following year, recent months, coming weeks, the current quarter and last Friday night.',
];

function fixtureTexts(): string[] {
  const dir = join(import.meta.dirname, '..', 'fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** Dev splits only (never a held-back slice): news the rules were not written from. */
const DEV = ['meantime-dev.jsonl', 'wikievents-dev.jsonl'].map((f) => resolve('../shared/eval', f));

function devTexts(): string[] {
  return DEV.filter((f) => existsSync(f)).flatMap((f) =>
    readFileSync(f, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text));
}

const ANCHORS: Array<Anchor | null> = [null, { y: 2020, m: 5, d: 3 }, { y: 2020, q: 2 }, { y: 1900, span: 'CE' }];

/** Where a matcher matched at a word the index did not give it: "matcher at 'word' in '...sentence...'". */
function missedStarts(text: string): string[] {
  const doc = runUntil(createDoc(text, '2022-11-13'), 'tokens');
  const layer = doc.tokens!;
  const missed: string[] = [];
  for (const sentence of layer.sentences) {
    const words = wordsOf(layer.tokens, sentence.tokenStart, sentence.tokenEnd);
    for (const anchor of ANCHORS) {
      for (const matchReport of [false, true]) {
        const ctx: Context = {
          words,
          ref: parseIsoDate('2022-11-13'),
          anchor,
          anchorDistance: anchor ? 1 : Infinity,
          sentenceYear: null,
          matchReport: () => matchReport,
          titleCase: false,
          habitual: () => false,
          direction: (from, to) => directionAt(layer.tokens, sentence, words[from]!.token, words[Math.max(from, to - 1)]!.token + 1),
          closePast: (from) => closePastVerb(layer.tokens, sentence, words[from]!.token),
        };
        for (let i = 0; i < words.length; i++) {
          const indexed = matchersAt(ctx, i);
          for (const matcher of allMatchers) {
            const match = matcher(ctx, i);
            if (match && match.end > i && !indexed.includes(matcher)) {
              missed.push(`${matcher.name} at '${words[i]!.text}' in '${doc.source.slice(words[0]!.start, words[words.length - 1]!.end)}'`);
            }
          }
        }
      }
    }
  }
  return [...new Set(missed)];
}

describe('time: start index', () => {
  it('names no matcher at a word no expression opens with, and fewer than all at "the" and "a"', () => {
    const ctx = (word: string) => ({ words: [{ text: word, lower: word, start: 0, end: word.length, pos: 'X', token: 0 }] }) as unknown as Context;
    expect(matchersAt(ctx('government'), 0)).toEqual([]);
    expect(matchersAt(ctx('said'), 0)).toEqual([]);
    expect(matchersAt(ctx('the'), 0).length).toBeLessThan(allMatchers.length);
    expect(matchersAt(ctx('a'), 0).length).toBeLessThan(allMatchers.length);
    expect(matchersAt(ctx('1998'), 0).length).toBeGreaterThan(0);
    expect(matchersAt(ctx("'90s"), 0).length).toBeGreaterThan(0);
  });

  it('keeps the listed order, which decides ties', () => {
    const ctx = { words: [{ text: 'the', lower: 'the', start: 0, end: 3, pos: 'DET', token: 0 }] } as unknown as Context;
    const indexed = matchersAt(ctx, 0);
    const order = indexed.map((m) => allMatchers.indexOf(m));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('misses no matcher on the time tests\' sentences and a few openings of each matcher', () => {
    const sentences = timeTestSentences();
    expect(sentences.length).toBeGreaterThan(150);
    expect([...sentences, ...OPENINGS].flatMap(missedStarts)).toEqual([]);
  });

  it('misses no matcher on the fixtures', () => {
    expect(fixtureTexts().flatMap(missedStarts)).toEqual([]);
  });

  it.skipIf(!DEV.some((f) => existsSync(f)))('misses no matcher on the dev corpora (../shared/eval)', () => {
    expect(devTexts().flatMap(missedStarts)).toEqual([]);
  }, 120_000);
});
