import { describe, expect, it } from 'vitest';
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { tokenAfterClosingMark } from '../src/nlp/quotation-marks';

function tokensOf(text: string): readonly Token[] {
  return runUntil(createDoc(text), 'tokens').tokens!.tokens;
}

describe('tokenAfterClosingMark: where an attribution after a quotation can start', () => {
  it.each([
    // [text, the closing mark as written (its last occurrence), the token expected after it]
    ['"We will go," he said.', '"', 'he'],
    // a nested quotation's closing mark written right after the close is passed over
    ["He recalled, ``He sang 'We'll bomb them,''' said McCain.", "''", 'said'],
    // one set off by a space is not the nested quotation's
    ["He recalled, ``We go,'' 'Tis said.", "''", "'"],
    // nothing after the close
    ['She said "no."', '"', undefined],
  ])('%s', (text, mark, expected) => {
    const tokens = tokensOf(text);
    const closeEnd = text.lastIndexOf(mark) + mark.length;
    expect(tokens[tokenAfterClosingMark(tokens, closeEnd)]?.text).toBe(expected);
  });
});
