import { describe, expect, it } from 'vitest';
import { createDoc, type Token } from '../src/document';
import { runUntil } from '../src/pipeline';
import { tokenAfterClosingMark } from '../src/nlp/quotation-marks';

function tokensOf(text: string): readonly Token[] {
  return runUntil(createDoc(text), 'tokens').tokens!.tokens;
}

describe('tokenAfterClosingMark: where an attribution after a quotation can start', () => {
  const mcCain = "He recalled, ``He sang 'We'll bomb them,''' said McCain.";
  const tis = "He recalled, ``We go,'' 'Tis said.";
  it.each([
    // [text, where the closing mark ends, the token expected after it]
    ['"We will go," he said.', '"We will go,"'.length, 'he'],
    // the outer close is the first two of the three apostrophes; the nested quotation's mark written right after it
    // is passed over
    [mcCain, mcCain.lastIndexOf("'''") + 2, 'said'],
    // one set off by a space opens a word, not the nested quotation's close
    [tis, tis.lastIndexOf("''") + 2, "'"],
    // nothing after the close
    ['She said "no."', 'She said "no."'.length, undefined],
  ] as Array<[string, number, string | undefined]>)('%s', (text, closeEnd, expected) => {
    const tokens = tokensOf(text);
    expect(tokens[tokenAfterClosingMark(tokens, closeEnd)]?.text).toBe(expected);
  });
});
