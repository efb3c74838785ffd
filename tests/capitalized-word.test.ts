import { describe, expect, it } from 'vitest';
import { isCapitalizedWord } from '../src/stages/entities/capitalized';

// isCapitalizedWord passes most words by their first character (ASCII other than A-Z) before its regular expression:
// the table holds the words where the early exit and the expression must agree
describe('isCapitalizedWord at the edges of its first-character test', () => {
  it.each([
    ['', false],
    ['A', false],
    ['Ab', true],
    ['Zz', true],
    ['@b', false],
    ['[b', false],
    ['ab', false],
    ['1b', false],
    ['"Le', false],
    ['Ñu', true],
    ['ñu', false],
    ['Ωmega', true],
    ['\u00c0b', true],
  ])('%j -> %s', (word, expected) => {
    expect(isCapitalizedWord(word)).toBe(expected);
  });
});
