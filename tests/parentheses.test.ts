import { describe, expect, test } from 'vitest';
import { openingParenthesisBefore } from '../src/nlp/parentheses';

const tokens = (text: string) => text.split(' ').map((t) => ({ text: t }));

describe('openingParenthesisBefore', () => {
  test.each([
    ['an aside', 'the APEC ( Asia-Pacific Economic Cooperation ) summit', 6, 0, 2],
    ['the nearest "(" (nesting is not counted)', 'a ( b ( c ) d )', 5, 0, 3],
    ['no "(" before the ")"', 'a b ) c', 2, 0, -1],
    ['the "(" below the floor is not read', 'a ( b c ) d', 4, 2, -1],
    ['the "(" on the floor is', 'a ( b c ) d', 4, 1, 1],
    ['an empty range', '( )', 0, 0, -1],
  ])('%s', (_name, text, close, floor, expected) => {
    expect(openingParenthesisBefore(tokens(text), close, floor)).toBe(expected);
  });
});
