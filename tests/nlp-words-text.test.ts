import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { wordsText } from '../src/nlp/words-text';

/** The tokens' words joined as wordsText joins them, for the whole text. */
const joined = (text: string): string => wordsText(runUntil(createDoc(text), 'tokens').tokens!.tokens);

describe('nlp/words-text: token words joined with the spacing the source has', () => {
  it.each([
    ['Baden-Württemberg', 'Baden-Württemberg'],
    ['South   Carolina', 'South Carolina'],
    ['Washington, D.C.', 'Washington, D.C.'],
    ["O'Brien's", "O'Brien's"],
  ])('%s', (text, expected) => {
    expect(joined(text)).toBe(expected);
  });
});
