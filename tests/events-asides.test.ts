import { describe, expect, test } from 'vitest';
import type { Token } from '../src/document';
import { nameKeyOf } from '../src/stages/events/mentions';
import { nounPhraseStart } from '../src/stages/events/participants';
import type { TriggerMatch } from '../src/stages/events/types';

// "word/POS" tokens, enough for the backward walks over an aside
const tokens = (text: string) =>
  text.split(' ').map((w) => {
    const [word, pos] = w.split('/');
    return { text: word, lower: word!.toLowerCase(), pos: pos ?? 'X' } as unknown as Token;
  });

describe('nounPhraseStart steps over an aside only within its floor', () => {
  test.each([
    ['an aside inside the phrase', 'the/DET APEC/PROPN (/PUNCT Asia-Pacific/PROPN Economic/PROPN Cooperation/PROPN )/PUNCT summit/NOUN', 0, 7, 0],
    // the ")" opens the sentence: the "(" closing the previous sentence is not part of the phrase
    ['a ")" on the sentence start', 'See/VERB (/PUNCT )/PUNCT talks/NOUN', 2, 3, 3],
    // the ")" on the 12-token floor: the "(" one below is out of reach
    ['a ")" on the reach floor', 'x/X (/PUNCT )/PUNCT a/ADJ b/ADJ c/ADJ d/ADJ e/ADJ f/ADJ g/ADJ h/ADJ i/ADJ j/ADJ k/ADJ summit/NOUN', 0, 14, 3],
  ])('%s', (_name, text, sentenceStart, head, expected) => {
    const t = tokens(text);
    const sentence = { tokenStart: sentenceStart, tokenEnd: t.length } as never;
    expect(nounPhraseStart(t, sentence, head)).toBe(expected);
  });
});

describe('nameKeyOf reads the name before an aside, never inside it', () => {
  const trigger = (wordStart: number) => ({ wordStart, tokenStart: wordStart, tokenEnd: wordStart + 1, pos: 'NOUN', type: 'summit', lemma: 'summit' }) as TriggerMatch;
  test.each([
    ['a short aside', 'the/DET APEC/PROPN (/PUNCT Asia-Pacific/PROPN Economic/PROPN Cooperation/PROPN )/PUNCT summit/NOUN', 7, 'apec'],
    // no "(" within reach: the walk used to go on two tokens past the reach, inside the aside, and took "joko" from inside it
    [
      'an aside longer than the reach',
      'the/DET G20/PROPN (/PUNCT Joko/PROPN Widodo/PROPN hosted/VERB it/PRON in/ADP the/DET resort/NOUN of/ADP Nusa/PROPN Dua/PROPN on/ADP Bali/PROPN )/PUNCT summit/NOUN',
      16,
      null,
    ],
  ])('%s', (_name, text, wordStart, expected) => {
    expect(nameKeyOf(tokens(text), trigger(wordStart), 0)).toBe(expected);
  });
});
