import { describe, expect, it } from 'vitest';
import { extractBriefing } from '../src/index';
import { createDoc } from '../src/document';
import { runUntil } from '../src/pipeline';
import { evidenceOf } from '../src/stages/resolve/confidence';
import { lexiconSize } from '../src/nlp/wink';
import { wordFacts, wordFactsById, wordsCachedByText } from '../src/stages/tokenize/word-facts';

// What the process keeps between articles: each entry held for nothing is heap that stays until a full GC.
describe('per-process caches hold only what is read again', () => {
  it('an entity\'s evidence vector is not kept unless recordEvidence(true) asks for it', () => {
    const result = runUntil(createDoc('Angela Merkel met Emmanuel Macron in Berlin on Monday, the German government said.'), 'resolve');
    const entities = result.resolve!.entities;
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) expect(evidenceOf.get(e)).toBeUndefined();
  });

  it('words wink reads (each with a lexeme id) are not cached by text as well', () => {
    const before = wordsCachedByText();
    extractBriefing('Officials in Rotterdam said the harbour cranes would be replaced next spring, a spokeswoman said.');
    expect(wordsCachedByText()).toBe(before);
  });

  it('the facts by id are those computed by text (same lower case, shape, lemma and candidates)', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Parties', 'party'],
      ['running', 'run'],
      ['U.S.', undefined],
      ['McDonald', undefined],
    ];
    // ids past wink's lexicon: no word it read holds them
    const firstFreeId = lexiconSize() + 1000;
    for (const [i, [word, lemma]] of cases.entries()) {
      const byId = wordFactsById(firstFreeId + i, word, lemma);
      const byText = wordFacts(word, lemma);
      expect({ lower: byId.lower, shape: byId.shape, lemma: byId.lemma, lemmas: byId.lemmas }).toEqual({
        lower: byText.lower,
        shape: byText.shape,
        lemma: byText.lemma,
        lemmas: byText.lemmas,
      });
    }
  });
});
