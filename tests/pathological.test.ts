import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src';

/**
 * Inputs that once took minutes or overflowed the stack: wink-nlp's tokenizer
 * is quadratic in the length of a run without spaces, sentence-initial flags
 * were quadratic in a sentence of punctuation, reported speech in a sentence
 * that never ends, and Math.max(...) over 100,000 sentences overflowed. Each
 * must now come back with a Briefing; the timeout only catches a hang (these
 * take well under a second each).
 */
const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('pathological inputs end with a briefing, not a hang or a crash', () => {
  it.each([
    ['a hyphen chain with no spaces', repeat('Abc-', 150_000)],
    ['one 150,000-letter word', repeat('A', 150_000)],
    ['150,000 quotation marks', repeat('"', 150_000)],
    ['quotation marks separated by spaces', repeat('" ', 150_000)],
    ['a sentence that never ends, full of cues', repeat('he said that ', 150_000)],
    // 'expect X to' and 'see X as Y' read an object before their content (review of round 25, F7)
    ['a sentence that never ends, full of view cues', repeat('officials expect the deal to close and see it as a win ', 150_000)],
    ['a sentence that never ends, full of quotes and cues', repeat('Kishida said "Yes," and Xi said "No," ', 150_000)],
    ['40,000 one-word paragraphs', repeat('Word.\n\n', 300_000)],
    ['a list of one place', repeat('Tokyo, ', 150_000)],
  ])('%s', (_name, text) => {
    const briefing = extractBriefing(text, { publishedAt: '2022-11-13' });
    expect(briefing.body.sentences.length).toBeGreaterThan(0);
    for (const q of briefing.quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
  }, 30_000);
});
