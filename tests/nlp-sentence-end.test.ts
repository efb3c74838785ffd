import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { sentenceEndFrom, sentenceStartFrom } from '../src/nlp/sentence-end';

const layer = (text: string) => runUntil(createDoc(text), 'tokens').tokens!;

describe('nlp/sentence-end: a sentence read from the tokens alone agrees with the layer', () => {
  it.each([
    ['Jones spoke. He said "no." Then he left.'],
    ['One.'],
    ['Headline here\n\nFirst sentence, with a comma. Second one!'],
  ])('%s', (text) => {
    const { tokens, sentences } = layer(text);
    for (let k = 0; k < tokens.length; k++) {
      const sentence = sentences[tokens[k]!.sentence]!;
      expect([sentenceStartFrom(tokens, k), sentenceEndFrom(tokens, k)]).toEqual([sentence.tokenStart, sentence.tokenEnd]);
    }
  });
});
